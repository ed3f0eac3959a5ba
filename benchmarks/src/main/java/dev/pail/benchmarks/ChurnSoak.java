package dev.pail.benchmarks;

import dev.pail.Pail;
import dev.pail.client.PailClients;
import dev.pail.it.robustness.Churn;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.Random;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The churn of {@code ChurnTest}, for as long as asked: writes, overwrites, copies and deletes
 * through a small store, printing every so often how much went through, the live data, and the used
 * heap after a full collection. The heap must stay near the live data (plus Pail's fixed cost)
 * however much went through; any 507 ends the run with an error.
 *
 * <pre>mvn -B -q -DskipTests install &amp;&amp; mvn -B -q -pl benchmarks exec:exec \
 *     -Dbenchmark.main=dev.pail.benchmarks.ChurnSoak -Dbenchmark=120 -Dbenchmark.jvm=-Xmx256m</pre>
 *
 * <p>The argument is the duration in seconds (default 60).
 */
public final class ChurnSoak {

    private static final long MIB = 1 << 20;
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private ChurnSoak() {
    }

    /** Runs the churn for the given number of seconds. */
    public static void main(String[] args) throws InterruptedException {
        Duration duration = Duration.ofSeconds(args.length > 0 && args[0].matches("\\d+") ? Long.parseLong(args[0]) : 60);
        long cap = 32 * MIB;
        try (Pail pail = Pail.builder().bucket("churn").maxStoredBytes(cap).start();
             S3Client s3 = PailClients.s3Builder(pail.endpoint(), pail.config()).build()) {
            long baseline = usedAfterGc();
            Churn churn = new Churn(s3, "churn", 32, (int) (cap / 64), new Random(1));
            long deadline = System.nanoTime() + duration.toNanos();
            System.out.printf("cap %d MiB, max heap %d MiB, heap before %d MiB%n", cap / MIB,
                    Runtime.getRuntime().maxMemory() / MIB, baseline / MIB);
            while (System.nanoTime() < deadline) {
                churn.run(cap * 4);
                pail.resetRequests();
                long heap = usedAfterGc() - baseline;
                System.out.printf("written %6d MiB (%4d x cap)  live %5.1f MiB  heap above baseline %5.1f MiB%n",
                        churn.written() / MIB, churn.written() / cap, churn.liveBytes() / (double) MIB, heap / (double) MIB);
            }
        }
    }

    private static long usedAfterGc() throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            MEMORY.gc();
            Thread.sleep(50);
            used = Math.min(used, MEMORY.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
