package dev.pail.internal.xml;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/** An owner: canonical id and display name. */
@XmlType(propOrder = {"id", "displayName"})
public final class Owner {

    @XmlElement(name = "ID")
    String id;
    @XmlElement(name = "DisplayName")
    String displayName;

    Owner() {
    }

    /**
     * @param id          the canonical user id
     * @param displayName the display name, or null
     */
    public Owner(String id, String displayName) {
        this.id = id;
        this.displayName = displayName;
    }

    /** The canonical user id. */
    public String id() {
        return id;
    }

    /** The display name, or null. */
    public String displayName() {
        return displayName;
    }
}
