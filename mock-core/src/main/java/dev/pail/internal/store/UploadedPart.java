package dev.pail.internal.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One part of a multipart upload.
 *
 * @param number       the part number, 1 to 10,000
 * @param content      the part's bytes
 * @param md5          the MD5 of the bytes (the ETag, unquoted and binary)
 * @param etag         the quoted ETag
 * @param checksum     the part's base64 checksum in the upload's algorithm, if any
 * @param lastModified when the part was uploaded
 */
public record UploadedPart(int number, Blob content, byte[] md5, String etag, Optional<String> checksum,
                           Instant lastModified) {

    /** Validates the components. */
    public UploadedPart {
        Objects.requireNonNull(content, "content");
        md5 = md5.clone();
        Objects.requireNonNull(etag, "etag");
        Objects.requireNonNull(checksum, "checksum");
        Objects.requireNonNull(lastModified, "lastModified");
    }

    /** A copy of the MD5. */
    @Override
    public byte[] md5() {
        return md5.clone();
    }

    /** The part's size. */
    public long size() {
        return content.size();
    }
}
