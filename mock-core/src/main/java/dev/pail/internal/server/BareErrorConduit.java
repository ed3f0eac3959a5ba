package dev.pail.internal.server;

import dev.pail.S3ErrorCode;
import dev.pail.internal.xml.ErrorDocument;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import org.xnio.StreamConnection;
import org.xnio.conduits.AbstractStreamSinkConduit;
import org.xnio.conduits.StreamSinkConduit;

/**
 * Replaces the one response Undertow writes by itself, an empty {@code 400 Bad Request} for a
 * request its parser refuses before Pail sees it, with S3's XML error ({@code BadRequest}: S3's
 * front end answers malformed HTTP with a 400 too). Every other byte passes through untouched; the
 * check costs a length comparison per write.
 */
final class BareErrorConduit extends AbstractStreamSinkConduit<StreamSinkConduit> {

    /** What {@code io.undertow.server.protocol.http.HttpReadListener} writes, byte for byte. */
    static final byte[] BARE = "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
            .getBytes(StandardCharsets.US_ASCII);

    private final Clock clock;
    private ByteBuffer replacement;

    private BareErrorConduit(StreamSinkConduit next, Clock clock) {
        super(next);
        this.clock = clock;
    }

    /** Puts the conduit first on a new connection's output; its Date comes from the server's clock. */
    static void install(StreamConnection connection, Clock clock) {
        connection.getSinkChannel().setConduit(new BareErrorConduit(connection.getSinkChannel().getConduit(), clock));
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
        if (replacement == null && !isBare(src)) {
            return next.write(src);
        }
        if (replacement == null) {
            replacement = ByteBuffer.wrap(s3Error(clock));
        }
        next.write(replacement);
        if (replacement.hasRemaining()) {
            return 0; // Undertow offers the same bytes again when the socket can take more
        }
        int consumed = src.remaining();
        src.position(src.limit());
        return consumed;
    }

    private static boolean isBare(ByteBuffer src) {
        if (src.remaining() != BARE.length) {
            return false;
        }
        for (int i = 0; i < BARE.length; i++) {
            if (src.get(src.position() + i) != BARE[i]) {
                return false;
            }
        }
        return true;
    }

    /** The S3 error, with the headers S3 sends with any response. */
    static byte[] s3Error(Clock clock) {
        String requestId = RequestIds.requestId();
        String hostId = RequestIds.hostId();
        byte[] body = new ErrorDocument(S3ErrorCode.BAD_REQUEST.code(), "An error occurred when parsing the HTTP "
                + "request.", Map.of(), null, requestId, hostId).toXml();
        String head = "HTTP/1.1 400 Bad Request\r\n"
                + "Date: " + dev.pail.internal.protocol.Formats.http(clock.instant()) + "\r\n"
                + "x-amz-request-id: " + requestId + "\r\n"
                + "x-amz-id-2: " + hostId + "\r\n"
                + "Server: AmazonS3\r\n"
                + "Content-Type: application/xml\r\n"
                + "Content-Length: " + body.length + "\r\n"
                + "Connection: close\r\n\r\n";
        byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[headBytes.length + body.length];
        System.arraycopy(headBytes, 0, all, 0, headBytes.length);
        System.arraycopy(body, 0, all, headBytes.length, body.length);
        return all;
    }
}
