package dev.pail.internal.handler;

import dev.pail.S3ErrorCode;
import dev.pail.internal.error.S3Exception;
import dev.pail.internal.store.Bucket;
import dev.pail.internal.store.ObjectVersion;
import dev.pail.internal.store.VersionIds;
import dev.pail.internal.store.VersioningState;
import java.util.Optional;

/** Finds the object version a request addresses, with S3's errors for missing keys, versions and delete markers. */
public final class ObjectLookup {

    private ObjectLookup() {
    }

    /** The version a read addresses: the current one, or the one named by {@code versionId}. */
    public static ObjectVersion find(Bucket bucket, String key, Optional<String> versionId) {
        checkVersionId(bucket, versionId);
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

    /**
     * A {@code versionId} S3 could not have issued for this bucket (not {@code null} on a bucket
     * never versioned, or not an id of Pail's shape) is 400 {@code InvalidArgument}, as on S3; a
     * well-formed id that names no version is the caller's 404 or no-op.
     */
    public static void checkVersionId(Bucket bucket, Optional<String> versionId) {
        versionId.filter(id -> !validFor(bucket, id)).ifPresent(id -> {
            throw invalidVersionId(id);
        });
    }

    /** Whether a version id could name a version of this bucket. */
    public static boolean validFor(Bucket bucket, String versionId) {
        return versionId.equals(ObjectVersion.NULL_VERSION_ID)
                || bucket.versioning() != VersioningState.UNVERSIONED && VersionIds.wellFormed(versionId);
    }

    /** S3's answer to a version id it could not have issued. */
    public static S3Exception invalidVersionId(String versionId) {
        return S3Exception.invalidArgument("Invalid version id specified", "versionId", versionId);
    }

}
