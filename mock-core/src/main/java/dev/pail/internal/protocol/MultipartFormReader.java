package dev.pail.internal.protocol;

import dev.pail.S3ErrorCode;
import dev.pail.internal.error.S3Exception;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The framing of a {@code multipart/form-data} body (RFC 2046 section 5.1, RFC 7578), read as it
 * streams through one fixed buffer: the preamble, each delimiter line, each part's header lines,
 * and each part's content up to the next {@code CRLF--boundary}. Until {@link #stopCounting()}
 * every byte read counts against a limit (S3's limit on what precedes the file). Not thread-safe.
 */
final class MultipartFormReader {

    private static final int BUFFER = 64 << 10;
    private static final int MAX_LINE = 8 << 10;
    private static final int SCAN_WINDOW = 16 << 10;

    private final InputStream in;
    private final byte[] delimiter;
    private final byte[] buf = new byte[BUFFER];
    private final long countLimit;
    private int pos;
    private int limit;
    private boolean eof;
    private long counted = -2; // the CRLF put in front of the body is not the client's
    private boolean counting = true;

    /**
     * @param in         the body
     * @param boundary   the boundary parameter of the Content-Type
     * @param countLimit how many bytes may be read before {@link #stopCounting()}
     */
    MultipartFormReader(InputStream in, String boundary, long countLimit) {
        this.in = in;
        this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        this.countLimit = countLimit;
        buf[0] = '\r';
        buf[1] = '\n';
        limit = 2; // so that a body starting with the dash-boundary matches the delimiter too
    }

    /** Skips the preamble and the first delimiter. */
    void skipPreamble() throws IOException {
        try (InputStream preamble = content()) {
            preamble.transferTo(java.io.OutputStream.nullOutputStream());
        }
    }

    /**
     * After a delimiter: whether a part follows (the close delimiter {@code --} says none does).
     * Transport padding (blanks) before the line end is allowed.
     */
    boolean nextPart() throws IOException {
        if (!fill(2)) {
            throw malformed("the body ends after a boundary");
        }
        if (buf[pos] == '-' && buf[pos + 1] == '-') {
            consume(2);
            return false;
        }
        while (fill(1) && (buf[pos] == ' ' || buf[pos] == '\t')) {
            consume(1);
        }
        if (!fill(2) || buf[pos] != '\r' || buf[pos + 1] != '\n') {
            throw malformed("a boundary line is not followed by a line end");
        }
        consume(2);
        return true;
    }

    /** A part's header lines, up to the blank line that ends them (UTF-8, as browsers send names). */
    List<String> headerLines() throws IOException {
        List<String> lines = new ArrayList<>();
        while (true) {
            String line = line();
            if (line.isEmpty()) {
                return lines;
            }
            lines.add(line);
        }
    }

    /** The current part's content, ending at the next delimiter (which it consumes). */
    PartStream content() {
        return new PartStream();
    }

    /** Ends the counted region (the file's content begins). */
    void stopCounting() {
        counting = false;
    }

    /** Bytes read from the body while counting. */
    long counted() {
        return counted;
    }

    /** Reads the rest of the body, ignoring it. */
    void drainAll() throws IOException {
        pos = limit;
        in.transferTo(java.io.OutputStream.nullOutputStream());
        eof = true;
    }

    private String line() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (true) {
            if (!fill(2)) {
                throw malformed("the part headers do not end");
            }
            if (buf[pos] == '\r' && buf[pos + 1] == '\n') {
                consume(2);
                return line.toString(StandardCharsets.UTF_8);
            }
            if (line.size() >= MAX_LINE) {
                throw malformed("a part header line is too long");
            }
            line.write(buf[pos]);
            consume(1);
        }
    }

    /** Ensures {@code need} bytes are buffered; false when the body ends first. */
    private boolean fill(int need) throws IOException {
        if (limit - pos >= need) {
            return true;
        }
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            limit -= pos;
            pos = 0;
        }
        while (limit < need && !eof) {
            int n = in.read(buf, limit, buf.length - limit);
            if (n < 0) {
                eof = true;
            } else {
                limit += n;
            }
        }
        return limit - pos >= need;
    }

    private void consume(int n) {
        pos += n;
        if (counting) {
            counted += n;
            if (counted > countLimit) {
                throw new S3Exception(S3ErrorCode.MAX_POST_PRE_DATA_LENGTH_EXCEEDED_ERROR,
                        "Your POST request fields preceeding the upload file was too large.")
                        .detail("MaxPostPreDataLengthBytes", Long.toString(countLimit));
            }
        }
    }

    private int indexOfDelimiter() {
        int last = limit - delimiter.length;
        outer:
        for (int i = pos; i <= last; i++) {
            if (buf[i] != '\r') {
                continue;
            }
            for (int j = 1; j < delimiter.length; j++) {
                if (buf[i + j] != delimiter[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static S3Exception malformed(String why) {
        return new S3Exception(S3ErrorCode.MALFORMED_POST_REQUEST).explain("malformed multipart/form-data: " + why);
    }

    /** The content of one part; ends (returns -1) at the delimiter after it. Counts what it delivers. */
    final class PartStream extends InputStream {

        private boolean ended;
        private int boundaryAt = -1;
        private int safeEnd;
        private long delivered;

        /** Bytes of content delivered so far. */
        long delivered() {
            return delivered;
        }

        /** Whether the delimiter after the content was reached. */
        boolean ended() {
            return ended;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            if (ended) {
                return -1;
            }
            if (length == 0) {
                return 0;
            }
            if (pos >= safeEnd && boundaryAt != pos) {
                scan();
            }
            if (boundaryAt == pos) {
                consume(delimiter.length);
                ended = true;
                return -1;
            }
            int n = Math.min(length, safeEnd - pos);
            System.arraycopy(buf, pos, bytes, offset, n);
            consume(n);
            delivered += n;
            return n;
        }

        private void scan() throws IOException {
            fill(SCAN_WINDOW); // or to the body's end: either way the delimiter is found whole

            boundaryAt = indexOfDelimiter();
            if (boundaryAt >= 0) {
                safeEnd = boundaryAt;
            } else if (eof) {
                throw malformed("the body ends inside a part, without a closing boundary");
            } else {
                safeEnd = limit - delimiter.length + 1;
            }
        }
    }
}
