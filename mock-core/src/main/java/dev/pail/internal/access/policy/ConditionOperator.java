package dev.pail.internal.access.policy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * The condition operators of the IAM policy language (IAM User Guide, "IAM JSON policy elements:
 * Condition operators"), without their {@code ForAllValues:}/{@code ForAnyValue:} qualifier and
 * {@code IfExists} suffix. Each compiles a policy value once ({@link #compile}) and compares it with
 * one request value ({@link #test}); a negated operator ({@code StringNotEquals} ...) is the negation
 * of its positive form, applied by {@link Condition}.
 */
public enum ConditionOperator {
    StringEquals(Family.STRING, false), StringNotEquals(Family.STRING, true),
    StringEqualsIgnoreCase(Family.STRING_IGNORE_CASE, false), StringNotEqualsIgnoreCase(Family.STRING_IGNORE_CASE, true),
    StringLike(Family.STRING_LIKE, false), StringNotLike(Family.STRING_LIKE, true),
    NumericEquals(Family.NUMERIC, false), NumericNotEquals(Family.NUMERIC, true),
    NumericLessThan(Family.NUMERIC, false), NumericLessThanEquals(Family.NUMERIC, false),
    NumericGreaterThan(Family.NUMERIC, false), NumericGreaterThanEquals(Family.NUMERIC, false),
    DateEquals(Family.DATE, false), DateNotEquals(Family.DATE, true),
    DateLessThan(Family.DATE, false), DateLessThanEquals(Family.DATE, false),
    DateGreaterThan(Family.DATE, false), DateGreaterThanEquals(Family.DATE, false),
    Bool(Family.BOOL, false),
    BinaryEquals(Family.BINARY, false),
    IpAddress(Family.IP, false), NotIpAddress(Family.IP, true),
    ArnEquals(Family.ARN, false), ArnLike(Family.ARN, false), ArnNotEquals(Family.ARN, true), ArnNotLike(Family.ARN, true),
    Null(Family.NULL, false);

    /** What an operator compares. */
    enum Family { STRING, STRING_IGNORE_CASE, STRING_LIKE, NUMERIC, DATE, BOOL, BINARY, IP, ARN, NULL }

    private final Family family;
    private final boolean negated;
    private final Ordering ordering;

    private enum Ordering { EQUAL, LESS, LESS_OR_EQUAL, GREATER, GREATER_OR_EQUAL }

    ConditionOperator(Family family, boolean negated) {
        this.family = family;
        this.negated = negated;
        this.ordering = orderingOf(name());
    }

    private static Ordering orderingOf(String name) {
        if (name.endsWith("LessThanEquals")) {
            return Ordering.LESS_OR_EQUAL;
        }
        if (name.endsWith("LessThan")) {
            return Ordering.LESS;
        }
        if (name.endsWith("GreaterThanEquals")) {
            return Ordering.GREATER_OR_EQUAL;
        }
        return name.endsWith("GreaterThan") ? Ordering.GREATER : Ordering.EQUAL;
    }

    /** The operator named exactly so (names are case-sensitive: S3 refuses {@code stringequals}). */
    static Optional<ConditionOperator> named(String name) {
        for (ConditionOperator operator : values()) {
            if (operator.name().equals(name)) {
                return Optional.of(operator);
            }
        }
        return Optional.empty();
    }

    /** What the operator compares. */
    Family family() {
        return family;
    }

    /** Whether the operator is a negated one ({@code StringNotEquals}, {@code NotIpAddress}, ...). */
    public boolean negated() {
        return negated;
    }

    /** A policy value compiled for this operator, or empty when it is not one the operator takes. */
    Optional<Object> compile(String raw, boolean variables) {
        return switch (family) {
            case STRING, STRING_IGNORE_CASE, STRING_LIKE -> Optional.of(PolicyValue.parse(raw, variables));
            case ARN -> Optional.of(ArnPattern.of(PolicyValue.parse(raw, variables)));
            case NUMERIC -> number(raw).map(Object.class::cast);
            case DATE -> PolicyDates.parse(raw).map(Object.class::cast);
            case BOOL, NULL -> bool(raw).map(Object.class::cast);
            case BINARY -> base64(raw) ? Optional.of(raw) : Optional.empty();
            case IP -> IpRange.parse(raw).map(Object.class::cast);
        };
    }

    /**
     * Whether the request value matches the compiled policy value under the operator's positive form:
     * {@code TRUE}/{@code FALSE}, or {@code null} when the request value cannot be compared (not a
     * number, a date, an address ...). An unresolved policy variable matches nothing.
     */
    Boolean test(Object policy, String actual, KeyLookup keys) {
        return switch (family) {
            case STRING -> equal(((PolicyValue) policy).text(keys), actual, false);
            case STRING_IGNORE_CASE -> equal(((PolicyValue) policy).text(keys), actual, true);
            case STRING_LIKE -> {
                Wildcard pattern = ((PolicyValue) policy).pattern(keys);
                yield pattern != null && pattern.matches(actual);
            }
            case NUMERIC -> number(actual).map(n -> compare(n.compareTo((BigDecimal) policy))).orElse(null);
            case DATE -> PolicyDates.parse(actual).map(d -> compare(d.compareTo((Instant) policy))).orElse(null);
            case BOOL -> bool(actual).map(policy::equals).orElse(null);
            case BINARY -> policy.equals(actual);
            case IP -> IpRange.address(actual).map(((IpRange) policy)::contains).orElse(null);
            case ARN -> ((ArnPattern) policy).matches(actual, keys);
            case NULL -> throw new IllegalStateException("Null is decided by the key's presence");
        };
    }

    private static boolean equal(String expected, String actual, boolean ignoreCase) {
        return expected != null && (ignoreCase ? expected.equalsIgnoreCase(actual) : expected.equals(actual));
    }

    /** The outcome of an ordered comparison of request value to policy value ({@code sign} of actual - policy). */
    private boolean compare(int sign) {
        return switch (ordering) {
            case EQUAL -> sign == 0;
            case LESS -> sign < 0;
            case LESS_OR_EQUAL -> sign <= 0;
            case GREATER -> sign > 0;
            case GREATER_OR_EQUAL -> sign >= 0;
        };
    }

    private static Optional<BigDecimal> number(String text) {
        if (text.isEmpty() || text.length() > 64) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Boolean> bool(String text) {
        if (text.equalsIgnoreCase("true")) {
            return Optional.of(Boolean.TRUE);
        }
        return text.equalsIgnoreCase("false") ? Optional.of(Boolean.FALSE) : Optional.empty();
    }

    private static boolean base64(String text) {
        try {
            Base64.getDecoder().decode(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
