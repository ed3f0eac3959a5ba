package dev.pail.internal.access.policy;

import static dev.pail.internal.access.policy.PolicyErrors.malformed;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a statement's {@code Condition}: an object of condition types, each an object of keys to one
 * value or an array. A type is an operator, optionally prefixed {@code ForAllValues:} or
 * {@code ForAnyValue:} and suffixed {@code IfExists} (not {@code Null}); S3 refuses any other with
 * "Invalid Condition type : X". A key is any {@code aws:} key or one of S3's own ("Policy has an
 * invalid condition key"). Values may be strings, numbers or booleans ({@code "Bool":
 * {"aws:SecureTransport": false}}), and must suit the operator.
 */
final class ConditionParser {

    private static final String ANY = "ForAnyValue:";
    private static final String ALL = "ForAllValues:";
    private static final String IF_EXISTS = "IfExists";

    private final boolean variables;

    ConditionParser(boolean variables) {
        this.variables = variables;
    }

    /** The conditions of the element. */
    List<Condition> parse(Object value) {
        if (!(value instanceof Map<?, ?> types)) {
            throw malformed(PolicyErrors.SYNTAX);
        }
        List<Condition> conditions = new ArrayList<>();
        for (Map.Entry<?, ?> type : types.entrySet()) {
            String name = (String) type.getKey();
            if (!(type.getValue() instanceof Map<?, ?> keys)) {
                throw malformed(PolicyErrors.SYNTAX);
            }
            for (Map.Entry<?, ?> key : keys.entrySet()) {
                conditions.add(condition(name, (String) key.getKey(), key.getValue()));
            }
            if (keys.isEmpty()) {
                type(name);
            }
        }
        return List.copyOf(conditions);
    }

    private Condition condition(String type, String key, Object value) {
        ParsedType parsed = type(type);
        if (!validKey(key)) {
            throw malformed(PolicyErrors.CONDITION_KEY);
        }
        List<String> raw = values(value);
        List<Object> compiled = new ArrayList<>(raw.size());
        for (String one : raw) {
            Optional<Object> compiledValue = parsed.operator().compile(one, variables);
            if (compiledValue.isEmpty()) {
                throw malformed(parsed.operator().family() == ConditionOperator.Family.IP
                        ? PolicyErrors.IP_ADDRESS : PolicyErrors.BAD_CONDITION_VALUE);
            }
            compiled.add(compiledValue.get());
        }
        return new Condition(type, parsed.operator(), parsed.qualifier(), parsed.ifExists(), key, raw, compiled);
    }

    private record ParsedType(ConditionOperator operator, Condition.Qualifier qualifier, boolean ifExists) { }

    /** The operator, qualifier and suffix of a condition type; exact names only. */
    private static ParsedType type(String type) {
        Condition.Qualifier qualifier = Condition.Qualifier.NONE;
        String rest = type;
        if (rest.startsWith(ANY)) {
            qualifier = Condition.Qualifier.FOR_ANY_VALUE;
            rest = rest.substring(ANY.length());
        } else if (rest.startsWith(ALL)) {
            qualifier = Condition.Qualifier.FOR_ALL_VALUES;
            rest = rest.substring(ALL.length());
        }
        boolean ifExists = rest.endsWith(IF_EXISTS);
        if (ifExists) {
            rest = rest.substring(0, rest.length() - IF_EXISTS.length());
        }
        Optional<ConditionOperator> operator = ConditionOperator.named(rest);
        if (operator.isEmpty() || ifExists && operator.get() == ConditionOperator.Null) {
            throw malformed(PolicyErrors.CONDITION_TYPE + type);
        }
        return new ParsedType(operator.get(), qualifier, ifExists);
    }

    /** Any global {@code aws:} key, or one of S3's own keys. */
    private static boolean validKey(String key) {
        int colon = key.indexOf(':');
        if (colon <= 0 || colon == key.length() - 1) {
            return false;
        }
        String service = key.substring(0, colon);
        return service.equalsIgnoreCase("aws") || service.equalsIgnoreCase("s3") && S3Catalog.isS3Key(key);
    }

    /** A condition's values: strings, numbers or booleans, one or a non-empty array. */
    private static List<String> values(Object value) {
        if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                throw malformed(PolicyErrors.SYNTAX);
            }
            List<String> values = new ArrayList<>(list.size());
            list.forEach(item -> values.add(one(item)));
            return values;
        }
        return List.of(one(value));
    }

    private static String one(Object value) {
        if (value instanceof String text) {
            return text;
        }
        if (value instanceof BigDecimal number) {
            return number.toString();
        }
        if (value instanceof Boolean bool) {
            return bool.toString();
        }
        throw malformed(PolicyErrors.SYNTAX);
    }
}
