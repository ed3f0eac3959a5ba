package dev.pail.internal.protocol;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Random;

/**
 * Serves bytes in small fragments, as a network stream may, and counts how it is read. The
 * single-byte {@link #read()} fails the test: the decoder must read in bulk.
 */
final class FragmentingInputStream extends InputStream {

    private final ByteArrayInputStream source;
    private final Random random;
    private final int maxFragment;
    private int bulkReads;
    private boolean closed;

    private FragmentingInputStream(byte[] bytes, Random random, int maxFragment) {
        this.source = new ByteArrayInputStream(bytes);
        this.random = random;
        this.maxFragment = maxFragment;
    }

    /** Every read returns everything asked for that is left. */
    static FragmentingInputStream whole(byte[] bytes) {
        return new FragmentingInputStream(bytes, null, Integer.MAX_VALUE);
    }

    /** Every read returns at most one byte. */
    static FragmentingInputStream oneByteAtATime(byte[] bytes) {
        return new FragmentingInputStream(bytes, null, 1);
    }

    /** Every read returns between 1 and {@code maxFragment} bytes, sized by a seeded random. */
    static FragmentingInputStream randomFragments(byte[] bytes, long seed, int maxFragment) {
        return new FragmentingInputStream(bytes, new Random(seed), maxFragment);
    }

    @Override
    public int read() {
        throw new AssertionError("the decoder read a single byte from the underlying stream");
    }

    @Override
    public int read(byte[] b, int off, int len) {
        bulkReads++;
        if (len == 0) {
            return 0;
        }
        int fragment = random == null ? maxFragment : 1 + random.nextInt(maxFragment);
        return source.read(b, off, Math.min(len, fragment));
    }

    @Override
    public void close() throws IOException {
        closed = true;
    }

    /** The number of calls to {@link #read(byte[], int, int)}. */
    int bulkReads() {
        return bulkReads;
    }

    boolean isClosed() {
        return closed;
    }
}
