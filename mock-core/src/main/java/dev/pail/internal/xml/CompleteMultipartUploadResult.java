package dev.pail.internal.xml;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** The CompleteMultipartUpload response body. */
@XmlRootElement(name = "CompleteMultipartUploadResult")
@XmlType(propOrder = {"location", "bucket", "key", "etag", "checksumCrc32", "checksumCrc32c", "checksumCrc64Nvme", "checksumSha1", "checksumSha256",
    "checksumType"})
public final class CompleteMultipartUploadResult extends Checksums {

    @XmlElement(name = "Location")
    public String location;
    @XmlElement(name = "Bucket")
    public String bucket;
    @XmlElement(name = "Key")
    public String key;
    @XmlElement(name = "ETag")
    public String etag;
    @XmlElement(name = "ChecksumType")
    public String checksumType;
}
