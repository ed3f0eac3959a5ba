package dev.pail.fault;

import java.time.Duration;
import java.util.Objects;
import java.util.Random;
import java.util.function.Supplier;

/**
 * A server-wide delay before every request is served, so that tests resemble a network: none (the
 * default), fixed, or uniformly random between two bounds from a seed, so a run can be repeated.
 * The wait holds no thread: other requests go on meanwhile.
 *
 * <pre>{@code
 * Pail.builder().latency(Latency.uniform(Duration.ofMillis(5), Duration.ofMillis(40), 42)).start();
 * }</pre>
 *
 * @param min  the shortest delay
 * @param max  the longest delay, not shorter than {@code min}
 * @param seed the seed of the random delays (meaningless when {@code min} equals {@code max})
 */
public record Latency(Duration min, Duration max, long seed) {

    private static final Latency NONE = new Latency(Duration.ZERO, Duration.ZERO, 0);

    /** Validates the components. */
    public Latency {
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        if (min.isNegative()) {
            throw new IllegalArgumentException("latency must not be negative: " + min);
        }
        if (max.compareTo(min) < 0) {
            throw new IllegalArgumentException("the longest latency " + max + " is shorter than the shortest " + min);
        }
    }

    /** No added delay (the default). */
    public static Latency none() {
        return NONE;
    }

    /** The same delay before every request. */
    public static Latency fixed(Duration delay) {
        return new Latency(delay, delay, 0);
    }

    /**
     * A delay drawn uniformly between {@code min} and {@code max} (both included) for every request;
     * the same seed gives the same sequence of delays.
     */
    public static Latency uniform(Duration min, Duration max, long seed) {
        return new Latency(min, max, seed);
    }

    /**
     * The latency that annotation attributes describe: none when both are 0, fixed when there is no
     * jitter, otherwise uniform between {@code millis} and {@code millis + jitterMillis}.
     *
     * @param millis       the shortest delay in milliseconds
     * @param jitterMillis how much longer a delay may be, in milliseconds
     * @param seed         the seed of the random part
     */
    public static Latency ofMillis(long millis, long jitterMillis, long seed) {
        if (jitterMillis < 0) {
            throw new IllegalArgumentException("latency jitter must not be negative: " + jitterMillis);
        }
        if (millis == 0 && jitterMillis == 0) {
            return NONE;
        }
        Duration min = Duration.ofMillis(millis);
        return jitterMillis == 0 ? fixed(min) : uniform(min, min.plusMillis(jitterMillis), seed);
    }

    /** Whether this adds no delay at all. */
    public boolean isNone() {
        return max.isZero();
    }

    /**
     * A new source of delays, one per request, thread-safe. For a uniform latency, two sequences
     * with the same seed give the same delays in the same order.
     */
    public Supplier<Duration> sequence() {
        if (min.equals(max)) {
            return () -> min;
        }
        Random random = new Random(seed);
        long minNanos = min.toNanos();
        long spread = max.toNanos() - minNanos;
        return () -> Duration.ofNanos(minNanos + (spread == Long.MAX_VALUE ? random.nextLong() & Long.MAX_VALUE
                : random.nextLong(spread + 1)));
    }

    /** For example {@code no latency}, {@code latency 20ms} or {@code latency 5ms..40ms (seed 42)}. */
    @Override
    public String toString() {
        if (isNone()) {
            return "no latency";
        }
        if (min.equals(max)) {
            return "latency " + describe(min);
        }
        return "latency " + describe(min) + ".." + describe(max) + " (seed " + seed + ")";
    }

    /** A short form of a duration: {@code 2s}, {@code 1500ms}, {@code 250us}. */
    static String describe(Duration duration) {
        long nanos = duration.toNanos();
        if (nanos % 1_000_000_000L == 0) {
            return nanos / 1_000_000_000L + "s";
        }
        if (nanos % 1_000_000L == 0) {
            return nanos / 1_000_000L + "ms";
        }
        if (nanos % 1_000L == 0) {
            return nanos / 1_000L + "us";
        }
        return nanos + "ns";
    }
}
