package dev.pail.internal.store;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything needed to write a new object version except what the store decides (version id, time).
 *
 * @param content   the verified bytes
 * @param etag      the quoted entity tag
 * @param metadata  the metadata to store
 * @param checksum  the flexible checksum, if any
 * @param parts     the parts of a multipart object, else empty
 */
public record ObjectDraft(Blob content, String etag, ObjectMetadata metadata, Optional<StoredChecksum> checksum,
                          List<PartInfo> parts) {

    /** Validates the components. */
    public ObjectDraft {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(etag, "etag");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(checksum, "checksum");
        parts = List.copyOf(parts);
    }
}
