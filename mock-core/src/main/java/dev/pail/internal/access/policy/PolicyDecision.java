package dev.pail.internal.access.policy;

import java.util.Objects;
import java.util.Optional;

/**
 * What a bucket policy says about one request, with the why for a test author: which statement
 * decided it and which condition held or failed.
 *
 * @param outcome   allow, deny, or neither (the policy is silent)
 * @param statement the label of the deciding statement ({@link Statement#label()}); empty for {@code NONE}
 * @param reason    one line explaining the outcome
 */
public record PolicyDecision(Outcome outcome, Optional<String> statement, String reason) {

    /** The three answers a policy gives. */
    public enum Outcome {
        /** A matching statement allows the request and none denies it. */
        ALLOW,
        /** A matching statement denies the request (an explicit deny). */
        DENY,
        /** No statement applies; the caller falls back to ACLs and ownership. */
        NONE
    }

    /** Checks the components. */
    public PolicyDecision {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(reason, "reason");
    }
}
