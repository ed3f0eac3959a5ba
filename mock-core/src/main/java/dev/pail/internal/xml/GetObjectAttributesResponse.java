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
    @XmlType(name = "AttributesChecksum", propOrder = {"crc32", "crc32c", "crc64Nvme", "sha1", "sha256", "type"})
    public static final class Checksum {
        @XmlElement(name = "ChecksumCRC32")
        public String crc32;
        @XmlElement(name = "ChecksumCRC32C")
        public String crc32c;
        @XmlElement(name = "ChecksumCRC64NVME")
        public String crc64Nvme;
        @XmlElement(name = "ChecksumSHA1")
        public String sha1;
        @XmlElement(name = "ChecksumSHA256")
        public String sha256;
        @XmlElement(name = "ChecksumType")
        public String type;

        /** Sets the element of one algorithm (its wire name). */
        public void set(String algorithm, String value) {
            switch (algorithm) {
                case "CRC32" -> crc32 = value;
                case "CRC32C" -> crc32c = value;
                case "CRC64NVME" -> crc64Nvme = value;
                case "SHA1" -> sha1 = value;
                case "SHA256" -> sha256 = value;
                default -> throw new IllegalArgumentException(algorithm);
            }
        }
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
    @XmlType(name = "ObjectPart", propOrder = {"partNumber", "size", "crc32", "crc32c", "crc64Nvme", "sha1", "sha256"})
    public static final class Part {
        @XmlElement(name = "PartNumber")
        public Integer partNumber;
        @XmlElement(name = "Size")
        public Long size;
        @XmlElement(name = "ChecksumCRC32")
        public String crc32;
        @XmlElement(name = "ChecksumCRC32C")
        public String crc32c;
        @XmlElement(name = "ChecksumCRC64NVME")
        public String crc64Nvme;
        @XmlElement(name = "ChecksumSHA1")
        public String sha1;
        @XmlElement(name = "ChecksumSHA256")
        public String sha256;

        /** Sets the element of one algorithm (its wire name). */
        public void set(String algorithm, String value) {
            switch (algorithm) {
                case "CRC32" -> crc32 = value;
                case "CRC32C" -> crc32c = value;
                case "CRC64NVME" -> crc64Nvme = value;
                case "SHA1" -> sha1 = value;
                case "SHA256" -> sha256 = value;
                default -> throw new IllegalArgumentException(algorithm);
            }
        }
    }
}
