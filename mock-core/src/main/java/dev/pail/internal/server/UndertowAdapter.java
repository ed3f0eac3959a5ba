package dev.pail.internal.server;

import dev.pail.PailConfig;
import dev.pail.S3ErrorCode;
import dev.pail.internal.error.S3Exception;
import dev.pail.internal.protocol.Headers;
import dev.pail.internal.protocol.HttpRequest;
import dev.pail.internal.protocol.S3Response;
import dev.pail.internal.recording.Journal;
import dev.pail.internal.recording.RequestTrace;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderMap;
import io.undertow.util.HeaderValues;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where Undertow meets the pipeline: moves the exchange off the IO thread (after the server-wide
 * latency, if any, waited for without a thread), turns it into an {@link HttpRequest}, runs the
 * pipeline, waits out deferred responses the same way, and has the {@link ResponseWriter} send the
 * {@link S3Response}. Undertow types go no further than this class, {@link ResponseWriter},
 * {@link ConnectionFaults} and {@link Suspension}.
 */
final class UndertowAdapter implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(UndertowAdapter.class);

    private final Supplier<Epoch> epochs;
    private final Clock clock;
    private final int captureLimit;
    private final Supplier<Duration> latency;
    private final Duration requestTimeout;

    UndertowAdapter(Supplier<Epoch> epochs, PailConfig config) {
        this.epochs = epochs;
        this.clock = config.clock();
        this.captureLimit = config.bodyCaptureLimit();
        this.latency = config.latency().isNone() ? null : config.latency().sequence();
        this.requestTimeout = config.requestTimeout();
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) {
        Epoch epoch = epochs.get(); // fixed on arrival: a reset during the wait below does not move it
        Journal.Ticket ticket = epoch.generation().open();
        Duration wait = latency == null ? Duration.ZERO : latency.get();
        HttpHandler serve = resumed -> serve(resumed, epoch, ticket);
        if (!wait.isZero()) {
            Suspension.resumeAfter(exchange, wait, serve);
        } else if (exchange.isInIoThread()) {
            exchange.dispatch(serve);
        } else {
            serve(exchange, epoch, ticket);
        }
    }

    private void serve(HttpServerExchange exchange, Epoch epoch, Journal.Ticket ticket) {
        exchange.startBlocking();
        HttpRequest request = new HttpRequest(RequestIds.requestId(), RequestIds.hostId(),
                exchange.getRequestMethod().toString(), rawPath(exchange), exchange.getQueryString(),
                headers(exchange.getRequestHeaders()), new RequestBodyStream(exchange, requestTimeout),
                clock.instant(), new RequestTrace(ticket, captureLimit));
        InetSocketAddress peer = exchange.getSourceAddress();
        if (peer != null && peer.getAddress() != null) {
            request.trace().client(peer.getAddress().getHostAddress(), "https".equalsIgnoreCase(exchange.getRequestScheme()));
        }
        respond(exchange, request, run(() -> epoch.pipeline().handle(request), request));
    }

    /** Sends the response, or first waits for it without a thread when it is deferred. */
    private void respond(HttpServerExchange exchange, HttpRequest request, S3Response response) {
        Optional<Duration> delay = response.delay();
        if (delay.isPresent()) {
            Suspension.resumeAfter(exchange, delay.get(), resumed -> respond(resumed, request, run(response::resume, request)));
            return;
        }
        ResponseWriter.write(exchange, request, response, clock);
    }

    private static S3Response run(Callable<S3Response> step, HttpRequest request) {
        try {
            return step.call();
        } catch (Exception e) {
            LOG.warn("request {} escaped the error boundary", request.requestId(), e);
            return ErrorBoundary.render(new S3Exception(S3ErrorCode.INTERNAL_ERROR), request);
        }
    }

    /**
     * The path as sent. Undertow decodes nothing (DECODE_URL is off) but reads the request line as
     * ISO-8859-1; bytes above 0x7F are re-escaped so the protocol layer decodes them once, as UTF-8.
     */
    private static String rawPath(HttpServerExchange exchange) {
        String path = exchange.getRequestPath();
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) > 0x7F) {
                StringBuilder escaped = new StringBuilder(path.length() + 16);
                for (int j = 0; j < path.length(); j++) {
                    char c = path.charAt(j);
                    if (c > 0x7F) {
                        escaped.append('%').append(Character.toUpperCase(Character.forDigit((c >> 4) & 0xF, 16)))
                                .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
                    } else {
                        escaped.append(c);
                    }
                }
                return escaped.toString();
            }
        }
        return path;
    }

    private static Headers headers(HeaderMap map) {
        Headers.Builder builder = Headers.builder();
        for (HeaderValues values : map) {
            String name = values.getHeaderName().toString();
            for (String value : values) {
                builder.add(name, value);
            }
        }
        return builder.build();
    }
}
