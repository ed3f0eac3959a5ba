package dev.pail.internal.checksum;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/** The flexible checksum algorithms S3 supports. */
public enum ChecksumAlgorithm {
    /** CRC-32 (ISO-HDLC), as {@link CRC32}. */
    CRC32(4, true),
    /** CRC-32C (Castagnoli), as {@link CRC32C}. */
    CRC32C(4, true),
    /** CRC-64/NVME, as {@link Crc64Nvme}. */
    CRC64NVME(8, true),
    /** SHA-1. */
    SHA1(20, false),
    /** SHA-256. */
    SHA256(32, false);

    private static final String HEADER_PREFIX = "x-amz-checksum-";

    private final int digestLength;
    private final boolean crc;
    private final String headerName;

    ChecksumAlgorithm(int digestLength, boolean crc) {
        this.digestLength = digestLength;
        this.crc = crc;
        this.headerName = HEADER_PREFIX + name().toLowerCase(Locale.ROOT);
    }

    /** Returns the name in {@code x-amz-checksum-algorithm} and {@code x-amz-sdk-checksum-algorithm}, e.g. "CRC32C". */
    public String wireName() {
        return name();
    }

    /** Returns the name of the header carrying this checksum, e.g. "x-amz-checksum-crc32c". */
    public String headerName() {
        return headerName;
    }

    /** Returns true for the three CRCs, false for the SHA digests. */
    public boolean isCrc() {
        return crc;
    }

    /** Returns the length of the binary digest in bytes: 4, 4, 8, 20 or 32. */
    public int digestLength() {
        return digestLength;
    }

    /** Returns a fresh, not thread-safe hasher for this algorithm. */
    public Hasher newHasher() {
        switch (this) {
            case CRC32:
                return new ChecksumHasher(this, new CRC32());
            case CRC32C:
                return new ChecksumHasher(this, new CRC32C());
            case CRC64NVME:
                return new ChecksumHasher(this, new Crc64Nvme());
            case SHA1:
                return MessageDigestHasher.of("SHA-1");
            case SHA256:
                return MessageDigestHasher.of("SHA-256");
            default:
                throw new AssertionError(this);
        }
    }

    /** Returns the digest of {@code data} in one shot (CRCs big-endian). */
    public byte[] digest(byte[] data) {
        Objects.requireNonNull(data, "data");
        Hasher hasher = newHasher();
        hasher.update(data);
        return hasher.digest();
    }

    /** Finds an algorithm by its wire name, ignoring case and surrounding whitespace; empty if unknown. */
    public static Optional<ChecksumAlgorithm> fromWireName(String name) {
        String trimmed = Objects.requireNonNull(name, "name").trim();
        for (ChecksumAlgorithm algorithm : values()) {
            if (algorithm.wireName().equalsIgnoreCase(trimmed)) {
                return Optional.of(algorithm);
            }
        }
        return Optional.empty();
    }

    /** Finds an algorithm by the name of its checksum header, ignoring case; empty if unknown. */
    public static Optional<ChecksumAlgorithm> fromHeaderName(String header) {
        Objects.requireNonNull(header, "header");
        for (ChecksumAlgorithm algorithm : values()) {
            if (algorithm.headerName.equalsIgnoreCase(header)) {
                return Optional.of(algorithm);
            }
        }
        return Optional.empty();
    }
}
