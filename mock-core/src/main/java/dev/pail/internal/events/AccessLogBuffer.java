package dev.pail.internal.events;

import dev.pail.internal.events.AccessLogKeys.KeyFormat;
import dev.pail.internal.events.AccessLogKeys.LogTarget;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The access log records waiting for delivery, grouped by where they go; thread-safe.
 *
 * <p>Requests {@link #add add} records as they complete; a flusher periodically {@link #drain drains} the buffer
 * and writes each {@link LogBatch} as one log object. A batch holds the records of one {@link LogTarget} (which
 * includes the source bucket: S3 reports each source bucket in its own objects); for
 * {@link KeyFormat#PARTITIONED_EVENT_TIME} it holds those of one UTC day only, since such an object's key names
 * the day of its events, so one flush may give that target one object per day.
 *
 * <p>Memory is bounded: the buffer keeps at most {@link #maxRecords()} records; beyond that {@link #add} drops the
 * record and counts it ({@link #droppedCount()}), as S3 delivers logs on a best-effort basis. A flusher that wants
 * none dropped drains when {@link #size()} nears the bound.
 */
public final class AccessLogBuffer {

    /** The bound used by {@link #AccessLogBuffer()}. */
    public static final int DEFAULT_MAX_RECORDS = 10_000;

    private final int maxRecords;
    private final Map<BatchKey, Pending> pending = new LinkedHashMap<>();
    private int size;
    private long dropped;

    /** A buffer of at most {@value #DEFAULT_MAX_RECORDS} records. */
    public AccessLogBuffer() {
        this(DEFAULT_MAX_RECORDS);
    }

    /** A buffer of at most {@code maxRecords} records (at least 1). */
    public AccessLogBuffer(int maxRecords) {
        if (maxRecords < 1) {
            throw new IllegalArgumentException("maxRecords must be at least 1: " + maxRecords);
        }
        this.maxRecords = maxRecords;
    }

    /**
     * Adds a record for a target, formatted now ({@link AccessLogFormat#line}).
     *
     * @return {@code true} if kept, {@code false} if dropped because the buffer holds {@link #maxRecords()} records
     */
    public boolean add(LogTarget target, AccessLogEntry entry) {
        Objects.requireNonNull(target, "target");
        String line = AccessLogFormat.line(Objects.requireNonNull(entry, "entry"));
        BatchKey key = new BatchKey(target, eventDay(target, entry.time()));
        synchronized (this) {
            if (size >= maxRecords) {
                dropped++;
                return false;
            }
            pending.computeIfAbsent(key, k -> new Pending()).add(line, entry.time());
            size++;
            return true;
        }
    }

    /**
     * Takes every waiting record, leaving the buffer empty.
     *
     * @return one batch per target (per target and day for {@code EventTime}), in the order their first record
     *         arrived; each batch's lines in arrival order
     */
    public synchronized List<LogBatch> drain() {
        List<LogBatch> batches = new ArrayList<>(pending.size());
        pending.forEach((key, waiting) -> batches.add(waiting.toBatch(key.target())));
        pending.clear();
        size = 0;
        return List.copyOf(batches);
    }

    /** How many records are waiting. */
    public synchronized int size() {
        return size;
    }

    /** How many records {@link #add} has dropped because the buffer was full, since it was made. */
    public synchronized long droppedCount() {
        return dropped;
    }

    /** The most records the buffer keeps. */
    public int maxRecords() {
        return maxRecords;
    }

    private static Optional<LocalDate> eventDay(LogTarget target, Instant time) {
        if (target.keyFormat() != KeyFormat.PARTITIONED_EVENT_TIME) {
            return Optional.empty();
        }
        return Optional.of(LocalDate.ofInstant(time, ZoneOffset.UTC));
    }

    /**
     * The records of one log object.
     *
     * @param target          where they go
     * @param lines           the formatted records, in arrival order, without line terminators
     * @param oldestEventTime the earliest {@link AccessLogEntry#time()} among them
     * @param newestEventTime the latest {@link AccessLogEntry#time()} among them
     */
    public record LogBatch(LogTarget target, List<String> lines, Instant oldestEventTime, Instant newestEventTime) {

        /** Checks and copies the components. */
        public LogBatch {
            Objects.requireNonNull(target, "target");
            lines = List.copyOf(lines);
            Objects.requireNonNull(oldestEventTime, "oldestEventTime");
            Objects.requireNonNull(newestEventTime, "newestEventTime");
        }

        /** The log object's content: the lines, each ended by a newline. */
        public String content() {
            StringBuilder content = new StringBuilder();
            lines.forEach(line -> content.append(line).append('\n'));
            return content.toString();
        }

        /**
         * The log object's key ({@link AccessLogKeys#key}).
         *
         * @param deliveryTime when the object is delivered
         * @param uniqueString the key's UniqueString, see {@link AccessLogKeys#uniqueString()}
         */
        public String key(Instant deliveryTime, String uniqueString) {
            return AccessLogKeys.key(target, oldestEventTime, deliveryTime, uniqueString);
        }
    }

    private record BatchKey(LogTarget target, Optional<LocalDate> eventDay) {
    }

    /** The records of one batch so far; guarded by the buffer's lock. */
    private static final class Pending {
        private final List<String> lines = new ArrayList<>();
        private Instant oldest;
        private Instant newest;

        void add(String line, Instant time) {
            lines.add(line);
            if (oldest == null || time.isBefore(oldest)) {
                oldest = time;
            }
            if (newest == null || time.isAfter(newest)) {
                newest = time;
            }
        }

        LogBatch toBatch(LogTarget target) {
            return new LogBatch(target, lines, oldest, newest);
        }
    }
}
