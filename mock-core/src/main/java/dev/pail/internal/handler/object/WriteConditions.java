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
        Optional<String> ifMatch = headers.first("if-match").map(String::trim);
        if (ifNoneMatch.isPresent() && ifMatch.isPresent()) {
            throw notImplemented("If-Match,If-None-Match", "Multiple conditional request headers present in the request");
        }
        if (ifNoneMatch.isPresent() && !ifNoneMatch.get().equals("*")) {
            throw notImplemented("If-None-Match", "We don't accept the provided value of If-None-Match header for this API");
        }
        if (ifMatch.filter("*"::equals).isPresent()) {
            throw notImplemented("If-Match", "We don't accept the provided value of If-Match header for this API");
        }
        return new WriteCondition(ifNoneMatch.isPresent(), ifMatch);
    }

    /** S3's answer to a conditional write it does not support: 501, naming the header and why. */
    private static S3Exception notImplemented(String header, String why) {
        return new S3Exception(S3ErrorCode.NOT_IMPLEMENTED, "A header you provided implies functionality that is not implemented")
                .detail("Header", header).detail("additionalMessage", why);
    }

    /** The condition of a DeleteObject: If-Match only. */
    public static WriteCondition forDelete(Headers headers) {
        return new WriteCondition(false, headers.first("if-match").map(String::trim));
    }
}
