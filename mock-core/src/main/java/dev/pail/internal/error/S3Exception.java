package dev.pail.internal.error;

import dev.pail.S3ErrorCode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An S3 error a handler raises; the error boundary renders it as S3's XML error document with the
 * code's HTTP status. Extra fields (such as {@code Key}, {@code BucketName}, {@code ArgumentName})
 * become elements of the document, extra headers go on the response.
 */
public final class S3Exception extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final S3ErrorCode code;
    private int status;
    private final transient Map<String, String> details = new LinkedHashMap<>();
    private final transient List<Map.Entry<String, String>> headers = new ArrayList<>();
    private String explanation;

    /** An error with S3's default message for the code. */
    public S3Exception(S3ErrorCode code) {
        this(code, code.defaultMessage());
    }

    /** An error with a specific message. */
    public S3Exception(S3ErrorCode code, String message) {
        super(message, null, false, false);
        this.code = Objects.requireNonNull(code, "code");
        this.status = code.httpStatus();
    }

    /** The HTTP status of the answer: the code's, unless S3 answers this case with another. */
    public int status() {
        return status;
    }

    /** Answers with another status than the code's, where S3 does (e.g. 400 {@code InvalidPartNumber} on a read). */
    public S3Exception withStatus(int httpStatus) {
        this.status = httpStatus;
        return this;
    }

    /** The error code. */
    public S3ErrorCode code() {
        return code;
    }

    /** Adds an element to the error document, e.g. {@code Key}. */
    public S3Exception detail(String element, String value) {
        if (value != null) {
            details.put(element, value);
        }
        return this;
    }

    /** Adds a header to the error response, e.g. {@code x-amz-delete-marker}. */
    public S3Exception header(String name, String value) {
        headers.add(Map.entry(name, value));
        return this;
    }

    /**
     * Says in words, for the journal, what decided a refusal (e.g. "signature mismatch: canonical
     * request differs in header x-amz-date", "expired 61 s ago"); not part of the response.
     */
    public S3Exception explain(String why) {
        this.explanation = why;
        return this;
    }

    /** Why the request was refused, if said. */
    public Optional<String> explanation() {
        return Optional.ofNullable(explanation);
    }

    /** The extra elements, in order. */
    public Map<String, String> details() {
        return details;
    }

    /** The extra headers. */
    public List<Map.Entry<String, String>> headers() {
        return headers;
    }

    /** A missing bucket, named as S3 names it. */
    public static S3Exception noSuchBucket(String bucket) {
        return new S3Exception(S3ErrorCode.NO_SUCH_BUCKET).detail("BucketName", bucket);
    }

    /** A missing key, named as S3 names it. */
    public static S3Exception noSuchKey(String key) {
        return new S3Exception(S3ErrorCode.NO_SUCH_KEY).detail("Key", key);
    }

    /** An invalid argument, naming the argument and its value as S3 does. */
    public static S3Exception invalidArgument(String message, String name, String value) {
        return new S3Exception(S3ErrorCode.INVALID_ARGUMENT, message).detail("ArgumentName", name)
                .detail("ArgumentValue", value);
    }
}
