package dev.pail.fault;

import dev.pail.verify.RequestPattern;
import java.util.OptionalLong;

/**
 * A registered fault rule: which requests it matches, the fault it applies, and how often.
 * {@code pail.when(pattern).fail(fault)} registers a rule that applies to every matching request;
 * {@link #once()}, {@link #times(int)} and {@link #afterMatching(int)} narrow it, and return it:
 *
 * <pre>{@code
 * pail.when(getObject("photos", anyKey())).fail(S3Fault.error(INTERNAL_ERROR));          // always
 * FaultRule throttle = pail.when(putObject("photos", anyKey())).fail(S3Fault.error(SLOW_DOWN)).times(2);
 * ...
 * assertThat(throttle.timesApplied()).isEqualTo(2);
 * }</pre>
 *
 * <p>Several rules may be registered; for each request, the first one (in the order they were
 * registered) that matches it and is not used up applies. {@code pail.resetFaults()} and
 * {@code pail.reset()} remove every rule.
 *
 * <p>A rule's counters are live and thread-safe; concurrent requests never make a rule apply more
 * often than it allows. Narrow a rule in the same statement that makes it: a request that arrives
 * in between sees the rule as it is then. Pail implements this interface; tests only use it.
 */
public interface FaultRule {

    /** Which requests the rule applies to. */
    RequestPattern pattern();

    /** What it does to them. */
    S3Fault fault();

    /**
     * How many matching requests pass untouched before the rule starts to apply: the {@code n} of
     * {@link Pending#afterMatching(int)}, 0 for the others.
     */
    long skipped();

    /** How many times the rule applies at most; empty for a rule that never runs out. */
    OptionalLong limit();

    /** How many requests the rule has been applied to so far. */
    long timesApplied();

    /** How many requests matched its pattern so far, whether or not it applied to them. */
    long timesMatched();

    /** Whether the rule has applied as often as it may, so it no longer applies. */
    boolean isUsedUp();

    /** Narrows the rule to the next matching request only; returns it. */
    FaultRule once();

    /** Narrows the rule to the next {@code n} matching requests (at least 1); returns it. */
    FaultRule times(int n);

    /** Applies the rule to every matching request until the rules are reset (as it does from the start); returns it. */
    FaultRule always();

    /**
     * Lets the next {@code n} matching requests through untouched, then applies to every later one
     * until the rules are reset ("the first n uploads work, then S3 starts failing"); returns it. It
     * counts every matching request, including those another rule applied to.
     */
    FaultRule afterMatching(int n);

    /**
     * The first step of {@code pail.when(pattern)}: choose the fault. The pattern is matched as a
     * request arrives, so it may constrain what is known then (operation, bucket, key, headers, query)
     * but not the body, status or error code; {@code pail.when()} refuses such a pattern.
     */
    interface When {

        /**
         * Registers a rule applying the fault to every matching request (after the rules already
         * registered) and returns it, to narrow with {@link FaultRule#once()}, {@link FaultRule#times(int)}
         * or {@link FaultRule#afterMatching(int)}.
         */
        FaultRule fail(S3Fault fault);
    }
}
