package dev.pail.fault;

import dev.pail.verify.RequestPattern;
import java.util.OptionalLong;

/**
 * A registered fault rule: which requests it matches, the fault it applies, and how often. Rules
 * are made with {@code pail.when(pattern).fail(fault)} followed by one of {@link Pending#once()},
 * {@link Pending#times(int)}, {@link Pending#always()} or {@link Pending#afterMatching(int)}, which
 * registers the rule and returns it:
 *
 * <pre>{@code
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
 * often than it allows. Pail implements this interface; tests only use it.
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

    /**
     * The first step of {@code pail.when(pattern)}: choose the fault. Body matchers of the pattern
     * ({@code withBody}, {@code withUtf8Body}) and status or error-code matchers never match, since
     * rules are matched before the body is read and before there is a response.
     */
    interface When {

        /** The fault to apply to matching requests; then say how often. */
        Pending fail(S3Fault fault);
    }

    /**
     * The last step: how often the fault applies. Each of these methods registers the rule (after
     * the rules already registered) and returns it; a rule is registered only by these methods.
     */
    interface Pending {

        /** Applies to the next matching request only. */
        FaultRule once();

        /** Applies to the next {@code n} matching requests (at least 1). */
        FaultRule times(int n);

        /** Applies to every matching request until the rules are reset. */
        FaultRule always();

        /**
         * Lets the next {@code n} matching requests through untouched, then applies to every later
         * one until the rules are reset ("the first n uploads work, then S3 starts failing"). It
         * counts every matching request, including those another rule applied to.
         */
        FaultRule afterMatching(int n);
    }
}
