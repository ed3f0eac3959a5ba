package dev.pail.internal.xml;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/** The ListMultipartUploads response body. */
@XmlRootElement(name = "ListMultipartUploadsResult")
@XmlType(propOrder = {"bucket", "keyMarker", "uploadIdMarker", "nextKeyMarker", "nextUploadIdMarker", "prefix",
    "delimiter", "maxUploads", "encodingType", "isTruncated", "uploads", "commonPrefixes"})
public final class ListMultipartUploadsResult {

    @XmlElement(name = "Bucket")
    public String bucket;
    @XmlElement(name = "KeyMarker")
    public String keyMarker;
    @XmlElement(name = "UploadIdMarker")
    public String uploadIdMarker;
    @XmlElement(name = "NextKeyMarker")
    public String nextKeyMarker;
    @XmlElement(name = "NextUploadIdMarker")
    public String nextUploadIdMarker;
    @XmlElement(name = "Prefix")
    public String prefix;
    @XmlElement(name = "Delimiter")
    public String delimiter;
    @XmlElement(name = "MaxUploads")
    public Integer maxUploads;
    @XmlElement(name = "EncodingType")
    public String encodingType;
    @XmlElement(name = "IsTruncated")
    public boolean isTruncated;
    @XmlElement(name = "Upload")
    public List<Upload> uploads = new ArrayList<>();
    @XmlElement(name = "CommonPrefixes")
    public List<ListBucketResult.CommonPrefix> commonPrefixes = new ArrayList<>();

    /** One upload in progress. */
    @XmlType(name = "MultipartUpload", propOrder = {"key", "uploadId", "initiator", "owner", "storageClass", "initiated",
        "checksumAlgorithm", "checksumType"})
    public static final class Upload {
        @XmlElement(name = "Key")
        public String key;
        @XmlElement(name = "UploadId")
        public String uploadId;
        @XmlElement(name = "Initiator")
        public Owner initiator;
        @XmlElement(name = "Owner")
        public Owner owner;
        @XmlElement(name = "StorageClass")
        public String storageClass;
        @XmlElement(name = "Initiated")
        public String initiated;
        @XmlElement(name = "ChecksumAlgorithm")
        public String checksumAlgorithm;
        @XmlElement(name = "ChecksumType")
        public String checksumType;
    }
}
