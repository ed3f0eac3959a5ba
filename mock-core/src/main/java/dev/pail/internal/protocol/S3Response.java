package dev.pail.internal.protocol;

import dev.pail.fault.S3Fault;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;

/**
 * A response as the protocol layer produces it: status, headers in order, body. The server adapter
 * writes it; HEAD responses keep their headers (including Content-Length) and drop the body.
 *
 * <p>For fault injection a response may also be deferred (the adapter waits, without holding a
 * thread, then asks for the real one) or carry a connection fault for the adapter to enact.
 */
public final class S3Response {

    private final int status;
    private final List<Map.Entry<String, String>> headers;
    private final ResponseBody body;
    private final Optional<String> errorCode;

    private S3Response(int status, List<Map.Entry<String, String>> headers, ResponseBody body,
                       Optional<String> errorCode) {
        this(status, headers, body, errorCode, null, null);
    }

    /** A builder with the given status. */
    public static Builder status(int status) {
        return new Builder(status);
    }

    /** The HTTP status. */
    public int status() {
        return status;
    }

    /** Headers in the order they were added. */
    public List<Map.Entry<String, String>> headers() {
        return headers;
    }

    /** The first value of a header (case-insensitive). */
    public Optional<String> header(String name) {
        for (Map.Entry<String, String> header : headers) {
            if (header.getKey().equalsIgnoreCase(name)) {
                return Optional.of(header.getValue());
            }
        }
        return Optional.empty();
    }

    /** The body. */
    public ResponseBody body() {
        return body;
    }

    /** The S3 error code when this is an error response. */
    public Optional<String> errorCode() {
        return errorCode;
    }

    @Override
    public String toString() {
        if (deferral != null) {
            return "S3Response[after " + deferral.delay() + "]";
        }
        return "S3Response[" + status + ", " + headers + (connectionFault == null ? "" : ", " + connectionFault) + "]";
    }

    /** Builds a response. */
    public static final class Builder {
        private final int status;
        private final List<Map.Entry<String, String>> headers = new ArrayList<>();
        private ResponseBody body = ResponseBody.EMPTY;
        private Optional<String> errorCode = Optional.empty();

        private Builder(int status) {
            this.status = status;
        }

        /** Adds a header. */
        public Builder header(String name, String value) {
            headers.add(Map.entry(name, Objects.requireNonNull(value, name)));
            return this;
        }

        /** Adds a header when the value is present. */
        public Builder header(String name, Optional<String> value) {
            value.ifPresent(v -> header(name, v));
            return this;
        }

        /** Whether a header was added already (case-insensitive). */
        public boolean hasHeader(String name) {
            String lower = name.toLowerCase(Locale.ROOT);
            return headers.stream().anyMatch(h -> h.getKey().toLowerCase(Locale.ROOT).equals(lower));
        }

        /** Sets the body. */
        public Builder body(ResponseBody newBody) {
            this.body = Objects.requireNonNull(newBody, "body");
            return this;
        }

        /** Marks the response as an S3 error with this code. */
        public Builder errorCode(String code) {
            this.errorCode = Optional.of(code);
            return this;
        }

        /** The response. */
        public S3Response build() {
            return new S3Response(status, headers, body, errorCode);
        }
    }

    // ---- fault injection: deferred responses and connection faults ---------------------------------

    private final Deferral deferral;
    private final S3Fault connectionFault;

    private S3Response(int status, List<Map.Entry<String, String>> headers, ResponseBody body,
                       Optional<String> errorCode, Deferral deferral, S3Fault connectionFault) {
        this.status = status;
        this.headers = List.copyOf(headers);
        this.body = body;
        this.errorCode = errorCode;
        this.deferral = deferral;
        this.connectionFault = connectionFault;
    }

    /**
     * A response that is not ready yet: the server adapter waits {@code delay} without holding a
     * thread, then calls {@link #resume()} on a worker thread for the response to send.
     */
    public static S3Response later(Duration delay, Callable<S3Response> resume) {
        return new S3Response(0, List.of(), ResponseBody.EMPTY, Optional.empty(),
                new Deferral(Objects.requireNonNull(delay, "delay"), Objects.requireNonNull(resume, "resume")), null);
    }

    /** How long to wait before this response is ready; empty for a ready response. */
    public Optional<Duration> delay() {
        return deferral == null ? Optional.empty() : Optional.of(deferral.delay());
    }

    /** The response a deferred one stands for (which may be deferred again); a ready response is itself. */
    public S3Response resume() throws Exception {
        return deferral == null ? this : deferral.resume().call();
    }

    /** Applies a step to the eventual response: at once when this one is ready, after the wait otherwise. */
    public S3Response whenReady(UnaryOperator<S3Response> step) {
        if (deferral == null) {
            return step.apply(this);
        }
        return later(deferral.delay(), () -> resume().whenReady(step));
    }

    /** A copy that the adapter sends with a connection fault (reset, truncated or slow body). */
    public S3Response withConnectionFault(S3Fault fault) {
        return new S3Response(status, headers, body, errorCode, deferral, Objects.requireNonNull(fault, "fault"));
    }

    /** The connection fault to enact while sending this response, if any. */
    public Optional<S3Fault> connectionFault() {
        return Optional.ofNullable(connectionFault);
    }

    private record Deferral(Duration delay, Callable<S3Response> resume) {
    }
}
