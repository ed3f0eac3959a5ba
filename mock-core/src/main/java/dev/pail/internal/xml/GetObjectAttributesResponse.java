package dev.pail.internal.xml;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/** The GetObjectAttributes response body. */
@XmlRootElement(name = "GetObjectAttributesResponse")
@XmlType(propOrder = {"etag", "checksum", "objectParts", "storageClass", "objectSize"})
public final class GetObjectAttributesResponse {

    @XmlElement(name = "ETag")
    public String etag;
    @XmlElement(name = "Checksum")
    public Checksum checksum;
    @XmlElement(name = "ObjectParts")
    public ObjectParts objectParts;
    @XmlElement(name = "StorageClass")
    public String storageClass;
    @XmlElement(name = "ObjectSize")
    public Long objectSize;

    /** The object's checksum. */
    @XmlType(name = "AttributesChecksum", propOrder = {"checksumCrc32", "checksumCrc32c", "checksumCrc64Nvme",
        "checksumSha1", "checksumSha256", "type"})
    public static final class Checksum extends Checksums {
        @XmlElement(name = "ChecksumType")
        public String type;
    }

    /** The parts of a multipart object. */
    @XmlType(propOrder = {"totalPartsCount", "partNumberMarker", "nextPartNumberMarker", "maxParts", "isTruncated",
        "parts"})
    public static final class ObjectParts {
        @XmlElement(name = "PartsCount")
        public Integer totalPartsCount;
        @XmlElement(name = "PartNumberMarker")
        public Integer partNumberMarker;
        @XmlElement(name = "NextPartNumberMarker")
        public Integer nextPartNumberMarker;
        @XmlElement(name = "MaxParts")
        public Integer maxParts;
        @XmlElement(name = "IsTruncated")
        public Boolean isTruncated;
        @XmlElement(name = "Part")
        public List<Part> parts = new ArrayList<>();
    }

    /** One part. */
    @XmlType(name = "ObjectPart", propOrder = {"partNumber", "size", "checksumCrc32", "checksumCrc32c", "checksumCrc64Nvme",
        "checksumSha1", "checksumSha256"})
    public static final class Part extends Checksums {
        @XmlElement(name = "PartNumber")
        public Integer partNumber;
        @XmlElement(name = "Size")
        public Long size;
    }
}
