package dev.pail.internal.server;

import dev.pail.internal.protocol.Headers;
import dev.pail.internal.protocol.HttpRequest;
import dev.pail.internal.protocol.ResponseBody;
import dev.pail.internal.protocol.S3Response;
import dev.pail.internal.recording.Journal;
import dev.pail.internal.recording.RequestTrace;
import io.undertow.io.BufferWritableOutputStream;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderMap;
import io.undertow.util.HeaderValues;
import io.undertow.util.HttpString;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The only class that speaks Undertow: moves the exchange to a worker thread, turns it into an
 * {@link HttpRequest}, runs the pipeline, and writes the {@link S3Response} back, streaming object
 * content from the stored chunks.
 */
final class UndertowAdapter implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(UndertowAdapter.class);
    private static final HttpString REQUEST_ID = HttpString.tryFromString("x-amz-request-id");
    private static final HttpString HOST_ID = HttpString.tryFromString("x-amz-id-2");
    private static final HttpString SERVER = HttpString.tryFromString("Server");
    private static final HttpString CONTENT_LENGTH = HttpString.tryFromString("Content-Length");
    private static final HttpString CONTENT_TYPE = HttpString.tryFromString("Content-Type");
    /**
     * The largest request body that is read to its end, and discarded, when a response is sent
     * before the handler read it (an error, typically); a larger one, or one of unknown length,
     * closes the connection after the response instead.
     */
    static final long DRAIN_LIMIT = 64L << 20;

    private final ExchangeHandler pipeline;
    private final Clock clock;
    private final Journal journal;
    private final int captureLimit;

    UndertowAdapter(ExchangeHandler pipeline, Clock clock, Journal journal, int captureLimit) {
        this.pipeline = pipeline;
        this.clock = clock;
        this.journal = journal;
        this.captureLimit = captureLimit;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        if (exchange.isInIoThread()) {
            exchange.dispatch(this);
            return;
        }
        exchange.startBlocking();
        HttpRequest request = new HttpRequest(RequestIds.requestId(), RequestIds.hostId(),
                exchange.getRequestMethod().toString(), rawPath(exchange), exchange.getQueryString(),
                headers(exchange.getRequestHeaders()), exchange.getInputStream(), clock.instant(),
                new RequestTrace(journal.nextSequence(), captureLimit));
        S3Response response;
        try {
            response = pipeline.handle(request);
        } catch (Exception e) {
            LOG.warn("request {} escaped the error boundary", request.requestId(), e);
            response = ErrorBoundary.render(new dev.pail.internal.error.S3Exception(dev.pail.S3ErrorCode.INTERNAL_ERROR), request);
        }
        write(exchange, request, response);
    }

    private static void write(HttpServerExchange exchange, HttpRequest request, S3Response response) {
        closeRatherThanDrain(exchange);
        exchange.setStatusCode(response.status());
        HeaderMap out = exchange.getResponseHeaders();
        out.put(REQUEST_ID, request.requestId());
        out.put(HOST_ID, request.hostId());
        out.put(SERVER, "AmazonS3");
        for (Map.Entry<String, String> header : response.headers()) {
            out.add(HttpString.tryFromString(header.getKey()), header.getValue());
        }
        ResponseBody body = response.body();
        if (body instanceof ResponseBody.Bytes bytes) {
            out.put(CONTENT_TYPE, bytes.contentType());
        }
        if (!out.contains(CONTENT_LENGTH) && response.status() != 304 && response.status() != 204) {
            out.put(CONTENT_LENGTH, body.length());
        }
        if (request.isHead() || body instanceof ResponseBody.Empty) {
            exchange.endExchange();
            return;
        }
        try (OutputStream stream = exchange.getOutputStream()) {
            if (body instanceof ResponseBody.Bytes bytes) {
                stream.write(bytes.bytes());
            } else if (body instanceof ResponseBody.Content content) {
                writeContent(stream, content);
            }
        } catch (IOException e) {
            LOG.debug("request {}: client went away while the response was written", request.requestId(), e);
            org.xnio.IoUtils.safeClose(exchange.getConnection());
        }
    }

    /**
     * Undertow reads an unread request body to its end before the connection serves another
     * request, on this worker thread: for a PutObject that declared 5 GiB (refused with
     * {@code EntityTooLarge} before a byte was read) that holds the thread until the client has
     * sent it all or gone away. Past {@link #DRAIN_LIMIT} the response says {@code Connection:
     * close} and Undertow closes the connection after it instead, as S3 does.
     */
    private static void closeRatherThanDrain(HttpServerExchange exchange) {
        if (!exchange.isRequestComplete()) {
            long declared = exchange.getRequestContentLength();
            if (declared < 0 || declared > DRAIN_LIMIT) {
                exchange.setPersistent(false);
            }
        }
    }

    private static void writeContent(OutputStream stream, ResponseBody.Content content) throws IOException {
        if (stream instanceof BufferWritableOutputStream buffers) {
            List<ByteBuffer> segments = content.blob().buffers();
            buffers.write(segments.toArray(new ByteBuffer[0]));
        } else {
            content.blob().writeTo(stream);
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
