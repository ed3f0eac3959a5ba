package dev.pail.internal.xml;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/** The GetBucketPolicyStatus response. */
@XmlRootElement(name = "PolicyStatus")
public final class PolicyStatus {

    @XmlElement(name = "IsPublic")
    boolean isPublic;

    PolicyStatus() {
    }

    /** @param isPublic whether the bucket policy makes the bucket public */
    public PolicyStatus(boolean isPublic) {
        this.isPublic = isPublic;
    }
}
