package dev.pail.internal.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Immutable bytes held as a list of segments of shared chunks.
 *
 * <p>Slicing and concatenation reference the same chunks, so ranged reads and multipart
 * completion never copy object bytes. The arrays are never written after a blob is built.
 *
 * <p>Whoever keeps a blob in the store holds its chunks: {@link #retain()} when it starts to,
 * {@link #release()} when it stops, so the {@link MemoryBudget} counts exactly what is held. A blob
 * fresh from a {@link BlobWriter} is held once, by the writer's caller.
 */
public final class Blob {

    /** A blob of no bytes. */
    public static final Blob EMPTY = new Blob(new Segment[0], 0);

    private final Segment[] segments;
    private final long size;

    private Blob(Segment[] segments, long size) {
        this.segments = segments;
        this.size = size;
    }

    /** Wraps an array without copying it; the caller must not change it afterwards. */
    public static Blob wrap(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        return bytes.length == 0 ? EMPTY
                : new Blob(new Segment[] {new Segment(Chunk.unaccounted(bytes), 0, bytes.length)}, bytes.length);
    }

    static Blob ofSegments(List<Segment> segments) {
        long total = 0;
        for (Segment segment : segments) {
            total += segment.length();
        }
        return total == 0 ? EMPTY : new Blob(segments.toArray(new Segment[0]), total);
    }

    /** Joins blobs end to end without copying their bytes. */
    public static Blob concat(List<Blob> parts) {
        List<Segment> all = new ArrayList<>();
        for (Blob part : parts) {
            all.addAll(List.of(part.segments));
        }
        return ofSegments(all);
    }

    /** The number of bytes. */
    public long size() {
        return size;
    }

    /** The bytes from {@code offset} (inclusive) for {@code length} bytes, sharing this blob's arrays. */
    public Blob slice(long offset, long length) {
        if (offset < 0 || length < 0 || offset > size || length > size - offset) {
            throw new IndexOutOfBoundsException("slice " + offset + "+" + length + " of " + size);
        }
        if (offset == 0 && length == size) {
            return this;
        }
        List<Segment> out = new ArrayList<>();
        long position = 0;
        long end = offset + length;
        for (Segment segment : segments) {
            long segmentEnd = position + segment.length();
            if (segmentEnd > offset && position < end) {
                int from = (int) (Math.max(offset, position) - position);
                int to = (int) (Math.min(end, segmentEnd) - position);
                out.add(new Segment(segment.chunk(), segment.offset() + from, to - from));
            }
            position = segmentEnd;
            if (position >= end) {
                break;
            }
        }
        return ofSegments(out);
    }

    /**
     * A copy of the first {@code limit} bytes (or all, if fewer), sharing nothing with the stored
     * chunks, so that keeping it never keeps them.
     */
    public byte[] copyPrefix(int limit) {
        int length = (int) Math.min(Math.max(0, limit), size);
        byte[] copy = new byte[length];
        int filled = 0;
        for (int i = 0; i < segments.length && filled < length; i++) {
            Segment segment = segments[i];
            int n = Math.min(segment.length(), length - filled);
            System.arraycopy(segment.array(), segment.offset(), copy, filled, n);
            filled += n;
        }
        return copy;
    }

    /**
     * Adds a holder to every chunk. A chunk every holder had let go of is counted again first,
     * which may fail as an allocation does; then nothing is retained.
     *
     * @throws StoreException with {@link StoreException.Reason#INSUFFICIENT_CAPACITY} when a chunk no
     *                        longer fits
     */
    public void retain() {
        int done = 0;
        try {
            for (; done < segments.length; done++) {
                segments[done].chunk().retain();
            }
        } catch (RuntimeException e) {
            for (int i = 0; i < done; i++) {
                segments[i].chunk().release();
            }
            throw e;
        }
    }

    /** Removes a holder from every chunk; chunks nobody holds any more stop counting at once. */
    public void release() {
        for (Segment segment : segments) {
            segment.chunk().release();
        }
    }

    /** Read-only buffers over the segments, in order, without copying. */
    public List<ByteBuffer> buffers() {
        List<ByteBuffer> buffers = new ArrayList<>(segments.length);
        for (Segment segment : segments) {
            buffers.add(ByteBuffer.wrap(segment.array(), segment.offset(), segment.length()).asReadOnlyBuffer());
        }
        return buffers;
    }

    /** Writes every byte to {@code out}, segment by segment. */
    public void writeTo(OutputStream out) throws IOException {
        for (Segment segment : segments) {
            out.write(segment.array(), segment.offset(), segment.length());
        }
    }

    /** A stream over the bytes. */
    public InputStream openStream() {
        return new BlobInputStream(segments);
    }

    /** Copies the bytes into one new array; meant for small blobs and tests. */
    public byte[] toByteArray() {
        if (size > Integer.MAX_VALUE - 16) {
            throw new IllegalStateException("blob too large for one array: " + size);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) size);
        for (Segment segment : segments) {
            out.write(segment.array(), segment.offset(), segment.length());
        }
        return out.toByteArray();
    }

    /** The number of segments (for tests of the no-copy guarantees). */
    public int segmentCount() {
        return segments.length;
    }

    record Segment(Chunk chunk, int offset, int length) {
        byte[] array() {
            return chunk.bytes();
        }
    }

    private static final class BlobInputStream extends InputStream {
        private final Segment[] segments;
        private int index;
        private int position;

        BlobInputStream(Segment[] segments) {
            this.segments = segments;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            Objects.checkFromIndexSize(offset, length, buffer.length);
            while (index < segments.length && position == segments[index].length()) {
                index++;
                position = 0;
            }
            if (index == segments.length) {
                return -1;
            }
            Segment segment = segments[index];
            int n = Math.min(length, segment.length() - position);
            System.arraycopy(segment.array(), segment.offset() + position, buffer, offset, n);
            position += n;
            return n;
        }
    }
}
