package dev.pail.recording;

import dev.pail.S3ErrorCode;
import dev.pail.S3Operation;
import dev.pail.fault.S3Fault;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One request Pail received, as it was recorded: an immutable value, equal to another exactly when
 * every component is equal. No component is null.
 *
 * <p>{@link #toString()} is a one-line summary such as {@code #3 PutObject PUT /photos/cat.jpg -> 200}.
 *
 * @param sequence  the request's number since the journal was last reset, from 1, in order of arrival
 * @param time      when the request arrived, by the server's clock
 * @param operation the S3 operation it resolved to; {@link S3Operation#UNKNOWN} when it matched none
 *                  (S3 answers those 405 or 400)
 * @param method    the HTTP method
 * @param rawPath   the path as sent, percent-encoded
 * @param bucket    the bucket it addressed, if any
 * @param key       the object key it addressed, if any
 * @param query     the decoded query parameters, in order
 * @param headers   the request headers, names lower-cased
 * @param bodyData  the decoded request body (never aws-chunked framing), up to the capture limit, read-only;
 *                  a copy, never the stored object's bytes. Empty when the journal dropped it to stay
 *                  within its byte budget (the oldest bodies go first)
 * @param bodySize  the full size of the decoded body, which may exceed the captured part
 * @param status    the HTTP status of the response; 0 when no response was sent (a connection reset)
 * @param errorCode the S3 error code of the response, if it was an error with one
 * @param fault     the fault Pail injected ({@code pail.when(...)}), if any. A request faulted
 *                  before it was served has no body recorded
 * @param principal  the access key id of the user the request was served as; empty for anonymous
 *                   (unsigned in STRICT authentication) and for requests refused or faulted before
 *                   authentication
 * @param authMethod how the request was authenticated
 * @param authDetail why authentication refused the request, or how it served it as another user
 *                   (lenient mode), in words: e.g. "expired 61 s ago"
 */
public record RecordedRequest(
        long sequence,
        Instant time,
        S3Operation operation,
        String method,
        String rawPath,
        Optional<String> bucket,
        Optional<String> key,
        Map<String, List<String>> query,
        Map<String, List<String>> headers,
        ByteBuffer bodyData,
        long bodySize,
        int status,
        Optional<S3ErrorCode> errorCode,
        Optional<S3Fault> fault,
        Optional<String> principal,
        AuthMethod authMethod,
        Optional<String> authDetail) {

    private static final ByteBuffer EMPTY = ByteBuffer.allocate(0).asReadOnlyBuffer();

    /** Validates and copies the components. */
    public RecordedRequest {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(rawPath, "rawPath");
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(errorCode, "errorCode");
        Objects.requireNonNull(fault, "fault");
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(authMethod, "authMethod");
        Objects.requireNonNull(authDetail, "authDetail");
        query = freeze(query);
        headers = freeze(headers);
        bodyData = bodyData == null ? EMPTY : bodyData.asReadOnlyBuffer().slice();
    }

    /** A request without authentication details: unsigned, no principal. */
    public RecordedRequest(long sequence, Instant time, S3Operation operation, String method, String rawPath,
                           Optional<String> bucket, Optional<String> key, Map<String, List<String>> query,
                           Map<String, List<String>> headers, ByteBuffer bodyData, long bodySize, int status,
                           Optional<S3ErrorCode> errorCode, Optional<S3Fault> fault) {
        this(sequence, time, operation, method, rawPath, bucket, key, query, headers, bodyData, bodySize, status,
                errorCode, fault, Optional.empty(), AuthMethod.UNSIGNED, Optional.empty());
    }

    /** Whether the request was served as no user: unsigned in STRICT authentication. */
    public boolean isAnonymous() {
        return principal.isEmpty();
    }

    /** A read-only view of the captured body (position 0, limit its length). */
    @Override
    public ByteBuffer bodyData() {
        return bodyData.duplicate();
    }

    /** A copy of the captured body. */
    public byte[] body() {
        byte[] copy = new byte[bodyData.remaining()];
        bodyData.duplicate().get(copy);
        return copy;
    }

    /** The captured body decoded as UTF-8. */
    public String bodyAsUtf8() {
        return StandardCharsets.UTF_8.decode(bodyData.duplicate()).toString();
    }

    /** Whether the body was longer than what was captured, so {@link #body()} holds only its start. */
    public boolean isBodyTruncated() {
        return bodySize > bodyData.remaining();
    }

    /** The first value of a request header (case-insensitive). */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** The first value of a query parameter. */
    public Optional<String> queryParameter(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** Whether the response was a success (2xx or 3xx). */
    public boolean succeeded() {
        return status > 0 && status < 400;
    }

    /** A copy without the captured body (its size is kept), as the journal keeps old requests past its byte budget. */
    public RecordedRequest withoutBody() {
        return new RecordedRequest(sequence, time, operation, method, rawPath, bucket, key, query, headers, EMPTY,
                bodySize, status, errorCode, fault, principal, authMethod, authDetail);
    }

    /**
     * For example {@code #3 PutObject PUT /photos/cat.jpg?acl -> 403 AccessDenied [fault: SlowDown 503]}; a
     * refusal by authentication ends with its reason, e.g. {@code (expired 61 s ago ...)}.
     */
    @Override
    public String toString() {
        return "#" + sequence + " " + operation.operationName() + " " + method + " " + rawPath
                + (query.isEmpty() ? "" : "?" + queryText()) + " -> " + status
                + errorCode.map(c -> " " + c.code()).orElse("") + fault.map(f -> " [fault: " + f + "]").orElse("")
                + (errorCode.isPresent() ? authDetail.map(d -> " (" + d.lines().findFirst().orElse("") + ")").orElse("") : "");
    }

    private String queryText() {
        StringBuilder out = new StringBuilder();
        query.forEach((name, values) -> values.forEach(value -> {
            out.append(out.length() == 0 ? "" : "&").append(name);
            if (!value.isEmpty()) {
                out.append('=').append(value);
            }
        }));
        return out.toString();
    }

    private static Map<String, List<String>> freeze(Map<String, List<String>> map) {
        if (map == null || map.isEmpty()) {
            return Map.of();
        }
        Map<String, List<String>> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(copy);
    }
}
