package dev.pail.internal.store;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Fills a {@link Blob} from a stream, chunk by chunk, without ever holding the object in one array.
 *
 * <p>Chunks are at most {@value #MAX_CHUNK} bytes. When the size is known up front the chunks are
 * sized exactly; otherwise they grow from small to the maximum and the last one is trimmed, so a
 * stored byte costs little more than one byte of heap.
 */
public final class BlobWriter {

    /** The largest chunk allocated. */
    public static final int MAX_CHUNK = 1 << 20;
    private static final int FIRST_UNKNOWN_CHUNK = 8 << 10;

    private final List<Blob.Segment> chunks = new ArrayList<>();
    private final MemoryBudget budget;
    private long remainingHint;
    private byte[] current;
    private int used;
    private long size;

    /**
     * @param expectedSize the number of bytes expected, or -1 when unknown
     */
    public BlobWriter(long expectedSize) {
        this(expectedSize, null);
    }

    /**
     * @param expectedSize the number of bytes expected, or -1 when unknown
     * @param budget       the cap every chunk is counted against, or null for none
     */
    public BlobWriter(long expectedSize, MemoryBudget budget) {
        this.remainingHint = expectedSize;
        this.budget = budget;
    }

    /** Bytes written so far. */
    public long size() {
        return size;
    }

    /** Appends bytes. */
    public void write(byte[] bytes, int offset, int length) {
        while (length > 0) {
            ensureRoom();
            int n = Math.min(length, current.length - used);
            System.arraycopy(bytes, offset, current, used, n);
            advance(n);
            offset += n;
            length -= n;
        }
    }

    /**
     * Reads {@code in} to its end straight into the chunks, handing each read range to {@code sink}
     * (for digests) as it arrives.
     */
    public void readFrom(InputStream in, ByteSink sink) throws IOException {
        byte[] probe = new byte[1];
        while (true) {
            if (remainingHint == 0 && (current == null || used == current.length)) {
                // All announced bytes arrived: look for the end without allocating another chunk.
                int n = in.read(probe, 0, 1);
                if (n < 0) {
                    return;
                }
                if (n == 0) {
                    continue;
                }
                sink.accept(probe, 0, 1);
                write(probe, 0, 1);
                continue;
            }
            ensureRoom();
            int n = in.read(current, used, current.length - used);
            if (n < 0) {
                return;
            }
            sink.accept(current, used, n);
            advance(n);
        }
    }

    /** The finished blob; the writer must not be used afterwards. */
    public Blob toBlob() {
        flushCurrent();
        return Blob.ofSegments(chunks);
    }

    private void advance(int n) {
        used += n;
        size += n;
        if (remainingHint > 0) {
            remainingHint = Math.max(0, remainingHint - n);
        }
    }

    private void ensureRoom() {
        if (current != null && used < current.length) {
            return;
        }
        flushCurrent();
        int length;
        if (remainingHint > 0) {
            length = (int) Math.min(MAX_CHUNK, remainingHint);
        } else if (remainingHint == 0) {
            length = FIRST_UNKNOWN_CHUNK; // more than announced arrived: keep going in small chunks
        } else {
            length = (int) Math.min(MAX_CHUNK, Math.max(FIRST_UNKNOWN_CHUNK, size));
        }
        current = allocate(length);
        used = 0;
    }

    private void flushCurrent() {
        if (current == null || used == 0) {
            current = null;
            return;
        }
        byte[] kept = current;
        if (used < current.length) {
            kept = allocate(used);
            System.arraycopy(current, 0, kept, 0, used);
        }
        chunks.add(new Blob.Segment(kept, 0, used));
        current = null;
        used = 0;
    }

    private byte[] allocate(int length) {
        return budget == null ? new byte[length] : budget.allocate(length);
    }

    /** Receives each range of bytes as it is read. */
    @FunctionalInterface
    public interface ByteSink {
        /** Called with bytes just read; the range must not be kept. */
        void accept(byte[] bytes, int offset, int length) throws IOException;
    }
}
