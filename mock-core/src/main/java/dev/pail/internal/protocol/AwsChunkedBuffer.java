package dev.pail.internal.protocol;

import dev.pail.internal.protocol.AwsChunkedFormatException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The read buffer of {@link AwsChunkedInputStream}: CRLF-terminated lines are parsed from it,
 * payload is copied out of it in bulk, or read straight into the caller's array when it is empty
 * and the caller asks for at least a buffer's worth.
 */
final class AwsChunkedBuffer {

    /** The longest chunk header or trailer line accepted, without its CRLF. */
    static final int MAX_LINE_LENGTH = 4096;

    private static final int SIZE = 8192;
    private static final byte CR = '\r';
    private static final byte LF = '\n';

    private final InputStream in;
    private final byte[] buffer = new byte[SIZE];
    private int pos;
    private int limit;

    AwsChunkedBuffer(InputStream in) {
        this.in = in;
    }

    /**
     * Reads the next line, without its CRLF, as ISO-8859-1 text.
     *
     * @param what       what the line is, for messages
     * @param endAllowed whether the body may end here, before the line starts
     * @return the line, or {@code null} if the body ended before it and {@code endAllowed}
     * @throws AwsChunkedFormatException {@link Reason#TRUNCATED} if the body ends otherwise,
     *     {@link Reason#LINE_TOO_LONG} past {@link #MAX_LINE_LENGTH}, {@link Reason#MISSING_CRLF}
     *     if the line ends in a bare LF
     */
    String readLine(String what, boolean endAllowed) throws IOException {
        int scanned = 0;
        while (true) {
            for (int i = pos + scanned; i < limit; i++) {
                if (buffer[i] == LF) {
                    return takeLine(what, i);
                }
            }
            scanned = limit - pos;
            if (scanned > MAX_LINE_LENGTH + 1) {
                throw lineTooLong(what);
            }
            if (!fill()) {
                if (endAllowed && scanned == 0) {
                    return null;
                }
                throw new AwsChunkedFormatException(Reason.TRUNCATED, "body ended inside a " + what);
            }
        }
    }

    /**
     * Consumes the CRLF that must follow chunk data.
     *
     * @throws AwsChunkedFormatException {@link Reason#MISSING_CRLF} if the next two bytes are
     *     something else, {@link Reason#TRUNCATED} if the body ends first
     */
    void readCrlf() throws IOException {
        while (limit - pos < 2) {
            if (!fill()) {
                throw new AwsChunkedFormatException(Reason.TRUNCATED, "body ended before the CRLF after chunk data");
            }
        }
        if (buffer[pos] != CR || buffer[pos + 1] != LF) {
            throw new AwsChunkedFormatException(Reason.MISSING_CRLF, "chunk data is longer than declared"
                + " or not followed by CRLF: " + AwsChunkedSyntax.quote(peek(16)));
        }
        pos += 2;
    }

    /**
     * Reads up to {@code len} (at least 1) payload bytes.
     *
     * @return the number of bytes read, at least 1, or -1 at the end of the body
     */
    int read(byte[] b, int off, int len) throws IOException {
        if (pos == limit) {
            if (len >= buffer.length) {
                return readUnderlying(b, off, len);
            }
            if (!fill()) {
                return -1;
            }
        }
        int n = Math.min(len, limit - pos);
        System.arraycopy(buffer, pos, b, off, n);
        pos += n;
        return n;
    }

    /** The number of bytes buffered. */
    int buffered() {
        return limit - pos;
    }

    /** Whether the body has ended: nothing buffered and the underlying stream is at its end. */
    boolean atEnd() throws IOException {
        return pos == limit && !fill();
    }

    private String takeLine(String what, int lf) throws AwsChunkedFormatException {
        int length = lf - pos - 1;
        if (length > MAX_LINE_LENGTH) {
            throw lineTooLong(what);
        }
        if (length < 0 || buffer[lf - 1] != CR) {
            throw new AwsChunkedFormatException(Reason.MISSING_CRLF, what + " ends in LF without CR");
        }
        String line = new String(buffer, pos, length, StandardCharsets.ISO_8859_1);
        pos = lf + 1;
        return line;
    }

    private String peek(int max) {
        return new String(buffer, pos, Math.min(max, limit - pos), StandardCharsets.ISO_8859_1);
    }

    /** Reads more bytes, compacting the buffer first if it is full; false at the end of the body. */
    private boolean fill() throws IOException {
        if (pos == limit) {
            pos = 0;
            limit = 0;
        } else if (limit == buffer.length) {
            System.arraycopy(buffer, pos, buffer, 0, limit - pos);
            limit -= pos;
            pos = 0;
        }
        int n = readUnderlying(buffer, limit, buffer.length - limit);
        if (n < 0) {
            return false;
        }
        limit += n;
        return true;
    }

    private int readUnderlying(byte[] b, int off, int len) throws IOException {
        int n;
        do {
            n = in.read(b, off, len);
        } while (n == 0);
        return n;
    }

    private static AwsChunkedFormatException lineTooLong(String what) {
        return new AwsChunkedFormatException(Reason.LINE_TOO_LONG, what + " longer than " + MAX_LINE_LENGTH + " bytes");
    }
}
