package dev.pail.internal.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One immutable version of an object, or a delete marker.
 *
 * @param key          the object key
 * @param versionId    the version id; {@value #NULL_VERSION_ID} in an unversioned or suspended bucket
 * @param deleteMarker whether this version is a delete marker (then it has no content)
 * @param lastModified when the version was written
 * @param content      the bytes
 * @param etag         the entity tag, quoted, as S3 returns it
 * @param metadata     content headers, user metadata, tags
 * @param checksum     the flexible checksum stored with the object, if any
 * @param partSizes    the sizes of the parts for an object completed from a multipart upload, else empty
 */
public record ObjectVersion(
        String key,
        String versionId,
        boolean deleteMarker,
        Instant lastModified,
        Blob content,
        String etag,
        ObjectMetadata metadata,
        Optional<StoredChecksum> checksum,
        List<PartInfo> parts) {

    /** The version id S3 uses in buckets where versioning was never enabled or is suspended. */
    public static final String NULL_VERSION_ID = "null";

    /** Validates the components. */
    public ObjectVersion {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(versionId, "versionId");
        Objects.requireNonNull(lastModified, "lastModified");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(checksum, "checksum");
        parts = List.copyOf(parts);
    }

    /** The object size in bytes. */
    public long size() {
        return content.size();
    }

    /** Whether this is the {@code null} version. */
    public boolean isNullVersion() {
        return NULL_VERSION_ID.equals(versionId);
    }

    /** A copy with other metadata (tags, for example); same version id and time. */
    public ObjectVersion withMetadata(ObjectMetadata newMetadata) {
        return new ObjectVersion(key, versionId, deleteMarker, lastModified, content, etag, newMetadata, checksum,
                parts);
    }
}
