package dev.pail.internal.protocol;

import dev.pail.internal.protocol.AwsChunkedFormatException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Decodes an {@code aws-chunked} request body (the framing of S3's streaming uploads, signed or
 * unsigned, with or without trailers) on the fly: reads return payload bytes only, never framing.
 *
 * <p>Strict where leniency could corrupt data: chunk data must be followed by exactly CRLF, every
 * line must end in CRLF, sizes must be valid hexadecimal, and a body that ends before the
 * terminating chunk or inside the trailer section fails with {@link Reason#TRUNCATED}. Lenient
 * where real clients differ: hexadecimal in either case, unknown chunk extensions, blanks around
 * trailer names and values, and a body that ends right after the terminating {@code 0} chunk
 * header without the final empty line. Errors are sticky: once a read failed, every later one
 * throws the same exception. Not thread-safe.
 */
public final class AwsChunkedInputStream extends InputStream {

    /** The most trailer lines accepted. */
    static final int MAX_TRAILERS = 32;

    private enum State { HEADER, DATA, DATA_CRLF, TRAILER, DONE }

    private final InputStream encoded;
    private final AwsChunkedBuffer buffer;
    private final ChunkListener listener;
    private final Map<String, String> trailers = new LinkedHashMap<>();
    private final Map<String, String> trailersView = Collections.unmodifiableMap(trailers);
    private final byte[] single = new byte[1];
    private State state = State.HEADER;
    private long chunkRemaining;
    private long decodedLength;
    private AwsChunkedFormatException failure;
    private boolean closed;

    /** @param encoded the body as received, after any HTTP transfer decoding */
    public AwsChunkedInputStream(InputStream encoded) {
        this(encoded, ChunkListener.NONE);
    }

    /**
     * @param encoded  the body as received, after any HTTP transfer decoding
     * @param listener told of each chunk header as it is decoded
     */
    public AwsChunkedInputStream(InputStream encoded, ChunkListener listener) {
        this.encoded = Objects.requireNonNull(encoded, "encoded");
        this.buffer = new AwsChunkedBuffer(encoded);
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /**
     * Reads one payload byte.
     *
     * @return the byte, or -1 at the end of the payload
     * @throws AwsChunkedFormatException if the framing is malformed or the body ends too early
     */
    @Override
    public int read() throws IOException {
        return read(single, 0, 1) < 0 ? -1 : single[0] & 0xff;
    }

    /**
     * Reads payload bytes, at most up to the end of the current chunk.
     *
     * @return the number of bytes read, or -1 once the terminating chunk and the trailer section
     *     have been consumed
     * @throws AwsChunkedFormatException if the framing is malformed or the body ends too early
     */
    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        ensureUsable();
        if (len == 0) {
            return 0;
        }
        try {
            while (true) {
                switch (state) {
                    case HEADER -> readChunkHeader();
                    case DATA -> {
                        return readData(b, off, len);
                    }
                    case DATA_CRLF -> {
                        buffer.readCrlf();
                        state = State.HEADER;
                    }
                    case TRAILER -> readTrailerLine();
                    default -> {
                        return -1;
                    }
                }
            }
        } catch (AwsChunkedFormatException e) {
            failure = e;
            throw e;
        }
    }

    /** The payload bytes of the current chunk that are buffered and can be read without blocking. */
    @Override
    public int available() throws IOException {
        ensureUsable();
        return state == State.DATA ? (int) Math.min(chunkRemaining, buffer.buffered()) : 0;
    }

    /** Closes the underlying stream. */
    @Override
    public void close() throws IOException {
        closed = true;
        encoded.close();
    }

    /**
     * The trailers, by lower-cased name, with trimmed values; includes
     * {@code x-amz-trailer-signature} when sent. Complete only once {@link #isComplete()}.
     *
     * @return an unmodifiable view
     */
    public Map<String, String> trailers() {
        return trailersView;
    }

    /** The number of payload bytes returned so far. */
    public long decodedLength() {
        return decodedLength;
    }

    /** Whether the terminating chunk and the trailer section have been consumed. */
    public boolean isComplete() {
        return state == State.DONE;
    }

    private void ensureUsable() throws IOException {
        if (closed) {
            throw new IOException("Stream closed");
        }
        if (failure != null) {
            throw failure;
        }
    }

    private void readChunkHeader() throws IOException {
        AwsChunkedSyntax.ChunkHeader header = AwsChunkedSyntax.parseChunkHeader(buffer.readLine("chunk header", false));
        listener.onChunk(header.size(), header.signature());
        chunkRemaining = header.size();
        state = header.size() == 0 ? State.TRAILER : State.DATA;
    }

    private int readData(byte[] b, int off, int len) throws IOException {
        int n = buffer.read(b, off, (int) Math.min(len, chunkRemaining));
        if (n < 0) {
            throw new AwsChunkedFormatException(Reason.TRUNCATED, "body ended inside chunk data, "
                + chunkRemaining + " bytes short (after " + decodedLength + " payload bytes)");
        }
        listener.onData(b, off, n);
        chunkRemaining -= n;
        decodedLength += n;
        if (chunkRemaining == 0) {
            state = State.DATA_CRLF;
        }
        return n;
    }

    /** Reads one line of the trailer section; the empty line, or the body's end before any trailer, ends it. */
    private void readTrailerLine() throws IOException {
        String line = buffer.readLine("trailer line", trailers.isEmpty());
        if (line == null) {
            end();
        } else if (line.isEmpty()) {
            if (!buffer.atEnd()) {
                throw new AwsChunkedFormatException(Reason.TRAILING_DATA, "bytes after the end of the trailer section");
            }
            end();
        } else {
            addTrailer(AwsChunkedSyntax.parseTrailer(line));
        }
    }

    private void end() {
        state = State.DONE;
        listener.onEnd(trailersView);
    }

    private void addTrailer(Map.Entry<String, String> trailer) throws AwsChunkedFormatException {
        if (trailers.size() == MAX_TRAILERS) {
            throw new AwsChunkedFormatException(Reason.MALFORMED_TRAILER, "more than " + MAX_TRAILERS + " trailers");
        }
        if (trailers.putIfAbsent(trailer.getKey(), trailer.getValue()) != null) {
            throw new AwsChunkedFormatException(Reason.MALFORMED_TRAILER, "repeated trailer " + trailer.getKey());
        }
    }
}
