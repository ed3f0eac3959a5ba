package dev.pail.internal.server;

import dev.pail.fault.FaultRule;
import dev.pail.fault.S3Fault;
import dev.pail.recording.RecordedRequest;
import dev.pail.verify.RequestPattern;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The fault rules of one server, in the order they were registered. Thread-safe: rules are added
 * and cleared while requests are matched against them, and a rule's counters are atomic, so
 * concurrent requests never make a rule apply more often than it allows.
 */
public final class FaultRegistry {

    private final List<Rule> rules = new CopyOnWriteArrayList<>();

    /** Starts a rule for requests matching the pattern; see {@code Pail.when}. */
    public FaultRule.When when(RequestPattern pattern) {
        Objects.requireNonNull(pattern, "pattern");
        List<String> late = pattern.constraintsKnownOnlyAfterServing();
        if (!late.isEmpty()) {
            throw new IllegalArgumentException("pail.when(" + pattern + ") cannot apply: fault rules are matched when a "
                    + "request arrives, before its body is read and before it has a status or an error code, so "
                    + String.join(", ", late) + " can never match. Leave " + (late.size() == 1 ? "it" : "them")
                    + " out of the pattern.");
        }
        return fault -> register(new Rule(pattern, Objects.requireNonNull(fault, "fault")));
    }

    /** Removes every rule; requests already being faulted finish as they started. */
    public void clear() {
        rules.clear();
    }

    /** The registered rules, in order. */
    public List<FaultRule> rules() {
        return List.copyOf(rules);
    }

    /** Whether there is no rule at all (so requests need not be matched). */
    boolean isEmpty() {
        return rules.isEmpty();
    }

    /**
     * The rule that applies to a request about to be served, counted as applied: the first
     * registered rule that matches and is not used up. Every rule whose pattern matches counts the
     * request as matched, so {@code afterMatching(n)} counts requests that other rules took.
     *
     * @param request the request as far as it is known before it is served (no body, status 0)
     */
    Optional<FaultRule> select(RecordedRequest request) {
        Rule chosen = null;
        for (Rule rule : rules) {
            if (rule.pattern.matches(request)) {
                long seen = rule.matched.incrementAndGet();
                if (chosen == null && seen > rule.skipped && rule.claim()) {
                    chosen = rule;
                }
            }
        }
        return Optional.ofNullable(chosen);
    }

    private FaultRule register(Rule rule) {
        rules.add(rule);
        return rule;
    }

    /** A registered rule with its live counters. */
    private static final class Rule implements FaultRule {
        private final RequestPattern pattern;
        private final S3Fault fault;
        private volatile long skipped;
        private volatile long limit = Long.MAX_VALUE;
        private final AtomicLong matched = new AtomicLong();
        private final AtomicLong applied = new AtomicLong();

        Rule(RequestPattern pattern, S3Fault fault) {
            this.pattern = pattern;
            this.fault = fault;
        }

        @Override
        public FaultRule once() {
            return times(1);
        }

        @Override
        public FaultRule times(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("times(n) needs n >= 1: " + n);
            }
            skipped = 0;
            limit = n;
            return this;
        }

        @Override
        public FaultRule always() {
            skipped = 0;
            limit = Long.MAX_VALUE;
            return this;
        }

        @Override
        public FaultRule afterMatching(int n) {
            if (n < 0) {
                throw new IllegalArgumentException("afterMatching(n) needs n >= 0: " + n);
            }
            skipped = n;
            limit = Long.MAX_VALUE;
            return this;
        }

        /** Takes one application if any is left. */
        boolean claim() {
            long most = limit;
            return applied.getAndUpdate(n -> n < most ? n + 1 : n) < most;
        }

        @Override
        public RequestPattern pattern() {
            return pattern;
        }

        @Override
        public S3Fault fault() {
            return fault;
        }

        @Override
        public long skipped() {
            return skipped;
        }

        @Override
        public OptionalLong limit() {
            return limit == Long.MAX_VALUE ? OptionalLong.empty() : OptionalLong.of(limit);
        }

        @Override
        public long timesApplied() {
            return applied.get();
        }

        @Override
        public long timesMatched() {
            return matched.get();
        }

        @Override
        public boolean isUsedUp() {
            return applied.get() >= limit;
        }

        /** For example {@code PutObject bucket="photos" -> SlowDown 503, 2 times (applied 1)}. */
        @Override
        public String toString() {
            long limit = this.limit;
            long skipped = this.skipped;
            String often = limit == Long.MAX_VALUE
                    ? (skipped == 0 ? "always" : "after " + skipped + " matching")
                    : limit == 1 ? "once" : limit + " times";
            return pattern + " -> " + fault + ", " + often + " (applied " + applied.get() + ")";
        }
    }
}
