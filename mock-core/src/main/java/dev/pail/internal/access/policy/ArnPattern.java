package dev.pail.internal.access.policy;

import java.util.List;

/**
 * A value of the {@code Arn*} condition operators. {@code ArnEquals} and {@code ArnLike} behave alike:
 * "Each of the six colon-delimited components of the ARN is checked separately and each can include
 * multi-character match wildcards (*) or single-character match wildcards (?)" (IAM User Guide,
 * "Condition operators", Amazon Resource Name (ARN) condition operators). So {@code *} never crosses a
 * colon before the resource part. A request value that is not an ARN (fewer than six components)
 * compares with nothing. Immutable; a value without variables is split once.
 */
final class ArnPattern {

    private static final int PARTS = 6;

    private final PolicyValue value;
    private final List<Wildcard> constantParts;

    private ArnPattern(PolicyValue value) {
        this.value = value;
        this.constantParts = value.hasVariables() ? null : value.pattern(key -> null).split(':', PARTS);
    }

    /** The pattern of a condition value. */
    static ArnPattern of(PolicyValue value) {
        return new ArnPattern(value);
    }

    /** The value as written. */
    PolicyValue value() {
        return value;
    }

    /**
     * Whether the ARN matches: {@code TRUE} or {@code FALSE}, {@code null} when the request value is
     * not an ARN; an unresolved variable matches nothing.
     */
    Boolean matches(String arn, KeyLookup keys) {
        String[] actual = arn.split(":", PARTS);
        if (actual.length < PARTS || !actual[0].equals("arn")) {
            return null;
        }
        List<Wildcard> parts = constantParts;
        if (parts == null) {
            Wildcard pattern = value.pattern(keys);
            if (pattern == null) {
                return false;
            }
            parts = pattern.split(':', PARTS);
        }
        if (parts.size() < PARTS) {
            return false;
        }
        for (int i = 0; i < PARTS; i++) {
            if (!parts.get(i).matches(actual[i])) {
                return false;
            }
        }
        return true;
    }
}
