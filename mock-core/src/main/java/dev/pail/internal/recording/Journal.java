package dev.pail.internal.recording;

import dev.pail.recording.RecordedRequest;
import dev.pail.recording.RecordedRequests;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The request journal: every request in the order it arrived, bounded in entries and in bytes.
 *
 * <p>Past its byte budget the journal first forgets the captured bodies of the oldest requests
 * (keeping the entries), and only then whole entries, oldest first; past its entry capacity it
 * drops the oldest entries. Dropped entries are counted.
 *
 * <p>Each request is numbered when it arrives ({@link Generation#open()}); a {@link #reset()} starts a new
 * generation, and a request that arrived before it is never recorded after it, so a reset is a wall
 * between tests. {@link #take(Duration)} hands out recorded requests in the order they completed.
 * Thread-safe.
 */
public final class Journal {

    private final int capacity;
    private final long maxBytes;
    private volatile Generation generation = new Generation();
    private final JournalEntries entries = new JournalEntries();
    private final ArrayDeque<Long> untaken = new ArrayDeque<>();

    /**
     * @param capacity the most requests kept
     * @param maxBytes the most bytes (captured bodies and an estimate of each entry's own size) kept
     */
    public Journal(int capacity, long maxBytes) {
        if (capacity < 1) {
            throw new IllegalArgumentException("journal capacity must be positive: " + capacity);
        }
        if (maxBytes < 1) {
            throw new IllegalArgumentException("journal byte budget must be positive: " + maxBytes);
        }
        this.capacity = capacity;
        this.maxBytes = maxBytes;
    }

    /** The generation requests arriving now belong to (a new one after every {@link #reset()}). */
    public Generation generation() {
        return generation;
    }

    /**
     * Adds a finished request, unless the journal was reset since it arrived.
     *
     * @return whether it was recorded
     */
    public synchronized boolean record(Ticket ticket, RecordedRequest request) {
        if (ticket.generation != generation) {
            return false;
        }
        int bodyBytes = request.bodyData().remaining();
        entries.insert(request, Weights.entry(request), bodyBytes);
        untaken.addLast(request.sequence());
        enforceLimits();
        notifyAll();
        return true;
    }

    private void enforceLimits() {
        while (entries.size() > capacity) {
            entries.dropOldest();
        }
        while (entries.bytes() > maxBytes && entries.dropOldestBody(RecordedRequest::withoutBody)) {
            // bodies go first
        }
        while (entries.bytes() > maxBytes && entries.size() > 1) {
            entries.dropOldest();
        }
        while (untaken.size() > capacity) {
            untaken.removeFirst();
        }
    }


    /** A snapshot of every recorded request, in order of arrival. */
    public synchronized RecordedRequests snapshot() {
        return RecordedRequests.of(entries.requests(), entries.dropped());
    }

    /** The bytes the journal holds now, by its estimate (for tests and benchmarks). */
    public synchronized long bytes() {
        return entries.bytes();
    }

    /**
     * The oldest request not yet taken, in order of completion, waiting up to {@code timeout} for
     * one to complete.
     */
    public synchronized Optional<RecordedRequest> take(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            while (!untaken.isEmpty()) {
                Optional<RecordedRequest> next = entries.find(untaken.removeFirst());
                if (next.isPresent()) {
                    return next;
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return Optional.empty();
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    /**
     * Waits up to {@code timeout} for a recorded request that satisfies {@code condition}, looking
     * first at those already recorded.
     */
    public synchronized Optional<RecordedRequest> await(Predicate<RecordedRequest> condition,
                                                        Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Generation waitingIn = generation;
        while (true) {
            for (RecordedRequest request : entries.requests()) {
                if (condition.test(request)) {
                    return Optional.of(request);
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0 || waitingIn != generation) {
                return Optional.empty();
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    /** Forgets every request and restarts the numbering; requests in flight are never recorded. */
    public synchronized void reset() {
        generation = new Generation();
        entries.clear();
        untaken.clear();
        notifyAll();
    }

    /** One generation of the journal, between two resets, and its numbering. */
    public static final class Generation {
        private final AtomicLong sequence = new AtomicLong();

        private Generation() {
        }

        /** A ticket for a request that just arrived: this generation and the request's number in it. */
        public Ticket open() {
            return new Ticket(this, sequence.incrementAndGet());
        }
    }

    /** Where a request belongs in the journal: the generation it arrived in and its number there. */
    public static final class Ticket {
        private final Generation generation;
        private final long sequence;

        private Ticket(Generation generation, long sequence) {
            this.generation = generation;
            this.sequence = sequence;
        }

        /** A ticket outside any journal (for requests handled without a server). */
        public static Ticket detached() {
            return new Ticket(new Generation(), 0);
        }

        /** The request's number. */
        public long sequence() {
            return sequence;
        }
    }

    /** What a recorded request costs, roughly, in heap bytes. */
    static final class Weights {
        private static final int ENTRY = 1024;
        private static final int PER_STRING = 64;

        private Weights() {
        }

        static long entry(RecordedRequest request) {
            long weight = ENTRY + request.rawPath().length() + request.bodyData().remaining();
            for (var header : request.headers().entrySet()) {
                weight += PER_STRING + header.getKey().length();
                for (String value : header.getValue()) {
                    weight += PER_STRING + value.length();
                }
            }
            for (var parameter : request.query().entrySet()) {
                weight += PER_STRING + parameter.getKey().length();
                for (String value : parameter.getValue()) {
                    weight += PER_STRING + value.length();
                }
            }
            return weight;
        }
    }
}
