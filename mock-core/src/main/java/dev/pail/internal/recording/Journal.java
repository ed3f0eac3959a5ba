package dev.pail.internal.recording;

import dev.pail.recording.RecordedRequest;
import dev.pail.recording.RecordedRequests;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The request journal: every request in the order it completed, up to a capacity (the oldest are
 * dropped beyond it and counted), plus a queue of requests not yet taken by {@link #take(Duration)}.
 * Thread-safe.
 */
public final class Journal {

    private final int capacity;
    private final AtomicLong sequence = new AtomicLong();
    private final ArrayDeque<RecordedRequest> entries = new ArrayDeque<>();
    private final ArrayDeque<RecordedRequest> untaken = new ArrayDeque<>();
    private long dropped;

    /** @param capacity the most requests kept */
    public Journal(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("journal capacity must be positive: " + capacity);
        }
        this.capacity = capacity;
    }

    /** The next arrival number. */
    public long nextSequence() {
        return sequence.incrementAndGet();
    }

    /** Adds a finished request. */
    public synchronized void record(RecordedRequest request) {
        entries.addLast(request);
        untaken.addLast(request);
        if (entries.size() > capacity) {
            entries.removeFirst();
            dropped++;
        }
        if (untaken.size() > capacity) {
            untaken.removeFirst();
        }
        notifyAll();
    }

    /** A snapshot of every recorded request. */
    public synchronized RecordedRequests snapshot() {
        return RecordedRequests.of(new ArrayList<>(entries), dropped);
    }

    /**
     * The oldest request not yet taken, waiting up to {@code timeout} for one to complete.
     *
     * @return the request, or null when none completed in time
     */
    public synchronized RecordedRequest take(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (untaken.isEmpty()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return null;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return untaken.removeFirst();
    }

    /** Forgets every request and restarts the numbering. */
    public synchronized void reset() {
        entries.clear();
        untaken.clear();
        dropped = 0;
        sequence.set(0);
    }
}
