package dev.pail.recording;

/** How a request proved who sent it, as {@link RecordedRequest#authMethod()} reports it. */
public enum AuthMethod {
    /** Not signed: no Authorization header, no signature in the query or form (anonymous, or the default user in lenient mode). */
    UNSIGNED,
    /** SigV4 in the {@code Authorization} header, the payload hashed or {@code UNSIGNED-PAYLOAD}. */
    SIGV4_HEADER,
    /** SigV4 in the {@code Authorization} header with an {@code aws-chunked} body whose every chunk is signed. */
    SIGV4_CHUNKED,
    /** SigV4 in the query: a presigned URL. */
    SIGV4_PRESIGNED,
    /** Signature Version 2 in the {@code Authorization} header ({@code AWS key:signature}). */
    SIGV2_HEADER,
    /** Signature Version 2 in the query ({@code AWSAccessKeyId}, {@code Expires}, {@code Signature}). */
    SIGV2_PRESIGNED,
    /** A browser form upload (POST Object) whose policy is signed, SigV4 or SigV2. */
    POST_POLICY
}
