package dev.pail.internal.store;

import java.util.Objects;

/**
 * A flexible checksum as S3 stores it with an object.
 *
 * @param algorithm the algorithm's wire name, e.g. {@code CRC32}
 * @param type      {@link Type#FULL_OBJECT} or {@link Type#COMPOSITE}
 * @param value     the base64 value as S3 returns it (composite values end in {@code -N})
 */
public record StoredChecksum(String algorithm, Type type, String value) {

    /** How the checksum covers the object. */
    public enum Type {
        /** A checksum of the whole object's bytes. */
        FULL_OBJECT,
        /** A checksum of the parts' checksums (multipart uploads). */
        COMPOSITE
    }

    /** Validates the components. */
    public StoredChecksum {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
    }
}
