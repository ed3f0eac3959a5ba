package dev.pail.internal.store;

import java.lang.ref.PhantomReference;
import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A cap on the bytes the store holds, so that filling it gives a clear error rather than an
 * {@link OutOfMemoryError}. Every chunk array is allocated here and counted until the garbage
 * collector finds it unreachable; shared chunks (copies, completed multipart uploads) are counted
 * once, and deleted or aborted data stops counting as soon as it is collected. When the cap would be
 * exceeded the budget asks for a collection, reclaims what it freed, and only then refuses.
 *
 * <p>What a collection freed is found by asking each tracked reference whether the collector
 * cleared it, not only by waiting for the JVM's reference-handler thread to queue it: on a busy
 * machine that thread can lag the collection by hundreds of milliseconds, and an upload would be
 * refused for memory that was already free. One thread collects at a time; threads that waited
 * for it reuse its collection instead of each starting another.
 */
public final class MemoryBudget {

    private static final long RECLAIM_WAIT_MILLIS = 200;

    private final long limit;
    private final long reclaimWaitMillis;
    private final AtomicLong used = new AtomicLong();
    private final ReferenceQueue<byte[]> collected = new ReferenceQueue<>();
    private final Set<Chunk> live = ConcurrentHashMap.newKeySet();
    private final AtomicLong collections = new AtomicLong();

    /** @param limit the most bytes held at once */
    public MemoryBudget(long limit) {
        this(limit, RECLAIM_WAIT_MILLIS);
    }

    /**
     * @param limit             the most bytes held at once
     * @param reclaimWaitMillis how long a refused allocation waits, after its collection, for the
     *                          reference queue to deliver what a concurrent collector freed
     */
    MemoryBudget(long limit, long reclaimWaitMillis) {
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        this.limit = limit;
        this.reclaimWaitMillis = reclaimWaitMillis;
    }

    /** A budget of a share of the JVM's maximum heap. */
    public static MemoryBudget shareOfHeap(double share) {
        return new MemoryBudget((long) (Runtime.getRuntime().maxMemory() * share));
    }

    /** The cap. */
    public long limit() {
        return limit;
    }

    /** The bytes counted now (including data that is unreachable but not yet collected). */
    public long used() {
        reclaim();
        return used.get();
    }

    /**
     * A new zeroed array of {@code length} bytes, counted against the cap.
     *
     * @throws StoreException with {@link StoreException.Reason#INSUFFICIENT_CAPACITY} when it does not fit
     */
    public byte[] allocate(int length) {
        reclaim();
        if (!reserve(length) && !collectAndReserve(length, collections.get())) {
            throw new StoreException(StoreException.Reason.INSUFFICIENT_CAPACITY,
                    "Pail's in-memory store is full: it holds " + used.get() + " bytes and its limit is " + limit
                            + " bytes (Pail.builder().maxStoredBytes(...))");
        }
        byte[] array = new byte[length];
        live.add(new Chunk(array, length, collected));
        return array;
    }

    private boolean reserve(long length) {
        while (true) {
            long current = used.get();
            if (current + length > limit) {
                return false;
            }
            if (used.compareAndSet(current, current + length)) {
                return true;
            }
        }
    }

    /**
     * Reserves after a garbage collection that started after this thread found the cap reached:
     * one another thread ran while this one waited for the lock, or else a new one.
     *
     * @param seen how many collections had started when this thread found the cap reached
     */
    private synchronized boolean collectAndReserve(long length, long seen) {
        reclaimCleared();
        if (reserve(length)) {
            return true;
        }
        if (collections.get() != seen) {
            return false;
        }
        collections.incrementAndGet();
        System.gc();
        reclaimCleared();
        return reserve(length) || reclaimWaiting(length);
    }

    /** Releases every chunk the collector has cleared, queued yet or not. */
    private void reclaimCleared() {
        reclaim();
        for (Chunk chunk : live) {
            if (chunk.refersTo(null)) {
                release(chunk);
            }
        }
    }

    /** Waits a little for references a concurrent collector clears after {@code System.gc()} returned. */
    private boolean reclaimWaiting(long length) {
        long deadline = System.nanoTime() + reclaimWaitMillis * 1_000_000;
        while (true) {
            reclaim();
            if (reserve(length)) {
                return true;
            }
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                return false;
            }
            try {
                Reference<? extends byte[]> next = collected.remove(left);
                if (next instanceof Chunk chunk) {
                    release(chunk);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    private void reclaim() {
        Reference<? extends byte[]> next;
        while ((next = collected.poll()) != null) {
            if (next instanceof Chunk chunk) {
                release(chunk);
            }
        }
    }

    private void release(Chunk chunk) {
        if (live.remove(chunk)) {
            used.addAndGet(-chunk.length);
        }
    }

    /** Tracks one array until it is collected. */
    private static final class Chunk extends PhantomReference<byte[]> {
        private final long length;

        Chunk(byte[] array, long length, ReferenceQueue<byte[]> queue) {
            super(array, queue);
            this.length = length;
        }
    }
}
