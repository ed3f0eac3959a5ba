package dev.pail;

/**
 * How strictly Pail checks who is asking. In both modes a request signed with a key Pail knows (a
 * {@linkplain Pail.Builder#user(String, String) configured user}) is verified exactly as S3 verifies
 * it: a wrong secret, an expired presigned URL or a tampered payload is refused with S3's error.
 */
public enum Authentication {

    /**
     * The default: a request signed with an unknown access key, or not signed at all, is served as the
     * default user, so that code bringing its own test credentials keeps working.
     */
    LENIENT,

    /**
     * As S3: an unknown access key is refused with 403 {@code InvalidAccessKeyId}, an unsigned request is
     * anonymous, and a signed request more than 15 minutes off the system clock is refused with 403
     * {@code RequestTimeTooSkewed}.
     */
    STRICT
}
