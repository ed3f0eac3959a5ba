package dev.pail.internal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class MemoryBudgetTest {

    private static final int KIB = 1024;

    @Test
    void allocatesUpToTheLimitAndRefusesBeyondIt() {
        MemoryBudget budget = new MemoryBudget(10 * KIB);
        byte[] first = budget.allocate(4 * KIB);
        byte[] second = budget.allocate(4 * KIB);

        assertThatThrownBy(() -> budget.allocate(4 * KIB))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.reason())
                        .isEqualTo(StoreException.Reason.INSUFFICIENT_CAPACITY))
                .hasMessageContaining("maxStoredBytes");
        assertThat(budget.allocate(2 * KIB)).hasSize(2 * KIB);
        assertThat(budget.used()).isEqualTo(10 * KIB);
        assertThat(first.length + second.length).isEqualTo(8 * KIB);
    }

    @Test
    void releasedBytesCanBeReservedAgainAtOnceWithoutAnyCollection() {
        MemoryBudget budget = new MemoryBudget(KIB * KIB);
        for (int round = 0; round < 100; round++) {
            budget.allocate(KIB * KIB);
            budget.release(KIB * KIB);
        }
        assertThat(budget.used()).isZero();
        assertThat(budget.available()).isEqualTo(KIB * KIB);
    }

    @Test
    void aBodyAnnouncedLargerThanWhatIsLeftIsRefusedBeforeAnythingIsReserved() {
        MemoryBudget budget = new MemoryBudget(10 * KIB);
        budget.reserve(6 * KIB);
        budget.checkRoomFor(4 * KIB);
        assertThatThrownBy(() -> budget.checkRoomFor(5 * KIB)).isInstanceOf(StoreException.class);
        assertThat(budget.used()).isEqualTo(6 * KIB);
    }

    @Test
    void concurrentReservationsNeverExceedTheLimit() throws Exception {
        MemoryBudget budget = new MemoryBudget(100L * KIB);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> granted = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                granted.add(threads.submit(() -> {
                    int count = 0;
                    for (int j = 0; j < 100; j++) {
                        try {
                            budget.reserve(KIB);
                            count++;
                        } catch (StoreException e) {
                            // full
                        }
                    }
                    return count;
                }));
            }
            int total = 0;
            for (Future<Integer> count : granted) {
                total += count.get();
            }
            assertThat(total).isEqualTo(100);
        } finally {
            threads.shutdownNow();
        }
        assertThat(budget.used()).isEqualTo(100L * KIB);
    }
}
