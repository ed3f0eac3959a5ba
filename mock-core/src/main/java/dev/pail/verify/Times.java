package dev.pail.verify;

/**
 * How many times a request is expected: {@link #times(int)}, {@link #once()},
 * {@link #atLeast(int)}, {@link #atMost(int)} or {@link #never()}.
 */
public final class Times {

    private final int min;
    private final int max;

    private Times(int min, int max) {
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("invalid count: " + min + ".." + max);
        }
        this.min = min;
        this.max = max;
    }

    /** Exactly {@code n} times. */
    public static Times times(int n) {
        return new Times(n, n);
    }

    /** Exactly once. */
    public static Times once() {
        return times(1);
    }

    /** At least {@code n} times. */
    public static Times atLeast(int n) {
        return new Times(n, Integer.MAX_VALUE);
    }

    /** At most {@code n} times. */
    public static Times atMost(int n) {
        return new Times(0, n);
    }

    /** Not at all. */
    public static Times never() {
        return times(0);
    }

    /** Whether a count satisfies this. */
    public boolean test(int count) {
        return count >= min && count <= max;
    }

    /** Whether more matching requests could be missing (so near misses are worth showing). */
    boolean wantsMoreThan(int count) {
        return count < min;
    }

    @Override
    public String toString() {
        if (min == max) {
            return min == 0 ? "never" : min == 1 ? "exactly once" : "exactly " + min + " times";
        }
        if (max == Integer.MAX_VALUE) {
            return min == 1 ? "at least once" : "at least " + min + " times";
        }
        return max == 1 ? "at most once" : "at most " + max + " times";
    }
}
