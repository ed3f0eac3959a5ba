package dev.pail.recording;

import dev.pail.S3Operation;
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
 * One request Pail received, as it was recorded: immutable.
 *
 * <p>{@link #toString()} is a one-line summary such as {@code #3 PutObject PUT /photos/cat.jpg -> 200}.
 *
 * @param sequence  the request's number since the journal was last reset, from 1, in order of arrival
 * @param time      when the request arrived, by the server's clock
 * @param operation the S3 operation it resolved to, or null when it matched none (S3 answers 405)
 * @param method    the HTTP method
 * @param rawPath   the path as sent, percent-encoded
 * @param bucket    the bucket it addressed, or null
 * @param key       the object key it addressed, or null
 * @param query     the decoded query parameters, in order
 * @param headers   the request headers, names lower-cased
 * @param bodyData  the decoded request body (never aws-chunked framing), up to the capture limit, read-only;
 *                  a copy, never the stored object's bytes. Empty when the journal dropped it to stay
 *                  within its byte budget (the oldest bodies go first)
 * @param bodySize  the full size of the decoded body, which may exceed the captured part
 * @param status    the HTTP status of the response; 0 when no response was sent (a connection reset)
 * @param errorCode the S3 error code of the response, or null when it succeeded
 * @param fault     a description of the fault Pail injected ({@code pail.when(...)}), such as
 *                  {@code SlowDown 503} or {@code delay 2s then serve}, or null. A request faulted
 *                  before it was served has no body recorded
 */
public record RecordedRequest(
        long sequence,
        Instant time,
        S3Operation operation,
        String method,
        String rawPath,
        String bucket,
        String key,
        Map<String, List<String>> query,
        Map<String, List<String>> headers,
        ByteBuffer bodyData,
        long bodySize,
        int status,
        String errorCode,
        String fault) {

    /** Validates and copies the components. */
    public RecordedRequest {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(rawPath, "rawPath");
        query = freeze(query);
        headers = freeze(headers);
        bodyData = bodyData == null ? EMPTY : bodyData.asReadOnlyBuffer().slice();
    }

    /** A recorded request whose captured body is a copy of {@code body}. */
    public RecordedRequest(long sequence, Instant time, S3Operation operation, String method, String rawPath,
                           String bucket, String key, Map<String, List<String>> query,
                           Map<String, List<String>> headers, byte[] body, long bodySize, int status, String errorCode,
                           String fault) {
        this(sequence, time, operation, method, rawPath, bucket, key, query, headers,
                ByteBuffer.wrap(body == null ? new byte[0] : body.clone()), bodySize, status, errorCode, fault);
    }

    private static final ByteBuffer EMPTY = ByteBuffer.allocate(0).asReadOnlyBuffer();

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

    /** Whether the body was longer than the capture limit, so {@link #body()} holds only its start. */
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
        return status < 400;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RecordedRequest r && r.sequence == sequence && r.time.equals(time)
                && r.rawPath.equals(rawPath) && r.method.equals(method) && r.status == status;
    }

    @Override
    public int hashCode() {
        return Objects.hash(sequence, time, method, rawPath, status);
    }

    @Override
    public String toString() {
        String name = operation == null ? "(no operation)" : operation.operationName();
        return "#" + sequence + " " + name + " " + method + " " + rawPath
                + (query.isEmpty() ? "" : "?" + queryText()) + " -> " + status
                + (errorCode == null ? "" : " " + errorCode) + (fault == null ? "" : " [fault: " + fault + "]");
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
