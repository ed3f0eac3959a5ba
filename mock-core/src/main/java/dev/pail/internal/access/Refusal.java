package dev.pail.internal.access;

import dev.pail.S3ErrorCode;
import dev.pail.internal.error.S3Exception;
import java.util.Objects;

/**
 * A "no" from access control: the error S3 answers with and, in words for the request journal, what
 * decided it (e.g. {@code BlockPublicAcls refuses the canned ACL public-read}).
 *
 * @param code   the error S3 answers with (403 {@code AccessDenied} for most)
 * @param reason what decided the refusal, in a sentence without a full stop
 */
public record Refusal(S3ErrorCode code, String reason) {

    /** Validates the components. */
    public Refusal {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(reason, "reason");
    }

    /** A 403 {@code AccessDenied} refusal. */
    public static Refusal accessDenied(String reason) {
        return new Refusal(S3ErrorCode.ACCESS_DENIED, reason);
    }

    /** The error to throw: the code with S3's message, explained by the reason for the journal. */
    public S3Exception toException() {
        return new S3Exception(code).explain(reason);
    }

    /** The reason. */
    @Override
    public String toString() {
        return code.name() + ": " + reason;
    }
}
