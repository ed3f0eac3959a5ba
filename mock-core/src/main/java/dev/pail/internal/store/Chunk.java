package dev.pail.internal.store;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * One array of stored bytes and how many holders reference it: object versions, multipart parts
 * and the writer that is still filling or verifying it. A chunk is counted against its
 * {@link MemoryBudget} exactly while it has a holder; the last release gives its bytes back at
 * once. A chunk with no budget (small documents, tests) counts nothing.
 *
 * <p>Arrays are never reused, so a reader that still streams a released chunk reads intact bytes;
 * the collector frees them when the last reader is done.
 */
final class Chunk {

    private final byte[] bytes;
    private final MemoryBudget budget;
    private final AtomicInteger holders;

    private Chunk(byte[] bytes, MemoryBudget budget, int holders) {
        this.bytes = bytes;
        this.budget = budget;
        this.holders = new AtomicInteger(holders);
    }

    /** A chunk over an array nobody counts (it belongs to the caller, who must not change it). */
    static Chunk unaccounted(byte[] bytes) {
        return new Chunk(bytes, null, 1);
    }

    /**
     * A new array of {@code length} bytes, already counted against the budget and held once, by its
     * writer.
     *
     * @throws StoreException with {@link StoreException.Reason#INSUFFICIENT_CAPACITY} when it does not fit
     */
    static Chunk allocate(int length, MemoryBudget budget) {
        return budget == null ? new Chunk(new byte[length], null, 1) : new Chunk(budget.allocate(length), budget, 1);
    }

    byte[] bytes() {
        return bytes;
    }

    /**
     * Adds a holder. A chunk whose holders all let go (a copy source deleted meanwhile) is counted
     * again first, which may fail like an allocation.
     */
    void retain() {
        while (true) {
            int current = holders.get();
            if (current == 0 && budget != null) {
                budget.reserve(bytes.length);
                if (holders.compareAndSet(0, 1)) {
                    return;
                }
                budget.release(bytes.length);
                continue;
            }
            if (holders.compareAndSet(current, current + 1)) {
                return;
            }
        }
    }

    /** Removes a holder; the last one gives the bytes back to the budget. */
    void release() {
        int left = holders.decrementAndGet();
        assert left >= 0 : "chunk released more often than retained";
        if (left == 0 && budget != null) {
            budget.release(bytes.length);
        }
    }
}
