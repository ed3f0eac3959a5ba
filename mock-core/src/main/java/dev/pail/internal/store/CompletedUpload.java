package dev.pail.internal.store;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a completed multipart upload produced, kept so that a CompleteMultipartUpload repeated with
 * the same parts (an SDK retrying after a lost response) gets the same answer, as on S3. It holds no
 * bytes of the object.
 *
 * @param uploadId      the upload's id
 * @param key           its key
 * @param versionId     the id of the version it created
 * @param etag          the object's ETag
 * @param checksum      the object's checksum
 * @param systemHeaders the object's system headers (its encryption)
 * @param partEtags     the ETags of the parts it was completed with, in order, unquoted
 */
public record CompletedUpload(String uploadId, String key, String versionId, String etag,
                              Optional<StoredChecksum> checksum, Map<String, String> systemHeaders,
                              List<String> partEtags) {

    /** Validates and copies the components. */
    public CompletedUpload {
        Objects.requireNonNull(uploadId, "uploadId");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(versionId, "versionId");
        Objects.requireNonNull(etag, "etag");
        Objects.requireNonNull(checksum, "checksum");
        systemHeaders = Map.copyOf(systemHeaders);
        partEtags = List.copyOf(partEtags);
    }
}
