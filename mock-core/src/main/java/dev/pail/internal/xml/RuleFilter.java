package dev.pail.internal.xml;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/**
 * The object filter of a lifecycle, replication, analytics, metrics or intelligent-tiering rule:
 * one of a prefix, a tag, size bounds or an access point, or an {@code And} of several. One type
 * serves every configuration; each kind's checks refuse what its own schema does not allow.
 */
@XmlType(propOrder = {"prefix", "tag", "objectSizeGreaterThan", "objectSizeLessThan", "accessPointArn", "and"})
public final class RuleFilter {

    @XmlElement(name = "Prefix")
    public String prefix;
    @XmlElement(name = "Tag")
    public Tag tag;
    @XmlElement(name = "ObjectSizeGreaterThan")
    public Long objectSizeGreaterThan;
    @XmlElement(name = "ObjectSizeLessThan")
    public Long objectSizeLessThan;
    @XmlElement(name = "AccessPointArn")
    public String accessPointArn;
    @XmlElement(name = "And")
    public And and;

    /** How many of the mutually exclusive parts are present. */
    public int partCount() {
        int count = 0;
        for (Object part : new Object[] {prefix, tag, objectSizeGreaterThan, objectSizeLessThan, accessPointArn, and}) {
            if (part != null) {
                count++;
            }
        }
        return count;
    }

    /** The tags the filter names, directly or in its {@code And}. */
    public List<Tag> tags() {
        List<Tag> tags = new ArrayList<>();
        if (tag != null) {
            tags.add(tag);
        }
        if (and != null) {
            tags.addAll(and.tags);
        }
        return tags;
    }

    /** Several conditions that must all hold. */
    @XmlType(name = "RuleFilterAnd",
            propOrder = {"prefix", "tags", "objectSizeGreaterThan", "objectSizeLessThan", "accessPointArn"})
    public static final class And {
        @XmlElement(name = "Prefix")
        public String prefix;
        @XmlElement(name = "Tag")
        public List<Tag> tags = new ArrayList<>();
        @XmlElement(name = "ObjectSizeGreaterThan")
        public Long objectSizeGreaterThan;
        @XmlElement(name = "ObjectSizeLessThan")
        public Long objectSizeLessThan;
        @XmlElement(name = "AccessPointArn")
        public String accessPointArn;
    }
}
