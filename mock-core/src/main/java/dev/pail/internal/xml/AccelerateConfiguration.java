package dev.pail.internal.xml;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/** Transfer Acceleration: PutBucketAccelerateConfiguration body, GetBucketAccelerateConfiguration response. */
@XmlRootElement(name = "AccelerateConfiguration")
public final class AccelerateConfiguration {

    @XmlElement(name = "Status")
    public String status;

    /** An empty configuration: acceleration was never set. */
    public AccelerateConfiguration() {
    }
}
