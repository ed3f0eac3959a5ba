package dev.pail.internal.server;

import dev.pail.internal.store.Blob;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.ServerConnection;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xnio.IoUtils;
import org.xnio.Options;

/**
 * Breaks the connection of an exchange the way a bad network or a failing server would: a reset
 * before any response byte, a body cut short after headers that promised all of it, or a body
 * trickling out in timed slices without holding a thread between them.
 */
final class ConnectionFaults {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionFaults.class);

    /** How many slices per second a slow body is sent in (fewer when the rate is below this many bytes). */
    private static final long SLICES_PER_SECOND = 20;

    private ConnectionFaults() {
    }

    /** Closes the connection with a TCP reset (SO_LINGER 0) before any byte of the response. */
    static void reset(HttpServerExchange exchange) {
        ServerConnection connection = exchange.getConnection();
        try {
            connection.setOption(Options.CLOSE_ABORT, true);
        } catch (IOException | IllegalArgumentException e) {
            LOG.debug("cannot make the close abortive; closing normally", e);
        }
        IoUtils.safeClose(connection);
    }

    /**
     * Sends the first {@code bytesSent} bytes of a longer body, after headers that were set for all
     * of it, then closes the connection.
     */
    static void truncate(HttpServerExchange exchange, Blob body, long bytesSent) {
        try {
            OutputStream stream = exchange.getOutputStream();
            ResponseWriter.writeContent(stream, body.slice(0, bytesSent));
            stream.flush();
        } catch (IOException e) {
            LOG.debug("client went away before the truncated body was sent", e);
        }
        IoUtils.safeClose(exchange.getConnection());
    }

    /** Sends the body at {@code bytesPerSecond}, a slice at a time, waiting between slices without a thread. */
    static void trickle(HttpServerExchange exchange, Blob body, long bytesPerSecond) {
        long slice = Math.max(1, bytesPerSecond / SLICES_PER_SECOND);
        Duration interval = Duration.ofSeconds(1).multipliedBy(slice).dividedBy(bytesPerSecond);
        new Trickle(body, slice, interval).send(exchange, 0);
    }

    /** The state of a slow body between slices. */
    private record Trickle(Blob body, long slice, Duration interval) {

        void send(HttpServerExchange exchange, long offset) {
            try {
                OutputStream stream = exchange.getOutputStream();
                long length = Math.min(slice, body.size() - offset);
                ResponseWriter.writeContent(stream, body.slice(offset, length));
                if (offset + length >= body.size()) {
                    stream.close();
                    return;
                }
                stream.flush();
                Suspension.resumeAfter(exchange, interval, resumed -> send(resumed, offset + length));
            } catch (IOException e) {
                LOG.debug("client went away while a slow body was sent", e);
                IoUtils.safeClose(exchange.getConnection());
            }
        }
    }
}
