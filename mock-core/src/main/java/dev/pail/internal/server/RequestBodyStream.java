package dev.pail.internal.server;

import io.undertow.server.HttpServerExchange;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.xnio.channels.StreamSourceChannel;

/**
 * A request body read in blocking mode on a worker thread, straight from the exchange's channel,
 * that gives up when the client sends nothing for {@code idleTimeout}: the read throws
 * {@link RequestTimeoutException} and the connection is marked to close after the answer, as S3
 * closes a connection that went quiet mid-upload. A slow client that keeps sending is read however
 * long it takes: the timeout restarts with every byte. The channel is taken on the first read, so
 * a request whose body is never read sends no {@code 100 Continue}.
 */
final class RequestBodyStream extends InputStream {

    private final HttpServerExchange exchange;
    private final long idleNanos;
    private StreamSourceChannel channel;
    private boolean finished;

    RequestBodyStream(HttpServerExchange exchange, Duration idleTimeout) {
        this.exchange = Objects.requireNonNull(exchange, "exchange");
        this.idleNanos = idleTimeout.toNanos();
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n;
        do {
            n = read(one, 0, 1);
        } while (n == 0);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, buffer.length);
        if (finished) {
            return -1;
        }
        if (length == 0) {
            return 0;
        }
        StreamSourceChannel source = channel();
        if (source == null) {
            finished = true;
            return -1;
        }
        ByteBuffer target = ByteBuffer.wrap(buffer, offset, length);
        long deadline = System.nanoTime() + idleNanos;
        while (true) {
            int n = source.read(target);
            if (n != 0) {
                finished = n < 0;
                return n;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                exchange.setPersistent(false);
                throw new RequestTimeoutException(Duration.ofNanos(idleNanos));
            }
            source.awaitReadable(left, TimeUnit.NANOSECONDS);
        }
    }

    private StreamSourceChannel channel() {
        if (channel == null && exchange.isRequestChannelAvailable()) {
            channel = exchange.getRequestChannel();
        }
        return channel;
    }

    /** A request body that sent nothing for longer than the server waits. */
    static final class RequestTimeoutException extends IOException {
        private static final long serialVersionUID = 1L;

        RequestTimeoutException(Duration idle) {
            super("the request body sent nothing for " + idle.toMillis() + " ms");
        }
    }
}
