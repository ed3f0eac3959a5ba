package dev.pail.internal.xml;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlTransient;

/**
 * The five flexible checksum elements S3 documents share ({@code ChecksumCRC32} ... {@code ChecksumSHA256}),
 * for the types that carry them.
 */
@XmlTransient
public abstract class Checksums {

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

    /** The element of one algorithm, or null. */
    public String checksum(String algorithm) {
        return switch (algorithm) {
            case "CRC32" -> checksumCrc32;
            case "CRC32C" -> checksumCrc32c;
            case "CRC64NVME" -> checksumCrc64Nvme;
            case "SHA1" -> checksumSha1;
            case "SHA256" -> checksumSha256;
            default -> null;
        };
    }
}
