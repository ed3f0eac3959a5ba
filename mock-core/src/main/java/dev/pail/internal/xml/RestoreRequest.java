package dev.pail.internal.xml;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/** The RestoreObject request body (the parts Pail uses). */
@XmlRootElement(name = "RestoreRequest")
public final class RestoreRequest {

    @XmlElement(name = "Days")
    public Integer days;
    @XmlElement(name = "Type")
    public String type;
    @XmlElement(name = "GlacierJobParameters")
    public GlacierJobParameters glacierJobParameters;

    /** The retrieval tier. */
    public static final class GlacierJobParameters {
        @XmlElement(name = "Tier")
        public String tier;
    }
}
