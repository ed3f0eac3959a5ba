package dev.pail.internal.server;

import dev.pail.fault.S3Fault;
import dev.pail.internal.protocol.Formats;
import dev.pail.internal.protocol.HttpRequest;
import dev.pail.internal.protocol.ResponseBody;
import dev.pail.internal.protocol.S3Response;
import dev.pail.internal.store.Blob;
import io.undertow.io.BufferWritableOutputStream;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderMap;
import io.undertow.util.HttpString;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xnio.IoUtils;

/**
 * Writes an {@link S3Response} on an exchange in blocking mode: status, headers, then the body,
 * streamed from the stored chunks; or, when the response carries a connection fault, the broken
 * version of that (see {@link ConnectionFaults}).
 */
final class ResponseWriter {

    private static final Logger LOG = LoggerFactory.getLogger(ResponseWriter.class);
    private static final HttpString REQUEST_ID = HttpString.tryFromString("x-amz-request-id");
    private static final HttpString HOST_ID = HttpString.tryFromString("x-amz-id-2");
    private static final HttpString SERVER = HttpString.tryFromString("Server");
    private static final HttpString CONTENT_LENGTH = HttpString.tryFromString("Content-Length");
    private static final HttpString CONTENT_TYPE = HttpString.tryFromString("Content-Type");
    private static final HttpString DATE = HttpString.tryFromString("Date");

    private ResponseWriter() {
    }

    static void write(HttpServerExchange exchange, HttpRequest request, S3Response response, Clock clock) {
        if (exchange.isResponseStarted() || !exchange.getConnection().isOpen()) {
            LOG.debug("request {}: the client went away before the response", request.requestId());
            IoUtils.safeClose(exchange.getConnection());
            return;
        }
        try {
            send(exchange, request, response, clock);
        } catch (IllegalStateException e) {
            // the connection ended under us (a client abort): nothing is left to answer
            LOG.debug("request {}: the response could not be sent", request.requestId(), e);
            IoUtils.safeClose(exchange.getConnection());
        }
    }

    private static void send(HttpServerExchange exchange, HttpRequest request, S3Response response, Clock clock) {
        closeRatherThanDrain(exchange, request);
        S3Fault fault = response.connectionFault().orElse(null);
        if (fault instanceof S3Fault.ConnectionReset) {
            ConnectionFaults.reset(exchange);
            return;
        }
        writeHead(exchange, request, response, clock);
        ResponseBody body = response.body();
        boolean bodiless = request.isHead() || body instanceof ResponseBody.Empty;
        if (fault instanceof S3Fault.TruncatedBody cut) {
            if (!bodiless && body.length() > cut.bytesSent()) {
                ConnectionFaults.truncate(exchange, blob(body), cut.bytesSent());
                return;
            }
            exchange.setPersistent(false); // nothing to cut: a whole response, then the connection closes
        }
        if (fault instanceof S3Fault.SlowBody slow && !bodiless) {
            ConnectionFaults.trickle(exchange, blob(body), slow.bytesPerSecond());
            return;
        }
        if (bodiless) {
            exchange.endExchange();
            return;
        }
        try (OutputStream stream = exchange.getOutputStream()) {
            if (body instanceof ResponseBody.Bytes bytes) {
                stream.write(bytes.bytes());
            } else if (body instanceof ResponseBody.Content content) {
                writeContent(stream, content.blob());
            }
        } catch (IOException e) {
            LOG.debug("request {}: client went away while the response was written", request.requestId(), e);
            IoUtils.safeClose(exchange.getConnection());
        }
    }

    private static void writeHead(HttpServerExchange exchange, HttpRequest request, S3Response response, Clock clock) {
        exchange.setStatusCode(response.status());
        HeaderMap out = exchange.getResponseHeaders();
        out.put(DATE, Formats.http(clock.instant())); // the server's clock, which a test may have moved
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
    }

    /**
     * The largest request body that is read to its end, and discarded, when a response is sent
     * before the handler read it (an error, typically); a larger one, or one of unknown length,
     * closes the connection after the response instead.
     */
    static final long DRAIN_LIMIT = 64L << 20;

    /**
     * Undertow reads an unread request body to its end before the connection serves another
     * request, on this worker thread: for a PutObject that declared 5 GiB (refused with
     * {@code EntityTooLarge} before a byte was read) that holds the thread until the client has
     * sent it all or gone away. Past {@link #DRAIN_LIMIT} the response says {@code Connection:
     * close} and Undertow closes the connection after it instead, as S3 does.
     */
    private static void closeRatherThanDrain(HttpServerExchange exchange, HttpRequest request) {
        if (!exchange.isRequestComplete()) {
            long declared;
            try {
                declared = exchange.getRequestContentLength();
            } catch (NumberFormatException e) {
                declared = Long.MAX_VALUE; // a length no long can hold: refused, and the connection is not reused
            }
            if (declared < 0) {
                drainChunked(exchange, request);
            } else if (declared > DRAIN_LIMIT) {
                exchange.setPersistent(false);
            }
        }
    }

    /**
     * Reads the rest of a chunked body the handler did not read (a refused upload), up to
     * {@link #DRAIN_LIMIT}: closing a connection with a request's bytes unread makes the client's
     * kernel answer with a reset that can swallow the response. Past the limit, or on framing that
     * does not parse, the connection closes after the response.
     */
    private static void drainChunked(HttpServerExchange exchange, HttpRequest request) {
        byte[] sink = new byte[8192];
        long drained = 0;
        try {
            java.io.InputStream body = request.body();
            int n;
            while ((n = body.read(sink)) >= 0) {
                drained += n;
                if (drained > DRAIN_LIMIT) {
                    exchange.setPersistent(false);
                    return;
                }
            }
        } catch (IOException | RuntimeException e) {
            exchange.setPersistent(false);
        }
    }

    static void writeContent(OutputStream stream, Blob blob) throws IOException {
        if (stream instanceof BufferWritableOutputStream buffers) {
            List<ByteBuffer> segments = blob.buffers();
            buffers.write(segments.toArray(new ByteBuffer[0]));
        } else {
            blob.writeTo(stream);
        }
    }

    private static Blob blob(ResponseBody body) {
        if (body instanceof ResponseBody.Bytes bytes) {
            return Blob.wrap(bytes.bytes());
        }
        if (body instanceof ResponseBody.Content content) {
            return content.blob();
        }
        return Blob.EMPTY;
    }
}
