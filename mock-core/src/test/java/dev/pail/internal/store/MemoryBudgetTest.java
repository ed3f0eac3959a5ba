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

    /**
     * Memory the collector freed is reused at once, not when the JVM's reference handler gets round
     * to queueing it (no waiting at all here; on a busy machine that thread lags by hundreds of ms).
     */
    @Test
    void reusesWhatTheCollectorFreedWithoutWaitingForTheReferenceQueue() {
        MemoryBudget budget = new MemoryBudget(KIB * KIB, 0);
        for (int round = 0; round < 20; round++) {
            allocateAndDrop(budget, KIB * KIB);
        }
        assertThat(budget.used()).isLessThanOrEqualTo(KIB * KIB);
    }

    @Test
    void concurrentAllocationsPastTheLimitAllSucceedOnceTheCollectorFreedRoom() throws Exception {
        MemoryBudget budget = new MemoryBudget(8L * KIB * KIB, 0);
        for (int i = 0; i < 8; i++) {
            allocateAndDrop(budget, KIB * KIB);
        }
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<byte[]>> kept = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                kept.add(threads.submit(() -> budget.allocate(KIB * KIB)));
            }
            for (Future<byte[]> array : kept) {
                assertThat(array.get()).hasSize(KIB * KIB);
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(budget.used()).isEqualTo(8L * KIB * KIB);
    }

    private static void allocateAndDrop(MemoryBudget budget, int length) {
        assertThat(budget.allocate(length)).hasSize(length);
    }
}
