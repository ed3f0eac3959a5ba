package dev.pail.internal.server;

import static dev.pail.verify.RequestPattern.anyKey;
import static dev.pail.verify.RequestPattern.getObject;
import static dev.pail.verify.RequestPattern.putObject;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pail.S3Operation;
import dev.pail.fault.FaultRule;
import dev.pail.fault.S3Fault;
import dev.pail.recording.RecordedRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The registry on its own: matching order and counters, including under concurrent requests. */
class FaultRegistryTest {

    private final FaultRegistry registry = new FaultRegistry();

    @Test
    void concurrentRequestsNeverOverApplyARule() throws Exception {
        FaultRule rule = registry.when(getObject("photos", anyKey())).fail(S3Fault.status(503)).times(100);
        int threads = 8;
        int perThread = 500;
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> applied = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                applied.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    int mine = 0;
                    for (int i = 0; i < perThread; i++) {
                        mine += registry.select(get("k" + i)).isPresent() ? 1 : 0;
                    }
                    return mine;
                }));
            }
            int total = 0;
            for (Future<Integer> future : applied) {
                total += future.get(30, TimeUnit.SECONDS);
            }
            assertThat(total).isEqualTo(100);
            assertThat(rule.timesApplied()).isEqualTo(100);
            assertThat(rule.timesMatched()).isEqualTo((long) threads * perThread);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aUsedUpRuleLetsTheNextOneApply() {
        FaultRule first = registry.when(getObject("photos", anyKey())).fail(S3Fault.status(503)).once();
        FaultRule second = registry.when(getObject("photos", anyKey())).fail(S3Fault.status(500)).once();

        assertThat(registry.select(get("a"))).containsSame(first);
        assertThat(registry.select(get("a"))).containsSame(second);
        assertThat(registry.select(get("a"))).isEmpty();
    }

    @Test
    void aRuleForOtherRequestsIsPassedOver() {
        registry.when(putObject("photos", anyKey())).fail(S3Fault.status(503)).always();
        FaultRule gets = registry.when(getObject("photos", "a")).fail(S3Fault.status(500)).always();

        assertThat(registry.select(get("a"))).containsSame(gets);
        assertThat(registry.select(get("b"))).isEmpty();
    }

    @Test
    void clearRemovesEveryRule() {
        registry.when(getObject("photos", anyKey())).fail(S3Fault.status(503)).always();
        registry.clear();

        assertThat(registry.rules()).isEmpty();
        assertThat(registry.select(get("a"))).isEmpty();
    }

    private static RecordedRequest get(String key) {
        return new RecordedRequest(1, Instant.EPOCH, S3Operation.GET_OBJECT, "GET", "/photos/" + key,
                java.util.Optional.of("photos"), java.util.Optional.of(key), Map.of(), Map.of(), null, 0, 0,
                java.util.Optional.empty(), java.util.Optional.empty());
    }
}
