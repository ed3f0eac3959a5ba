package dev.pail.internal.xml;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/** The DeleteObjects response body. */
@XmlRootElement(name = "DeleteResult")
@XmlType(propOrder = {"deleted", "errors"})
public final class DeleteResult {

    @XmlElement(name = "Deleted")
    public List<Deleted> deleted = new ArrayList<>();
    @XmlElement(name = "Error")
    public List<Error> errors = new ArrayList<>();

    /** A successfully deleted key. */
    @XmlType(name = "DeletedObject", propOrder = {"key", "versionId", "deleteMarker", "deleteMarkerVersionId"})
    public static final class Deleted {
        @XmlElement(name = "Key")
        public String key;
        @XmlElement(name = "VersionId")
        public String versionId;
        @XmlElement(name = "DeleteMarker")
        public Boolean deleteMarker;
        @XmlElement(name = "DeleteMarkerVersionId")
        public String deleteMarkerVersionId;
    }

    /** A key that could not be deleted. */
    @XmlType(name = "DeleteError", propOrder = {"key", "versionId", "code", "message"})
    public static final class Error {
        @XmlElement(name = "Key")
        public String key;
        @XmlElement(name = "VersionId")
        public String versionId;
        @XmlElement(name = "Code")
        public String code;
        @XmlElement(name = "Message")
        public String message;
    }
}
