package dev.pail.internal.handler.object;

import dev.pail.S3ErrorCode;
import dev.pail.internal.error.S3Exception;
import dev.pail.internal.protocol.Formats;
import dev.pail.internal.protocol.Headers;
import dev.pail.internal.store.ETags;
import dev.pail.internal.store.ObjectVersion;
import java.time.Instant;
import java.util.Optional;

/**
 * S3's conditional reads (GET and HEAD): If-Match, If-Unmodified-Since, If-None-Match and
 * If-Modified-Since with S3's precedence. If-Match that holds overrides a failing
 * If-Unmodified-Since; If-None-Match that fails (the ETag matches) wins over If-Modified-Since.
 */
public final class ReadConditions {

    /** The outcome of evaluating the conditions. */
    public enum Outcome { PROCEED, NOT_MODIFIED }

    private ReadConditions() {
    }

    /**
     * Evaluates the conditions against a version.
     *
     * @return {@link Outcome#NOT_MODIFIED} for a 304
     * @throws S3Exception {@code PreconditionFailed} for a 412
     */
    public static Outcome evaluate(Headers headers, ObjectVersion version) {
        return evaluate(headers.first("if-match"), headers.first("if-unmodified-since"),
                headers.first("if-none-match"), headers.first("if-modified-since"), version);
    }

    public static Outcome evaluate(Optional<String> ifMatch, Optional<String> ifUnmodifiedSince,
                            Optional<String> ifNoneMatch, Optional<String> ifModifiedSince, ObjectVersion version) {
        Instant modified = Formats.toSeconds(version.lastModified());
        if (ifMatch.isPresent()) {
            if (!ETags.matches(ifMatch.get(), version.etag())) {
                throw failed("If-Match");
            }
        } else if (ifUnmodifiedSince.isPresent()) {
            Optional<Instant> since = Formats.parseHttp(ifUnmodifiedSince.get());
            if (since.isPresent() && modified.isAfter(since.get())) {
                throw failed("If-Unmodified-Since");
            }
        }
        if (ifNoneMatch.isPresent()) {
            if (ETags.matches(ifNoneMatch.get(), version.etag())) {
                return Outcome.NOT_MODIFIED;
            }
        } else if (ifModifiedSince.isPresent()) {
            Optional<Instant> since = Formats.parseHttp(ifModifiedSince.get());
            if (since.isPresent() && !modified.isAfter(since.get())) {
                return Outcome.NOT_MODIFIED;
            }
        }
        return Outcome.PROCEED;
    }

    private static S3Exception failed(String condition) {
        return new S3Exception(S3ErrorCode.PRECONDITION_FAILED).detail("Condition", condition);
    }
}
