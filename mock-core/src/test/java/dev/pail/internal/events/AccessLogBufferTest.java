package dev.pail.internal.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pail.internal.events.AccessLogBuffer.LogBatch;
import dev.pail.internal.events.AccessLogKeys.KeyFormat;
import dev.pail.internal.events.AccessLogKeys.LogSource;
import dev.pail.internal.events.AccessLogKeys.LogTarget;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Collecting records per target until a flusher drains them. */
class AccessLogBufferTest {

    private static final LogTarget SIMPLE = target("source-a", KeyFormat.SIMPLE_PREFIX);

    private static LogTarget target(String sourceBucket, KeyFormat format) {
        return new LogTarget("log-bucket", "logs/", format, new LogSource("123456789012", "us-east-1", sourceBucket));
    }

    private static AccessLogEntry entry(String requestId, String time) {
        return AccessLogEntry.builder().bucket("source-a").requestId(requestId).time(Instant.parse(time))
                .operation("REST.GET.OBJECT").httpStatus(200).build();
    }

    @Test
    void drainingGivesOneBatchPerTargetWithItsFormattedLinesInArrivalOrder() {
        AccessLogBuffer buffer = new AccessLogBuffer();
        AccessLogEntry first = entry("R1", "2024-01-02T10:00:05Z");
        AccessLogEntry second = entry("R2", "2024-01-02T10:00:01Z");
        AccessLogEntry other = entry("R3", "2024-01-02T10:00:03Z");
        LogTarget otherTarget = target("source-b", KeyFormat.SIMPLE_PREFIX);

        buffer.add(SIMPLE, first);
        buffer.add(otherTarget, other);
        buffer.add(SIMPLE, second);
        List<LogBatch> batches = buffer.drain();

        assertThat(batches).extracting(LogBatch::target).containsExactly(SIMPLE, otherTarget);
        assertThat(batches.get(0).lines()).containsExactly(AccessLogFormat.line(first), AccessLogFormat.line(second));
        assertThat(batches.get(0).oldestEventTime()).isEqualTo(Instant.parse("2024-01-02T10:00:01Z"));
        assertThat(batches.get(0).newestEventTime()).isEqualTo(Instant.parse("2024-01-02T10:00:05Z"));
        assertThat(batches.get(1).lines()).containsExactly(AccessLogFormat.line(other));
    }

    @Test
    void drainingEmptiesTheBuffer() {
        AccessLogBuffer buffer = new AccessLogBuffer();
        buffer.add(SIMPLE, entry("R1", "2024-01-02T10:00:00Z"));
        assertThat(buffer.size()).isEqualTo(1);

        assertThat(buffer.drain()).hasSize(1);
        assertThat(buffer.size()).isZero();
        assertThat(buffer.drain()).isEmpty();
    }

    @Test
    void anEventTimeTargetGetsOneBatchPerUtcDay() {
        AccessLogBuffer buffer = new AccessLogBuffer();
        LogTarget eventTime = target("source-a", KeyFormat.PARTITIONED_EVENT_TIME);
        buffer.add(eventTime, entry("R1", "2024-01-02T23:59:59Z"));
        buffer.add(eventTime, entry("R2", "2024-01-03T00:00:00Z"));
        buffer.add(eventTime, entry("R3", "2024-01-02T12:00:00Z"));

        List<LogBatch> batches = buffer.drain();

        assertThat(batches).hasSize(2);
        assertThat(batches.get(0).lines()).hasSize(2);
        assertThat(batches.get(0).key(Instant.parse("2024-01-04T01:00:00Z"), "0123456789ABCDEF"))
                .isEqualTo("logs/123456789012/us-east-1/source-a/2024/01/02/2024-01-02-00-00-00-0123456789ABCDEF");
        assertThat(batches.get(1).key(Instant.parse("2024-01-04T01:00:00Z"), "0123456789ABCDEF"))
                .isEqualTo("logs/123456789012/us-east-1/source-a/2024/01/03/2024-01-03-00-00-00-0123456789ABCDEF");
    }

