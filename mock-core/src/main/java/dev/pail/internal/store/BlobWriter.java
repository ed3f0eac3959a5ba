package dev.pail.internal.store;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Fills a {@link Blob} from a stream, chunk by chunk, without ever holding the object in one array.
 *
 * <p>Chunks are at most {@value #MAX_CHUNK} bytes: well under half of the smallest G1 region
 * (1 MiB), so no chunk is ever a humongous object, whatever the heap size, and a stored byte costs
 * about one byte of heap. When the size is known up front the chunks are sized exactly; otherwise
 * they grow from small to the maximum and the last one is trimmed.
 *
 * <p>Every chunk is counted against the budget from its allocation. The finished blob is held once
 * by the caller, who releases it ({@link Blob#release()}) after the store took its own hold, or when
 * the upload failed; {@link #discard()} gives back what a writer that never finished holds.
 */
public final class BlobWriter {

    /** The largest chunk allocated. */
    public static final int MAX_CHUNK = 256 << 10;
    private static final int FIRST_UNKNOWN_CHUNK = 8 << 10;

    private final List<Blob.Segment> chunks = new ArrayList<>();
    private final MemoryBudget budget;
    private long remainingHint;
    private Chunk current;
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
            int n = Math.min(length, room());
            System.arraycopy(bytes, offset, current.bytes(), used, n);
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
            if (remainingHint == 0 && (current == null || room() == 0)) {
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
            int n = in.read(current.bytes(), used, room());
            if (n < 0) {
                return;
            }
            sink.accept(current.bytes(), used, n);
            advance(n);
        }
    }

    /** The finished blob, held once by the caller; the writer must not be used afterwards. */
    public Blob toBlob() {
        flushCurrent();
        return Blob.ofSegments(chunks);
    }

    /**
     * The bytes written so far, as a view that does not hold them (for a record of a failed
     * upload, taken before {@link #discard()}).
     */
    public Blob written() {
        List<Blob.Segment> all = new ArrayList<>(chunks);
        if (current != null && used > 0) {
            all.add(new Blob.Segment(current, 0, used));
        }
        return Blob.ofSegments(all);
    }

    /** Gives back every chunk written so far; the writer must not be used afterwards. */
    public void discard() {
        if (current != null) {
            current.release();
            current = null;
        }
        for (Blob.Segment segment : chunks) {
            segment.chunk().release();
        }
        chunks.clear();
    }

    private int room() {
        return current.bytes().length - used;
    }

    private void advance(int n) {
        used += n;
        size += n;
        if (remainingHint > 0) {
            remainingHint = Math.max(0, remainingHint - n);
        }
    }

    private void ensureRoom() {
        if (current != null && room() > 0) {
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
        current = Chunk.allocate(length, budget);
        used = 0;
    }

    private void flushCurrent() {
        if (current == null) {
            return;
        }
        Chunk kept = current;
        current = null;
        if (used == 0) {
            kept.release();
            return;
        }
        if (used < kept.bytes().length) {
            Chunk trimmed;
            try {
                trimmed = Chunk.allocate(used, budget);
            } catch (RuntimeException e) {
                kept.release();
                throw e;
            }
            System.arraycopy(kept.bytes(), 0, trimmed.bytes(), 0, used);
            kept.release();
            kept = trimmed;
        }
        chunks.add(new Blob.Segment(kept, 0, used));
        used = 0;
    }

    /** Receives each range of bytes as it is read. */
    @FunctionalInterface
    public interface ByteSink {
        /** Called with bytes just read; the range must not be kept. */
        void accept(byte[] bytes, int offset, int length) throws IOException;
    }
}
