package dev.pail.internal.recording;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pail.S3Operation;
import dev.pail.recording.RecordedRequest;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JournalTest {

    private static RecordedRequest request(long sequence, int bodyBytes) {
        return new RecordedRequest(sequence, Instant.EPOCH, S3Operation.PUT_OBJECT, "PUT", "/b/k" + sequence,
                Optional.of("b"), Optional.of("k" + sequence), Map.of(), Map.of("host", List.of("localhost")),
                ByteBuffer.wrap(new byte[bodyBytes]), bodyBytes, 200, Optional.empty(), Optional.empty());
    }

    private static void record(Journal journal, int bodyBytes) {
        Journal.Ticket ticket = journal.generation().open();
        journal.record(ticket, request(ticket.sequence(), bodyBytes));
    }

    @Test
    void pastItsByteBudgetTheJournalDropsTheOldestBodiesFirstAndKeepsTheEntries() {
        Journal journal = new Journal(1_000, 100_000);
        for (int i = 0; i < 20; i++) {
            record(journal, 10_000);
        }

        List<RecordedRequest> kept = journal.snapshot();
        assertThat(kept).hasSize(20);
        assertThat(journal.bytes()).isLessThanOrEqualTo(100_000);
        assertThat(kept.get(0).body()).as("the oldest body is gone").isEmpty();
        assertThat(kept.get(0).bodySize()).as("but its size is still known").isEqualTo(10_000);
        assertThat(kept.get(19).body()).as("the newest body is kept").hasSize(10_000);
    }

    @Test
    void whenEntriesAloneExceedTheBudgetTheOldestEntriesGoAndAreCounted() {
        Journal journal = new Journal(1_000_000, 20_000);
        for (int i = 0; i < 1_000; i++) {
            record(journal, 0);
        }

        assertThat(journal.bytes()).isLessThanOrEqualTo(20_000);
        assertThat(journal.snapshot().dropped()).isPositive();
        assertThat(journal.snapshot().size() + journal.snapshot().dropped()).isEqualTo(1_000);
        assertThat(journal.snapshot().get(journal.snapshot().size() - 1).sequence()).isEqualTo(1_000);
    }

    @Test
    void pastItsCapacityTheOldestEntriesGo() {
        Journal journal = new Journal(5, 1L << 30);
        for (int i = 0; i < 8; i++) {
            record(journal, 1);
        }
        assertThat(journal.snapshot()).extracting(RecordedRequest::sequence).containsExactly(4L, 5L, 6L, 7L, 8L);
        assertThat(journal.snapshot().dropped()).isEqualTo(3);
    }

    @Test
    void requestsAreKeptInOrderOfArrivalWhateverTheOrderTheyFinish() {
        Journal journal = new Journal(100, 1L << 20);
        Journal.Ticket first = journal.generation().open();
        Journal.Ticket second = journal.generation().open();
        journal.record(second, request(second.sequence(), 0));
        journal.record(first, request(first.sequence(), 0));

        assertThat(journal.snapshot()).extracting(RecordedRequest::sequence).containsExactly(1L, 2L);
    }

    @Test
    void aRequestThatArrivedBeforeAResetIsNeverRecordedAfterIt() {
        Journal journal = new Journal(100, 1L << 20);
        Journal.Ticket before = journal.generation().open();
        journal.reset();
        Journal.Ticket after = journal.generation().open();

        assertThat(journal.record(before, request(before.sequence(), 0))).isFalse();
        assertThat(journal.record(after, request(after.sequence(), 0))).isTrue();
        assertThat(journal.snapshot()).extracting(RecordedRequest::sequence).containsExactly(1L);
    }

    @Test
    void takeHandsOutRequestsInTheOrderTheyFinished() throws InterruptedException {
        Journal journal = new Journal(100, 1L << 20);
        Journal.Ticket first = journal.generation().open();
        Journal.Ticket second = journal.generation().open();
        journal.record(second, request(second.sequence(), 0));
        journal.record(first, request(first.sequence(), 0));

        assertThat(journal.take(Duration.ZERO)).get().extracting(RecordedRequest::sequence).isEqualTo(2L);
        assertThat(journal.take(Duration.ZERO)).get().extracting(RecordedRequest::sequence).isEqualTo(1L);
        assertThat(journal.take(Duration.ofMillis(10))).isEmpty();
    }

    @Test
    void awaitFindsARecordedRequestOrOneStillToCome() throws Exception {
        Journal journal = new Journal(100, 1L << 20);
        record(journal, 0);
        assertThat(journal.await(r -> r.sequence() == 1, Duration.ZERO)).isPresent();

        Thread later = new Thread(() -> record(journal, 0));
        later.start();
        assertThat(journal.await(r -> r.sequence() == 2, Duration.ofSeconds(10))).isPresent();
        later.join();
        assertThat(journal.await(r -> r.sequence() == 3, Duration.ofMillis(10))).isEmpty();
    }
}
