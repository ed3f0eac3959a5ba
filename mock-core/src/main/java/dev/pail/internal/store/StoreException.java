package dev.pail.internal.store;

import java.util.Objects;

/**
 * A store operation that cannot be done, with the reason in domain terms; the protocol layer maps
 * each reason to S3's error code.
 */
public final class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why the operation failed. */
    public enum Reason {
        /** The bucket does not exist. */
        NO_SUCH_BUCKET,
        /** The bucket already exists. */
        BUCKET_ALREADY_EXISTS,
        /** The bucket still holds objects. */
        BUCKET_NOT_EMPTY,
        /** The key has no current object. */
        NO_SUCH_KEY,
        /** The version does not exist. */
        NO_SUCH_VERSION,
        /** A write or read precondition did not hold. */
        PRECONDITION_FAILED,
        /** The multipart upload does not exist. */
        NO_SUCH_UPLOAD,
        /** The store's memory cap would be exceeded. */
        INSUFFICIENT_CAPACITY
    }

    private final Reason reason;
    private final String subject;

    /**
     * @param reason  the reason
     * @param subject what it concerns (a bucket name, a key, a header name)
     */
    public StoreException(Reason reason, String subject) {
        super(reason + ": " + subject, null, false, false);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.subject = subject;
    }

    /** The reason. */
    public Reason reason() {
        return reason;
    }

    /** What the failure concerns. */
    public String subject() {
        return subject;
    }
}
