package dev.pail.internal.xml;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** The UploadPartCopy response body. */
@XmlRootElement(name = "CopyPartResult")
@XmlType(propOrder = {"etag", "lastModified", "checksumCrc32", "checksumCrc32c", "checksumCrc64Nvme", "checksumSha1", "checksumSha256"})
public final class CopyPartResult extends Checksums {

    @XmlElement(name = "ETag")
    public String etag;
    @XmlElement(name = "LastModified")
    public String lastModified;
}
