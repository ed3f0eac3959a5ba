package dev.pail.fault;

import dev.pail.S3ErrorCode;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A way for Pail to misbehave on purpose, applied by a {@link FaultRule} to matching requests:
 *
 * <pre>{@code
 * pail.when(putObject("photos", anyKey())).fail(S3Fault.error(SLOW_DOWN)).times(2);
 * pail.when(getObject("photos", "cat.jpg")).fail(S3Fault.truncatedBody(100)).once();
 * pail.when(anyOperation()).fail(S3Fault.delay(Duration.ofSeconds(2))).always();
 * }</pre>
 *
 * <p>Errors and bare statuses answer without serving the request, so the store is left as it was.
 * A delay waits without holding any thread, then serves the request (or applies another fault).
 * The connection faults ({@link #connectionReset()}, {@link #truncatedBody(long)},
 * {@link #slowBody(long)}) act on the TCP connection the way a broken network would.
 *
 * <p>Every fault is an immutable record whose {@code toString()} is the description the journal
 * shows in {@code RecordedRequest.fault()}, such as {@code SlowDown 503} or {@code delay 2s then serve}.
 */
public sealed interface S3Fault
        permits S3Fault.ErrorResponse, S3Fault.Status, S3Fault.Delay, S3Fault.ConnectionReset, S3Fault.TruncatedBody,
        S3Fault.SlowBody {

    /**
     * S3's error response for a code, with the code's HTTP status and S3's message for it: for
     * example {@code error(SLOW_DOWN)} (503), {@code error(INTERNAL_ERROR)} (500),
     * {@code error(SERVICE_UNAVAILABLE)} (503), {@code error(REQUEST_TIMEOUT)} (400) or
     * {@code error(ACCESS_DENIED)} (403). The request is not served.
     */
    static S3Fault error(S3ErrorCode code) {
        return new ErrorResponse(code, code.defaultMessage());
    }

    /** S3's error response for a code, with its HTTP status and this message. The request is not served. */
    static S3Fault error(S3ErrorCode code, String message) {
        return new ErrorResponse(code, message);
    }

    /** A response with this HTTP status and no body (no S3 error document). The request is not served. */
    static S3Fault status(int status) {
        return new Status(status);
    }

    /** Waits, without holding a thread, then serves the request normally. */
    static S3Fault delay(Duration delay) {
        return new Delay(delay, Optional.empty());
    }

    /** Waits, without holding a thread, then applies another fault. */
    static S3Fault delay(Duration delay, S3Fault then) {
        return new Delay(delay, Optional.of(Objects.requireNonNull(then, "then")));
    }

    /**
     * Resets the TCP connection before sending any byte of the response. The request is not served;
     * the journal records it with status 0.
     */
    static S3Fault connectionReset() {
        return new ConnectionReset();
    }

    /**
     * Serves the request, but sends only the first {@code bytesSent} bytes of the response body (after
     * headers whose {@code Content-Length} promises all of it), then closes the connection. A body no
     * longer than that is sent whole before the connection closes.
     */
    static S3Fault truncatedBody(long bytesSent) {
        return new TruncatedBody(bytesSent);
    }

    /**
     * Serves the request, but sends the response body at this rate, in small timed slices, without
     * holding a thread between slices.
     */
    static S3Fault slowBody(long bytesPerSecond) {
        return new SlowBody(bytesPerSecond);
    }

    /**
     * An S3 error response.
     *
     * @param code    the error code, which gives the HTTP status and the {@code <Code>} element
     * @param message the {@code <Message>} element
     */
    record ErrorResponse(S3ErrorCode code, String message) implements S3Fault {
        /** Validates the components. */
        public ErrorResponse {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(message, "message");
        }

        /** For example {@code SlowDown 503}. */
        @Override
        public String toString() {
            return code.code() + " " + code.httpStatus();
        }
    }

    /**
     * A bare HTTP status with an empty body.
     *
     * @param status the status, 200 to 599
     */
    record Status(int status) implements S3Fault {
        /** Validates the component. */
        public Status {
            if (status < 200 || status > 599) {
                throw new IllegalArgumentException("status must be 200..599: " + status);
            }
        }

        /** For example {@code status 418}. */
        @Override
        public String toString() {
            return "status " + status;
        }
    }

    /**
     * A wait before the request is served or another fault applies.
     *
     * @param delay how long to wait, not negative
     * @param then  the fault to apply after the wait; empty to serve the request normally
     */
    record Delay(Duration delay, Optional<S3Fault> then) implements S3Fault {
        /** Validates the components. */
        public Delay {
            Objects.requireNonNull(delay, "delay");
            Objects.requireNonNull(then, "then");
            if (delay.isNegative()) {
                throw new IllegalArgumentException("delay must not be negative: " + delay);
            }
        }

        /** For example {@code delay 2s then serve} or {@code delay 500ms then SlowDown 503}. */
        @Override
        public String toString() {
            return "delay " + Latency.describe(delay) + " then " + then.map(S3Fault::toString).orElse("serve");
        }
    }

    /** The connection is reset before any response byte. */
    record ConnectionReset() implements S3Fault {
        /** {@code connection reset}. */
        @Override
        public String toString() {
            return "connection reset";
        }
    }

    /**
     * The response body stops after some bytes and the connection closes.
     *
     * @param bytesSent how many body bytes are sent, not negative
     */
    record TruncatedBody(long bytesSent) implements S3Fault {
        /** Validates the component. */
        public TruncatedBody {
            if (bytesSent < 0) {
                throw new IllegalArgumentException("bytesSent must not be negative: " + bytesSent);
            }
        }

        /** For example {@code body cut after 100 bytes}. */
        @Override
        public String toString() {
            return "body cut after " + bytesSent + (bytesSent == 1 ? " byte" : " bytes");
        }
    }

    /**
     * The response body trickles at a fixed rate.
     *
     * @param bytesPerSecond the rate, positive
     */
    record SlowBody(long bytesPerSecond) implements S3Fault {
        /** Validates the component. */
        public SlowBody {
            if (bytesPerSecond < 1) {
                throw new IllegalArgumentException("bytesPerSecond must be positive: " + bytesPerSecond);
            }
        }

        /** For example {@code slow body 1024 bytes/s}. */
        @Override
        public String toString() {
            return "slow body " + bytesPerSecond + " bytes/s";
        }
    }
}
