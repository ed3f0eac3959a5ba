package dev.pail.internal.xml;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** The CopyObject response body (and, with the same shape, UploadPartCopy's CopyPartResult). */
@XmlRootElement(name = "CopyObjectResult")
@XmlType(propOrder = {"etag", "lastModified", "checksumType", "checksumCrc32", "checksumCrc32c", "checksumCrc64Nvme",
    "checksumSha1", "checksumSha256"})
public final class CopyObjectResult {

    @XmlElement(name = "ETag")
    public String etag;
    @XmlElement(name = "LastModified")
    public String lastModified;
    @XmlElement(name = "ChecksumType")
    public String checksumType;
    @XmlElement(name = "ChecksumCRC32")
    public String checksumCrc32;
    @XmlElement(name = "ChecksumCRC32C")
    public String checksumCrc32c;
    @XmlElement(name = "ChecksumCRC64NVME")
    public String checksumCrc64Nvme;
    @XmlElement(name = "ChecksumSHA1")
    public String checksumSha1;
    @XmlElement(name = "ChecksumSHA256")
    public String checksumSha256;

    /** Sets the element of one algorithm (its wire name, e.g. {@code CRC32}). */
    public void checksum(String algorithm, String value) {
        switch (algorithm) {
            case "CRC32" -> checksumCrc32 = value;
            case "CRC32C" -> checksumCrc32c = value;
            case "CRC64NVME" -> checksumCrc64Nvme = value;
            case "SHA1" -> checksumSha1 = value;
            case "SHA256" -> checksumSha256 = value;
            default -> throw new IllegalArgumentException(algorithm);
        }
    }
}