    @Test
    void simpleAndDeliveryTimeTargetsAreNotSplitByDay() {
        AccessLogBuffer buffer = new AccessLogBuffer();
        LogTarget deliveryTime = target("source-a", KeyFormat.PARTITIONED_DELIVERY_TIME);
        buffer.add(deliveryTime, entry("R1", "2024-01-02T23:59:59Z"));
        buffer.add(deliveryTime, entry("R2", "2024-01-03T00:00:00Z"));
        buffer.add(SIMPLE, entry("R3", "2024-01-02T23:59:59Z"));
        buffer.add(SIMPLE, entry("R4", "2024-01-03T00:00:00Z"));

        List<LogBatch> batches = buffer.drain();

        assertThat(batches).hasSize(2).allSatisfy(batch -> assertThat(batch.lines()).hasSize(2));
        assertThat(batches.get(1).key(Instant.parse("2024-01-04T01:02:03Z"), "0123456789ABCDEF"))
                .isEqualTo("logs/2024-01-04-01-02-03-0123456789ABCDEF");
    }

    @Test
    void aBatchsContentIsItsLinesEachEndedByANewline() {
        LogBatch batch = new LogBatch(SIMPLE, List.of("a b", "c d"), Instant.EPOCH, Instant.EPOCH);

        assertThat(batch.content()).isEqualTo("a b\nc d\n");
        assertThat(batch.content().lines()).containsExactly("a b", "c d");
    }

    @Test
    void beyondItsBoundTheBufferDropsAndCountsRecords() {
        AccessLogBuffer buffer = new AccessLogBuffer(2);

        assertThat(buffer.add(SIMPLE, entry("R1", "2024-01-02T10:00:00Z"))).isTrue();
        assertThat(buffer.add(target("source-b", KeyFormat.SIMPLE_PREFIX), entry("R2", "2024-01-02T10:00:00Z"))).isTrue();
        assertThat(buffer.add(SIMPLE, entry("R3", "2024-01-02T10:00:00Z"))).isFalse();
        assertThat(buffer.add(SIMPLE, entry("R4", "2024-01-02T10:00:00Z"))).isFalse();

        assertThat(buffer.size()).isEqualTo(2);
        assertThat(buffer.droppedCount()).isEqualTo(2);
        assertThat(buffer.drain()).flatExtracting(LogBatch::lines).hasSize(2).noneMatch(line -> line.contains(" R3 "));
        assertThat(buffer.add(SIMPLE, entry("R5", "2024-01-02T10:00:00Z"))).isTrue();
        assertThat(buffer.droppedCount()).isEqualTo(2);
    }

    @Test
    void aBufferNeedsRoomForOneRecord() {
        assertThatThrownBy(() -> new AccessLogBuffer(0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new AccessLogBuffer().maxRecords()).isEqualTo(AccessLogBuffer.DEFAULT_MAX_RECORDS);
    }

    @Test
    void concurrentAddsAndDrainsLoseNoRecord() throws Exception {
        AccessLogBuffer buffer = new AccessLogBuffer(1_000_000);
        int threads = 8;
        int perThread = 2_000;
        ExecutorService pool = Executors.newFixedThreadPool(threads + 1);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String source = "source-" + (t % 3);
                writers.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        buffer.add(target(source, KeyFormat.SIMPLE_PREFIX), entry("R" + i, "2024-01-02T10:00:00Z"));
                    }
                    return null;
                }));
            }
            List<LogBatch> drained = new ArrayList<>();
            Future<?> drainer = pool.submit(() -> {
                start.await();
                for (int i = 0; i < 50; i++) {
                    drained.addAll(buffer.drain());
                }
                return null;
            });
            start.countDown();
            for (Future<?> writer : writers) {
                writer.get(30, TimeUnit.SECONDS);
            }
            drainer.get(30, TimeUnit.SECONDS);
            drained.addAll(buffer.drain());

            assertThat(drained.stream().mapToInt(batch -> batch.lines().size()).sum()).isEqualTo(threads * perThread);
            assertThat(buffer.droppedCount()).isZero();
        } finally {
            pool.shutdownNow();
        }
    }
}
