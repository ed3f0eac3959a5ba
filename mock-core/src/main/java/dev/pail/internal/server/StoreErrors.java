package dev.pail.internal.server;

import dev.pail.S3ErrorCode;
import dev.pail.internal.error.S3Exception;
import dev.pail.internal.store.StoreException;

/** Maps the store's failure reasons to S3's errors. */
final class StoreErrors {

    private StoreErrors() {
    }

    static S3Exception toS3(StoreException e) {
        return switch (e.reason()) {
            case NO_SUCH_BUCKET -> S3Exception.noSuchBucket(e.subject());
            case NO_SUCH_KEY -> S3Exception.noSuchKey(e.subject());
            case NO_SUCH_VERSION -> new S3Exception(S3ErrorCode.NO_SUCH_VERSION).detail("VersionId", e.subject());
            case BUCKET_NOT_EMPTY -> new S3Exception(S3ErrorCode.BUCKET_NOT_EMPTY).detail("BucketName", e.subject());
            case BUCKET_ALREADY_EXISTS ->
                    new S3Exception(S3ErrorCode.BUCKET_ALREADY_OWNED_BY_YOU).detail("BucketName", e.subject());
            case PRECONDITION_FAILED -> new S3Exception(S3ErrorCode.PRECONDITION_FAILED).detail("Condition", e.subject());
            case NO_SUCH_UPLOAD -> new S3Exception(S3ErrorCode.NO_SUCH_UPLOAD).detail("UploadId", e.subject());
            case INSUFFICIENT_CAPACITY -> new S3Exception(S3ErrorCode.INSUFFICIENT_CAPACITY, e.subject());
        };
    }
}
