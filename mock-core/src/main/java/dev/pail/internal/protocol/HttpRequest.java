package dev.pail.internal.protocol;

import dev.pail.internal.recording.RequestTrace;
import java.io.InputStream;
import java.time.Instant;
import java.util.Objects;

/**
 * A request as it arrived, before any S3 interpretation: what the server adapter hands to the
 * protocol layer. The body is the entity after HTTP transfer decoding, still aws-chunked if the
 * client framed it so.
 *
 * @param requestId  the id Pail gives the request ({@code x-amz-request-id})
 * @param hostId     the extended id ({@code x-amz-id-2})
 * @param method     the HTTP method
 * @param rawPath    the path exactly as on the request line, percent-encoded
 * @param rawQuery   the query string as on the request line, without '?', possibly empty
 * @param headers    the request headers
 * @param body       the request entity
 * @param receivedAt when the request arrived
 * @param trace      what the pipeline learns about the request, for the journal
 */
public record HttpRequest(String requestId, String hostId, String method, String rawPath, String rawQuery,
                          Headers headers, InputStream body, Instant receivedAt, RequestTrace trace) {

    /** A request outside any journal. */
    public HttpRequest(String requestId, String hostId, String method, String rawPath, String rawQuery,
                       Headers headers, InputStream body, Instant receivedAt) {
        this(requestId, hostId, method, rawPath, rawQuery, headers, body, receivedAt, RequestTrace.detached());
    }

    /** Validates the components. */
    public HttpRequest {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(hostId, "hostId");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(rawPath, "rawPath");
        Objects.requireNonNull(rawQuery, "rawQuery");
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(trace, "trace");
    }

    /** Whether this is a HEAD request (whose responses carry no body). */
    public boolean isHead() {
        return "HEAD".equals(method);
    }
}
