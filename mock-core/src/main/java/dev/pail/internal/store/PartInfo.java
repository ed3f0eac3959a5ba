package dev.pail.internal.store;

import java.util.Objects;
import java.util.Optional;

/**
 * One part of an object completed from a multipart upload, as GetObject {@code partNumber} and
 * GetObjectAttributes report it.
 *
 * @param size     the part's size in bytes
 * @param checksum the part's base64 checksum in the upload's algorithm, if it had one
 */
public record PartInfo(long size, Optional<String> checksum) {

    /** Validates the components. */
    public PartInfo {
        Objects.requireNonNull(checksum, "checksum");
    }
}
