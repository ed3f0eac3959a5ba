package dev.pail.internal.access.policy;

import dev.pail.User;
import java.util.Optional;

/** Builders of policies and requests for the policy tests; the bucket is always {@code b}. */
final class PolicyFixtures {

    static final String BUCKET = "b";
    static final User ALICE = User.builder("alice-key", "alice-secret").accountId("111111111111").displayName("alice")
            .canonicalId("a11ce0000000000000000000000000000000000000000000000000000000000a").build();
    static final User PARTNER = User.builder("partner-key", "partner-secret").accountId("222222222222")
            .displayName("partner").build();
    static final User PARTNER_COLLEAGUE = User.builder("colleague-key", "colleague-secret").accountId("222222222222")
            .displayName("colleague").build();

    private PolicyFixtures() {
    }

    /** A 2012-10-17 policy for bucket {@code b} with these statements (JSON objects, comma-separated). */
    static Policy policy(String statements) {
        return Policy.parse("{\"Version\":\"2012-10-17\",\"Statement\":[" + statements + "]}", BUCKET);
    }

    /** An Allow statement to everyone for s3:GetObject on every object, with this Condition (JSON object). */
    static String allowGetIf(String condition) {
        return "{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::b/*\","
                + "\"Condition\":" + condition + "}";
    }

    /** An anonymous GetObject of {@code b/k} with this context. */
    static PolicyRequest get(ConditionContext context) {
        return new PolicyRequest(Optional.empty(), "s3:GetObject", "arn:aws:s3:::b/k", context);
    }

    /** A request by a user (or anonymous for {@code null}) without condition keys. */
    static PolicyRequest request(User user, String action, String resource) {
        return new PolicyRequest(Optional.ofNullable(user), action, resource, ConditionContext.empty());
    }

    /** A request by a user (or anonymous for {@code null}) with condition keys. */
    static PolicyRequest request(User user, String action, String resource, ConditionContext context) {
        return new PolicyRequest(Optional.ofNullable(user), action, resource, context);
    }

    /** A context of one key. */
    static ConditionContext context(String key, String... values) {
        return ConditionContext.builder().put(key, values).build();
    }

    /** The outcome of a request under a policy. */
    static PolicyDecision.Outcome outcome(Policy policy, PolicyRequest request) {
        return policy.evaluate(request).outcome();
    }
}
