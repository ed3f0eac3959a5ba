package dev.pail.internal.xml;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/** The DeleteObjects request body. */
@XmlRootElement(name = "Delete")
public final class Delete {

    @XmlElement(name = "Object")
    public List<ObjectIdentifier> objects = new ArrayList<>();
    @XmlElement(name = "Quiet")
    public Boolean quiet;

    /** One object to delete. */
    @XmlType(propOrder = {"key", "versionId", "etag", "lastModifiedTime", "size"})
    public static final class ObjectIdentifier {
        @XmlElement(name = "Key")
        public String key;
        @XmlElement(name = "VersionId")
        public String versionId;
        @XmlElement(name = "ETag")
        public String etag;
        @XmlElement(name = "LastModifiedTime")
        public String lastModifiedTime;
        @XmlElement(name = "Size")
        public Long size;
    }
}
