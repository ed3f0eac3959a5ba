package dev.pail.internal.protocol;

import java.io.IOException;
import java.util.Objects;

/** Thrown when an {@code aws-chunked} request body is malformed or ends too early. */
public final class AwsChunkedFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    /** What is wrong with the body. */
    public enum Reason {
        /** The body ended before the terminating chunk and its trailer section were complete. */
        TRUNCATED,
        /** A chunk header does not start with a valid hexadecimal size that fits in a long. */
        BAD_CHUNK_SIZE,
        /** A chunk's data or a header or trailer line is not followed by CRLF. */
        MISSING_CRLF,
        /** A chunk header or trailer line is longer than the limit. */
        LINE_TOO_LONG,
        /** A trailer line is not a {@code name:value} pair, is repeated, or there are too many. */
        MALFORMED_TRAILER,
        /** Bytes follow the end of the trailer section. */
        TRAILING_DATA
    }

    private final Reason reason;

    /**
     * @param reason  what is wrong
     * @param message a description for logs and error responses
     */
    public AwsChunkedFormatException(Reason reason, String message) {
        super(reason + ": " + message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** What is wrong with the body. */
    public Reason reason() {
        return reason;
    }
}
