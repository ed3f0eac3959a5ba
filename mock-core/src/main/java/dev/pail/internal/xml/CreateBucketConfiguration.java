package dev.pail.internal.xml;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.List;
import java.util.Optional;

/** The optional CreateBucket request body. */
@XmlRootElement(name = "CreateBucketConfiguration")
public final class CreateBucketConfiguration {

    @XmlElement(name = "LocationConstraint")
    String locationConstraint;
    @XmlElement(name = "Location")
    LocationInfo location;
    @XmlElement(name = "Bucket")
    BucketInfo bucket;
    @XmlElementWrapper(name = "Tags")
    @XmlElement(name = "Tag")
    List<Tag> tags;

    CreateBucketConfiguration() {
    }

    /** The LocationConstraint, if given (blank counts as absent). */
    public Optional<String> locationConstraint() {
        return Optional.ofNullable(locationConstraint).map(String::trim).filter(s -> !s.isEmpty());
    }

    /** The tags to put on the new bucket. */
    public List<Tag> tags() {
        return tags == null ? List.of() : tags;
    }

    /** The bucket's location (directory buckets). */
    static final class LocationInfo {
        @XmlElement(name = "Type")
        String type;
        @XmlElement(name = "Name")
        String name;
    }

    /** The bucket's type (directory buckets). */
    static final class BucketInfo {
        @XmlElement(name = "DataRedundancy")
        String dataRedundancy;
        @XmlElement(name = "Type")
        String type;
    }
}
