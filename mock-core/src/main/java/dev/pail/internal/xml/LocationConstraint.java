package dev.pail.internal.xml;

import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlValue;

/** The GetBucketLocation response: empty for us-east-1, else the region. */
@XmlRootElement(name = "LocationConstraint")
public final class LocationConstraint {

    @XmlValue
    String region;

    LocationConstraint() {
    }

    /** @param region the region to report, or null for us-east-1 */
    public LocationConstraint(String region) {
        this.region = region;
    }
}
