package dev.pail.internal.store;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A cap on the object bytes the store holds, so that filling it gives a clear error rather than an
 * {@link OutOfMemoryError}. Bytes are counted exactly while something the store serves holds them:
 * every stored chunk is reserved here when it is allocated and released when its last holder (an
 * object version, a multipart part, an upload still being verified) lets go, so a delete, an
 * overwrite, an abort or a reset gives its capacity back at once, without waiting for the garbage
 * collector. Thread-safe and lock-free.
 */
public final class MemoryBudget {

    private final long limit;
    private final AtomicLong used = new AtomicLong();

    /** @param limit the most bytes held at once */
    public MemoryBudget(long limit) {
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        this.limit = limit;
    }

    /** The cap. */
    public long limit() {
        return limit;
    }

    /** The bytes counted now. */
    public long used() {
        return used.get();
    }

    /** The bytes that can still be reserved now. */
    public long available() {
        return Math.max(0, limit - used.get());
    }

    /**
     * A new zeroed array of {@code length} bytes, counted against the cap. An allocation the JVM
     * itself cannot satisfy (its heap is exhausted before the cap is reached) is refused the same way.
     *
     * @throws StoreException with {@link StoreException.Reason#INSUFFICIENT_CAPACITY} when it does not fit
     */
    public byte[] allocate(int length) {
        reserve(length);
        try {
            return new byte[length];
        } catch (OutOfMemoryError e) {
            release(length);
            throw new StoreException(StoreException.Reason.INSUFFICIENT_CAPACITY,
                    "The JVM's heap is exhausted: Pail's in-memory store holds " + used.get() + " bytes (limit "
                            + limit + " bytes, Pail.builder().maxStoredBytes(...)); give the JVM more heap (-Xmx) "
                            + "or Pail a lower limit");
        }
    }

    /**
     * Counts {@code length} more bytes.
     *
     * @throws StoreException with {@link StoreException.Reason#INSUFFICIENT_CAPACITY} when they do not fit
     */
    public void reserve(long length) {
        while (true) {
            long current = used.get();
            if (current + length > limit) {
                throw full(length);
            }
            if (used.compareAndSet(current, current + length)) {
                return;
            }
        }
    }

    /** Counts {@code length} bytes fewer. */
    public void release(long length) {
        long after = used.addAndGet(-length);
        assert after >= 0 : "released more than reserved";
    }

    /**
     * Fails unless {@code length} bytes could be reserved now (for a body whose length is announced,
     * before a byte of it is read).
     */
    public void checkRoomFor(long length) {
        if (length > available()) {
            throw full(length);
        }
    }

    private StoreException full(long length) {
        return new StoreException(StoreException.Reason.INSUFFICIENT_CAPACITY,
                "Pail's in-memory store is full: it holds " + used.get() + " bytes, its limit is " + limit
                        + " bytes and " + length + " more were asked for (Pail.builder().maxStoredBytes(...))");
    }
}
