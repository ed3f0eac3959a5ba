package dev.pail.internal.xml;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** The CopyObject response body (and, with the same shape, UploadPartCopy's CopyPartResult). */
@XmlRootElement(name = "CopyObjectResult")
@XmlType(propOrder = {"etag", "lastModified", "checksumType", "checksumCrc32", "checksumCrc32c", "checksumCrc64Nvme",
    "checksumSha1", "checksumSha256"})
public final class CopyObjectResult extends Checksums {

    @XmlElement(name = "ETag")
    public String etag;
    @XmlElement(name = "LastModified")
    public String lastModified;
    @XmlElement(name = "ChecksumType")
    public String checksumType;
}
