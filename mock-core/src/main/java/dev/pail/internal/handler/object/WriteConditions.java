package dev.pail.internal.handler.object;

import dev.pail.S3ErrorCode;
import dev.pail.internal.error.S3Exception;
import dev.pail.internal.protocol.Headers;
import dev.pail.internal.store.WriteCondition;
import java.util.Optional;

/** S3's conditional writes from request headers: {@code If-None-Match: *} and {@code If-Match}. */
public final class WriteConditions {

    private WriteConditions() {
    }

    /** The condition of a PutObject (or CompleteMultipartUpload, CopyObject destination). */
    public static WriteCondition from(Headers headers) {
        Optional<String> ifNoneMatch = headers.first("if-none-match").map(String::trim);
        if (ifNoneMatch.isPresent() && !ifNoneMatch.get().equals("*")) {
            throw new S3Exception(S3ErrorCode.NOT_IMPLEMENTED, "A header you provided implies functionality that is not implemented")
                    .detail("Header", "If-None-Match");
        }
        return new WriteCondition(ifNoneMatch.isPresent(), headers.first("if-match").map(String::trim));
    }

    /** The condition of a DeleteObject: If-Match only. */
    public static WriteCondition forDelete(Headers headers) {
        return new WriteCondition(false, headers.first("if-match").map(String::trim));
    }
}
