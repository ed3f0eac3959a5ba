package dev.pail.internal.access.policy;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One condition of a statement: an operator (with its set qualifier and {@code IfExists} suffix) on
 * one key and its values. The values of one key are OR'd; the statement ANDs its conditions (IAM
 * User Guide, "IAM JSON policy elements: Condition", "Evaluation logic for multiple context keys or
 * values"). Immutable.
 *
 * <p>A key the request does not have (IAM User Guide, "Condition operators", the Important box):
 * "If the key that you specify in a policy condition is not present in the request context, the
 * values do not match and the condition is false. If the policy condition requires that the key is
 * not matched, such as StringNotLike or ArnNotLike, and the right key is not present, the condition
 * is true." {@code ...IfExists} makes it true; {@code Null} tests presence itself. With a set
 * qualifier ("Set operators for multivalued context keys"): {@code ForAllValues} is true for an
 * absent key or an empty set, {@code ForAnyValue} false. Without a qualifier a multivalued key holds
 * for a positive operator when any value matches, for a negated one when no value matches its
 * positive form.
 */
public final class Condition {

    /** The set qualifier of a condition operator. */
    public enum Qualifier {
        /** No qualifier. */
        NONE,
        /** {@code ForAnyValue:}: at least one request value satisfies the operator. */
        FOR_ANY_VALUE,
        /** {@code ForAllValues:}: every request value satisfies the operator. */
        FOR_ALL_VALUES
    }

    private final String type;
    private final ConditionOperator operator;
    private final Qualifier qualifier;
    private final boolean ifExists;
    private final String key;
    private final String normalizedKey;
    private final List<String> rawValues;
    private final List<Object> values;

    Condition(String type, ConditionOperator operator, Qualifier qualifier, boolean ifExists, String key,
              List<String> rawValues, List<Object> values) {
        this.type = type;
        this.operator = operator;
        this.qualifier = qualifier;
        this.ifExists = ifExists;
        this.key = key;
        this.normalizedKey = ConditionContext.normalize(key);
        this.rawValues = List.copyOf(rawValues);
        this.values = List.copyOf(values);
    }

    /** The condition type as written, e.g. {@code ForAnyValue:StringLikeIfExists}. */
    public String type() {
        return type;
    }

    /** The operator without qualifier and suffix. */
    public ConditionOperator operator() {
        return operator;
    }

    /** The set qualifier. */
    public Qualifier qualifier() {
        return qualifier;
    }

    /** Whether the operator has the {@code IfExists} suffix. */
    public boolean ifExists() {
        return ifExists;
    }

    /** The condition key as written. */
    public String key() {
        return key;
    }

    /** The values as written (numbers and booleans as text). */
    public List<String> values() {
        return rawValues;
    }

    /** The key in {@linkplain ConditionContext#normalize compared} form. */
    String normalizedKey() {
        return normalizedKey;
    }

    /** The compiled values. */
    List<Object> compiled() {
        return values;
    }

    /** Whether the condition holds for a request's keys. */
    boolean holds(KeyLookup keys) {
        List<String> actual = keys.values(normalizedKey);
        boolean absent = actual == null || actual.isEmpty();
        if (operator == ConditionOperator.Null) {
            return values.contains(absent);
        }
        if (absent) {
            return switch (qualifier) {
                case FOR_ALL_VALUES -> true;
                case FOR_ANY_VALUE -> ifExists;
                case NONE -> ifExists || operator.negated();
            };
        }
        boolean every = qualifier == Qualifier.FOR_ALL_VALUES || qualifier == Qualifier.NONE && operator.negated();
        for (String value : actual) {
            boolean holds = holdsFor(value, keys);
            if (every != holds) {
                return holds;
            }
        }
        return every;
    }

    /** Whether one request value satisfies the operator: matches a value, or for a negated one matches none. */
    private boolean holdsFor(String actual, KeyLookup keys) {
        boolean matched = false;
        for (Object value : values) {
            Boolean result = operator.test(value, actual, keys);
            if (result == null) {
                return false;
            }
            if (result) {
                matched = true;
                break;
            }
        }
        return matched != operator.negated();
    }

    /** The condition as a reader would say it: {@code StringLike s3:prefix = incoming/*}. */
    String describe() {
        String shown = rawValues.size() == 1 ? rawValues.get(0) : "[" + String.join(", ", rawValues) + "]";
        return type + " " + key + " = " + shown;
    }

    /** What the request has for the key: {@code s3:prefix is "secret/"}, or {@code ... is absent}. */
    String describeActual(KeyLookup keys) {
        List<String> actual = keys.values(normalizedKey);
        if (actual == null) {
            return key + " is absent";
        }
        if (actual.size() == 1) {
            return key + " is \"" + actual.get(0) + "\"";
        }
        return key + " is " + actual.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(", ", "[", "]"));
    }

    @Override
    public String toString() {
        return describe();
    }
}
