package dev.pail.internal.xml;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElements;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/** The ListObjectVersions response: versions and delete markers interleaved in S3's order. */
@XmlRootElement(name = "ListVersionsResult")
@XmlType(propOrder = {"name", "prefix", "keyMarker", "versionIdMarker", "nextKeyMarker", "nextVersionIdMarker",
    "maxKeys", "delimiter", "encodingType", "isTruncated", "entries", "commonPrefixes"})
public final class ListVersionsResult {

    @XmlElement(name = "Name")
    public String name;
    @XmlElement(name = "Prefix")
    public String prefix;
    @XmlElement(name = "KeyMarker")
    public String keyMarker;
    @XmlElement(name = "VersionIdMarker")
    public String versionIdMarker;
    @XmlElement(name = "NextKeyMarker")
    public String nextKeyMarker;
    @XmlElement(name = "NextVersionIdMarker")
    public String nextVersionIdMarker;
    @XmlElement(name = "MaxKeys")
    public Integer maxKeys;
    @XmlElement(name = "Delimiter")
    public String delimiter;
    @XmlElement(name = "EncodingType")
    public String encodingType;
    @XmlElement(name = "IsTruncated")
    public boolean isTruncated;
    @XmlElements({
        @XmlElement(name = "Version", type = Version.class),
        @XmlElement(name = "DeleteMarker", type = DeleteMarker.class)
    })
    public List<Object> entries = new ArrayList<>();
    @XmlElement(name = "CommonPrefixes")
    public List<ListBucketResult.CommonPrefix> commonPrefixes = new ArrayList<>();

    /** An object version. */
    @XmlType(name = "ObjectVersion", propOrder = {"key", "versionId", "isLatest", "lastModified", "etag",
        "checksumAlgorithms", "checksumType", "size", "storageClass", "owner"})
    public static final class Version {
        @XmlElement(name = "Key")
        public String key;
        @XmlElement(name = "VersionId")
        public String versionId;
        @XmlElement(name = "IsLatest")
        public boolean isLatest;
        @XmlElement(name = "LastModified")
        public String lastModified;
        @XmlElement(name = "ETag")
        public String etag;
        @XmlElement(name = "ChecksumAlgorithm")
        public List<String> checksumAlgorithms = new ArrayList<>();
        @XmlElement(name = "ChecksumType")
        public String checksumType;
        @XmlElement(name = "Size")
        public long size;
        @XmlElement(name = "StorageClass")
        public String storageClass;
        @XmlElement(name = "Owner")
        public Owner owner;
    }

    /** A delete marker. */
    @XmlType(name = "DeleteMarkerEntry", propOrder = {"owner", "key", "versionId", "isLatest", "lastModified"})
    public static final class DeleteMarker {
        @XmlElement(name = "Owner")
        public Owner owner;
        @XmlElement(name = "Key")
        public String key;
        @XmlElement(name = "VersionId")
        public String versionId;
        @XmlElement(name = "IsLatest")
        public boolean isLatest;
        @XmlElement(name = "LastModified")
        public String lastModified;
    }
}
