package dev.pail.internal.xml;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/** The ListParts response body. */
@XmlRootElement(name = "ListPartsResult")
@XmlType(propOrder = {"bucket", "key", "uploadId", "partNumberMarker", "nextPartNumberMarker", "maxParts",
    "isTruncated", "parts", "initiator", "owner", "storageClass", "checksumAlgorithm", "checksumType"})
public final class ListPartsResult {

    @XmlElement(name = "Bucket")
    public String bucket;
    @XmlElement(name = "Key")
    public String key;
    @XmlElement(name = "UploadId")
    public String uploadId;
    @XmlElement(name = "PartNumberMarker")
    public Integer partNumberMarker;
    @XmlElement(name = "NextPartNumberMarker")
    public Integer nextPartNumberMarker;
    @XmlElement(name = "MaxParts")
    public Integer maxParts;
    @XmlElement(name = "IsTruncated")
    public boolean isTruncated;
    @XmlElement(name = "Part")
    public List<Part> parts = new ArrayList<>();
    @XmlElement(name = "Initiator")
    public Owner initiator;
    @XmlElement(name = "Owner")
    public Owner owner;
    @XmlElement(name = "StorageClass")
    public String storageClass;
    @XmlElement(name = "ChecksumAlgorithm")
    public String checksumAlgorithm;
    @XmlElement(name = "ChecksumType")
    public String checksumType;

    /** One uploaded part. */
    @XmlType(name = "ListedPart", propOrder = {"partNumber", "lastModified", "etag", "size", "checksumCrc32", "checksumCrc32c", "checksumCrc64Nvme", "checksumSha1", "checksumSha256"})
    public static final class Part extends Checksums {
        @XmlElement(name = "PartNumber")
        public int partNumber;
        @XmlElement(name = "LastModified")
        public String lastModified;
        @XmlElement(name = "ETag")
        public String etag;
        @XmlElement(name = "Size")
        public long size;
    }
}
