package dev.pail.internal.checksum;

import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/** Encodings of digests as S3 sends them. */
public final class ChecksumEncoding {

    private static final HexFormat HEX = HexFormat.of();

    private ChecksumEncoding() {
    }

    /** Returns the standard, padded base64 form of {@code digest}, as in {@code x-amz-checksum-*} headers. */
    public static String base64(byte[] digest) {
        return Base64.getEncoder().encodeToString(Objects.requireNonNull(digest, "digest"));
    }

    /** Returns the lower-case hex form of {@code digest}, as in ETags. */
    public static String hex(byte[] digest) {
        return HEX.formatHex(Objects.requireNonNull(digest, "digest"));
    }

    /**
     * Decodes a canonical, padded standard base64 {@code value} of exactly {@code expectedLength}
     * bytes; empty if it is not valid canonical base64 (including missing padding or stray
     * whitespace) or decodes to another length.
     */
    public static Optional<byte[]> decodeBase64(String value, int expectedLength) {
        Objects.requireNonNull(value, "value");
        if (expectedLength < 0) {
            throw new IllegalArgumentException("expectedLength must not be negative: " + expectedLength);
        }
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(value);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (decoded.length != expectedLength || !base64(decoded).equals(value)) {
            return Optional.empty();
        }
        return Optional.of(decoded);
    }

    /**
     * Returns the unsigned CRC {@code value} as 4 (CRC32, CRC32C) or 8 (CRC64NVME) big-endian bytes.
     *
     * @throws IllegalArgumentException if {@code crc} is not a CRC or a CRC-32 value exceeds 32 bits
     */
    public static byte[] crcToBytes(ChecksumAlgorithm crc, long value) {
        Objects.requireNonNull(crc, "crc");
        if (!crc.isCrc()) {
            throw new IllegalArgumentException("not a CRC: " + crc);
        }
        int length = crc.digestLength();
        if (length < Long.BYTES && value >>> (length * Byte.SIZE) != 0) {
            throw new IllegalArgumentException(crc + " value exceeds 32 bits: " + Long.toHexString(value));
        }
        byte[] bytes = new byte[length];
        for (int i = length - 1; i >= 0; i--, value >>>= Byte.SIZE) {
            bytes[i] = (byte) value;
        }
        return bytes;
    }

    /**
     * Returns the unsigned value of a big-endian 4- or 8-byte CRC digest; inverse of {@link #crcToBytes}.
     *
     * @throws IllegalArgumentException if {@code digest} is neither 4 nor 8 bytes long
     */
    public static long bytesToCrc(byte[] digest) {
        Objects.requireNonNull(digest, "digest");
        if (digest.length != Integer.BYTES && digest.length != Long.BYTES) {
            throw new IllegalArgumentException("a CRC digest has 4 or 8 bytes, not " + digest.length);
        }
        long value = 0;
        for (byte b : digest) {
            value = (value << Byte.SIZE) | (b & 0xff);
        }
        return value;
    }
}
