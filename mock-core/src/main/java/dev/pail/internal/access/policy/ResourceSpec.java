package dev.pail.internal.access.policy;

import java.util.List;

/**
 * A statement's {@code Resource}, or with {@link #not()} its {@code NotResource}: ARN patterns with
 * {@code *} and {@code ?} and, under Version 2012-10-17, policy variables. Resource ARNs are compared
 * with regard to case (S3 keys and bucket names are case-sensitive), and {@code *} matches across
 * {@code /} (IAM User Guide, "IAM JSON policy elements: Resource"). Immutable.
 */
public final class ResourceSpec {

    private final boolean not;
    private final List<PolicyValue> patterns;

    ResourceSpec(boolean not, List<PolicyValue> patterns) {
        this.not = not;
        this.patterns = List.copyOf(patterns);
    }

    /** Whether this is a {@code NotResource}. */
    public boolean not() {
        return not;
    }

    /** The patterns as written. */
    public List<String> patterns() {
        return patterns.stream().map(PolicyValue::raw).toList();
    }

    /** Whether the statement applies to the resource; a pattern whose variable does not resolve matches nothing. */
    boolean appliesTo(String resourceArn, KeyLookup keys) {
        return listed(resourceArn, keys) != not;
    }

    private boolean listed(String resourceArn, KeyLookup keys) {
        for (PolicyValue value : patterns) {
            Wildcard pattern = value.pattern(keys);
            if (pattern != null && pattern.matches(resourceArn)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return (not ? "NotResource " : "Resource ") + patterns();
    }
}
