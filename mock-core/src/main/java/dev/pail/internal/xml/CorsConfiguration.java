package dev.pail.internal.xml;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/** A bucket's CORS configuration: the PutBucketCors body and the GetBucketCors response. */
@XmlRootElement(name = "CORSConfiguration")
public final class CorsConfiguration {

    @XmlElement(name = "CORSRule")
    public List<Rule> rules = new ArrayList<>();

    /** One CORS rule. */
    @XmlType(name = "CORSRule",
            propOrder = {"id", "allowedHeaders", "allowedMethods", "allowedOrigins", "exposeHeaders", "maxAgeSeconds"})
    public static final class Rule {
        @XmlElement(name = "ID")
        public String id;
        @XmlElement(name = "AllowedHeader")
        public List<String> allowedHeaders = new ArrayList<>();
        @XmlElement(name = "AllowedMethod")
        public List<String> allowedMethods = new ArrayList<>();
        @XmlElement(name = "AllowedOrigin")
        public List<String> allowedOrigins = new ArrayList<>();
        @XmlElement(name = "ExposeHeader")
        public List<String> exposeHeaders = new ArrayList<>();
        @XmlElement(name = "MaxAgeSeconds")
        public Integer maxAgeSeconds;
    }
}
