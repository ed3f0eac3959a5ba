package dev.pail.internal.xml;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/** A tag: key and value. */
@XmlType(propOrder = {"key", "value"})
public final class Tag {

    @XmlElement(name = "Key")
    String key;
    @XmlElement(name = "Value")
    String value;

    Tag() {
    }

    /**
     * @param key   the tag key
     * @param value the tag value
     */
    public Tag(String key, String value) {
        this.key = key;
        this.value = value;
    }

    /** The key. */
    public String key() {
        return key;
    }

    /** The value. */
    public String value() {
        return value;
    }
}
