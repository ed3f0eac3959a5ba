package dev.pail.internal.handler.policy;

import dev.pail.S3Operation;
import dev.pail.internal.error.S3Exception;
import dev.pail.internal.handler.object.CopySource;
import dev.pail.internal.protocol.S3Request;
import java.util.Optional;

/** The source a copy reads ({@code x-amz-copy-source}), for authorizing the read before the copy runs. */
final class CopySources {

    /** A copy's source object. */
    record Source(String bucket, String key, Optional<String> versionId) {
    }

    private CopySources() {
    }

    /** The source of a CopyObject or UploadPartCopy; empty for other requests and for unparsable headers (the handler's 400). */
    static Optional<Source> find(S3Request request) {
        if (request.operation() != S3Operation.COPY_OBJECT && request.operation() != S3Operation.UPLOAD_PART_COPY) {
            return Optional.empty();
        }
        try {
            return request.header("x-amz-copy-source").map(CopySource::parse)
                    .map(source -> new Source(source.bucket(), source.key(), source.versionId()));
        } catch (S3Exception e) {
            return Optional.empty();
        }
    }
}
