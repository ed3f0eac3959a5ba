package dev.pail.internal.events;

import dev.pail.events.S3Event;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The event notifications a server produced, in order, bounded; listeners receive each on one
 * delivery thread, in order, as a destination would (never on the request's thread). Thread-safe.
 */
public final class EventLog {

    private final int capacity;
    private final List<S3Event> events = new ArrayList<>();
    private final List<Consumer<S3Event>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicLong sequence = new AtomicLong(System.currentTimeMillis() << 16);
    private final ExecutorService delivery = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "pail-event-delivery");
        thread.setDaemon(true);
        return thread;
    });

    /** A log that keeps at most {@code capacity} events (the oldest are dropped). */
    public EventLog(int capacity) {
        this.capacity = capacity;
    }

    /** The next sequencer: 18 hex digits, increasing, so that later changes compare greater. */
    public String nextSequencer() {
        return String.format("%018X", sequence.incrementAndGet());
    }

    /** Records an event and hands it to the listeners. */
    public void add(S3Event event) {
        synchronized (events) {
            events.add(event);
            if (events.size() > capacity) {
                events.remove(0);
            }
            events.notifyAll();
        }
        for (Consumer<S3Event> listener : listeners) {
            delivery.execute(() -> listener.accept(event));
        }
    }

    /** Every event kept, oldest first. */
    public List<S3Event> all() {
        synchronized (events) {
            return List.copyOf(events);
        }
    }

    /** Waits for an event that matches, kept or to come. */
    public Optional<S3Event> await(Predicate<S3Event> condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (events) {
            while (true) {
                Optional<S3Event> found = events.stream().filter(condition).findFirst();
                long left = deadline - System.nanoTime();
                if (found.isPresent() || left <= 0) {
                    return found;
                }
                TimeUnit.NANOSECONDS.timedWait(events, left);
            }
        }
    }

    /** Registers a listener; closing the returned handle removes it. */
    public AutoCloseable listen(Consumer<S3Event> listener) {
        Objects.requireNonNull(listener, "listener");
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Forgets the events (listeners stay). */
    public void clear() {
        synchronized (events) {
            events.clear();
        }
    }

    /** Stops the delivery thread. */
    public void close() {
        delivery.shutdownNow();
    }
}
