package dev.pail.internal.xml;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/** Attribute-based access control: PutBucketAbac body, GetBucketAbac response. */
@XmlRootElement(name = "AbacStatus")
public final class AbacStatus {

    @XmlElement(name = "Status")
    public String status;

    AbacStatus() {
    }

    /** @param status {@code Enabled} or {@code Disabled} */
    public AbacStatus(String status) {
        this.status = status;
    }
}
