package dev.pail.benchmarks;

import dev.pail.Pail;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import software.amazon.awssdk.services.s3.model.ExpirationStatus;

/**
 * What a lifecycle sweep costs when nothing is due: moving the clock by a minute over a bucket of
 * {@code keys} objects with a 30-day expiration and a noncurrent rule (every clock move, and the
 * wall-time sweep, judge every key of a bucket with lifecycle rules).
 *
 * <pre>mvn -B -q -DskipTests install && mvn -B -q -pl benchmarks exec:exec -Dbenchmark=LifecycleSweepBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class LifecycleSweepBenchmark {

    @Param({"10000", "100000"})
    public int keys;

    private Pail pail;

    @Setup
    public void start() {
        pail = Pail.builder().bucket("aged").start();
        pail.client().putBucketLifecycleConfiguration(b -> b.bucket("aged").lifecycleConfiguration(c -> c.rules(
                r -> r.id("expire").status(ExpirationStatus.ENABLED).filter(f -> f.prefix("")).expiration(e -> e.days(30)),
                r -> r.id("old").status(ExpirationStatus.ENABLED).filter(f -> f.prefix("logs/"))
                        .noncurrentVersionExpiration(n -> n.noncurrentDays(7)))));
        for (int i = 0; i < keys; i++) {
            pail.seed().object("aged", "reports/" + i, "x");
        }
    }

    @TearDown
    public void stop() {
        pail.close();
    }

    @Benchmark
    public void sweepWithNothingDue() {
        pail.clock().advance(Duration.ofMillis(1));
    }
}
