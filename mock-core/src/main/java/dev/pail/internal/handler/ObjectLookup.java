package dev.pail.internal.handler;

import dev.pail.S3ErrorCode;
import dev.pail.internal.error.S3Exception;
import dev.pail.internal.store.Bucket;
import dev.pail.internal.store.ObjectVersion;
import java.util.Optional;

/** Finds the object version a request addresses, with S3's errors for missing keys, versions and delete markers. */
public final class ObjectLookup {

    private ObjectLookup() {
    }

    /** The version a read addresses: the current one, or the one named by {@code versionId}. */
    public static ObjectVersion find(Bucket bucket, String key, Optional<String> versionId) {
        if (versionId.isPresent()) {
            ObjectVersion version = bucket.version(key, versionId.get()).orElseThrow(() -> versionId.get().equals("null")
                    ? S3Exception.noSuchKey(key)
                    : new S3Exception(S3ErrorCode.NO_SUCH_VERSION).detail("Key", key).detail("VersionId", versionId.get()));
            if (version.deleteMarker()) {
                throw new S3Exception(S3ErrorCode.METHOD_NOT_ALLOWED)
                        .detail("Method", "GET").detail("ResourceType", "DeleteMarker")
                        .header("x-amz-delete-marker", "true")
                        .header("x-amz-version-id", version.versionId())
                        .header("Last-Modified", dev.pail.internal.protocol.Formats.http(version.lastModified()));
            }
            return version;
        }
        ObjectVersion latest = bucket.latest(key).orElseThrow(() -> S3Exception.noSuchKey(key));
        if (latest.deleteMarker()) {
            throw S3Exception.noSuchKey(key)
                    .header("x-amz-delete-marker", "true")
                    .header("x-amz-version-id", latest.versionId());
        }
        return latest;
    }

}
