package dev.pail.internal.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A response as the protocol layer produces it: status, headers in order, body. The server adapter
 * writes it; HEAD responses keep their headers (including Content-Length) and drop the body.
 */
public final class S3Response {

    private final int status;
    private final List<Map.Entry<String, String>> headers;
    private final ResponseBody body;
    private final Optional<String> errorCode;

    private S3Response(int status, List<Map.Entry<String, String>> headers, ResponseBody body,
                       Optional<String> errorCode) {
        this.status = status;
        this.headers = List.copyOf(headers);
        this.body = body;
        this.errorCode = errorCode;
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

    /** A copy with extra headers appended. */
    public S3Response withHeaders(List<Map.Entry<String, String>> extra) {
        List<Map.Entry<String, String>> all = new ArrayList<>(headers);
        all.addAll(extra);
        return new S3Response(status, all, body, errorCode);
    }

    @Override
    public String toString() {
        return "S3Response[" + status + ", " + headers + "]";
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
}
