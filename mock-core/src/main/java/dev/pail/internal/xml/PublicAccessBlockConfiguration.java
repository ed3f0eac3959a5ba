package dev.pail.internal.xml;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** A bucket's Block Public Access settings: PutPublicAccessBlock body, GetPublicAccessBlock response. */
@XmlRootElement(name = "PublicAccessBlockConfiguration")
@XmlType(propOrder = {"blockPublicAcls", "ignorePublicAcls", "blockPublicPolicy", "restrictPublicBuckets"})
public final class PublicAccessBlockConfiguration {

    @XmlElement(name = "BlockPublicAcls")
    public Boolean blockPublicAcls;
    @XmlElement(name = "IgnorePublicAcls")
    public Boolean ignorePublicAcls;
    @XmlElement(name = "BlockPublicPolicy")
    public Boolean blockPublicPolicy;
    @XmlElement(name = "RestrictPublicBuckets")
    public Boolean restrictPublicBuckets;

    PublicAccessBlockConfiguration() {
    }

    /** Every setting at one value (new buckets have all four on). */
    public static PublicAccessBlockConfiguration all(boolean value) {
        PublicAccessBlockConfiguration configuration = new PublicAccessBlockConfiguration();
        configuration.blockPublicAcls = value;
        configuration.ignorePublicAcls = value;
        configuration.blockPublicPolicy = value;
        configuration.restrictPublicBuckets = value;
        return configuration;
    }
}
