package dev.pail.internal.xml;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.List;

/** Static website hosting: the PutBucketWebsite body and the GetBucketWebsite response. */
@XmlRootElement(name = "WebsiteConfiguration")
@XmlType(propOrder = {"redirectAllRequestsTo", "indexDocument", "errorDocument", "routingRules"})
public final class WebsiteConfiguration {

    @XmlElement(name = "RedirectAllRequestsTo")
    public RedirectAllRequestsTo redirectAllRequestsTo;
    @XmlElement(name = "IndexDocument")
    public IndexDocument indexDocument;
    @XmlElement(name = "ErrorDocument")
    public ErrorDocument errorDocument;
    @XmlElementWrapper(name = "RoutingRules")
    @XmlElement(name = "RoutingRule")
    public List<RoutingRule> routingRules;

    /** Redirects every request to another host. */
    @XmlType(propOrder = {"hostName", "protocol"})
    public static final class RedirectAllRequestsTo {
        @XmlElement(name = "HostName")
        public String hostName;
        @XmlElement(name = "Protocol")
        public String protocol;
    }

    /** The document served for a directory. */
    @XmlType(name = "WebsiteIndexDocument")
    public static final class IndexDocument {
        @XmlElement(name = "Suffix")
        public String suffix;
    }

    /** The document served on 4XX errors. */
    @XmlType(name = "WebsiteErrorDocument")
    public static final class ErrorDocument {
        @XmlElement(name = "Key")
        public String key;
    }

    /** A conditional redirect. */
    @XmlType(propOrder = {"condition", "redirect"})
    public static final class RoutingRule {
        @XmlElement(name = "Condition")
        public Condition condition;
        @XmlElement(name = "Redirect")
        public Redirect redirect;
    }

    /** When a routing rule applies. */
    @XmlType(name = "WebsiteCondition", propOrder = {"httpErrorCodeReturnedEquals", "keyPrefixEquals"})
    public static final class Condition {
        @XmlElement(name = "HttpErrorCodeReturnedEquals")
        public String httpErrorCodeReturnedEquals;
        @XmlElement(name = "KeyPrefixEquals")
        public String keyPrefixEquals;
    }

    /** Where a routing rule redirects. */
    @XmlType(name = "WebsiteRedirect",
            propOrder = {"hostName", "httpRedirectCode", "protocol", "replaceKeyPrefixWith", "replaceKeyWith"})
    public static final class Redirect {
        @XmlElement(name = "HostName")
        public String hostName;
        @XmlElement(name = "HttpRedirectCode")
        public String httpRedirectCode;
        @XmlElement(name = "Protocol")
        public String protocol;
        @XmlElement(name = "ReplaceKeyPrefixWith")
        public String replaceKeyPrefixWith;
        @XmlElement(name = "ReplaceKeyWith")
        public String replaceKeyWith;
    }
}
