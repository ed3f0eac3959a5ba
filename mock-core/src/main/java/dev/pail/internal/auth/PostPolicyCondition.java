package dev.pail.internal.auth;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One condition of a POST policy: an exact match ({@code {"acl": "public-read"}} or
 * {@code ["eq", "$acl", "public-read"]}), a prefix ({@code ["starts-with", "$key", "user/"]}, the
 * empty prefix allowing any value) or a size range ({@code ["content-length-range", 1, 10]}).
 * Field names match in any case, values exactly. Built by {@link PostPolicy#parse(String)}.
 */
public final class PostPolicyCondition {

    /** The kinds of condition. */
    public enum Kind { EQ, STARTS_WITH, CONTENT_LENGTH_RANGE }

    /** Fields the POST Policy page allows only exact matching on. */
    private static final Set<String> EXACT_ONLY = Set.of("bucket", "success_action_status", "x-amz-algorithm",
            "x-amz-credential", "x-amz-date");

    private final Kind kind;
    private final String operation;
    private final String field;
    private final Object first;
    private final Object second;

    /**
     * @param kind      the kind
     * @param operation the operation as written ({@code eq} for a simple condition)
     * @param field     the field reference as written, {@code $key} (a simple condition's name gets the {@code $})
     * @param first     the value, or the range's lower bound (a {@link BigDecimal} or a String)
     * @param second    the range's upper bound, or null
     */
    PostPolicyCondition(Kind kind, String operation, String field, Object first, Object second) {
        this.kind = kind;
        this.operation = operation;
        this.field = field;
        this.first = first;
        this.second = second;
    }

    /** The kind. */
    public Kind kind() {
        return kind;
    }

    /** The field it names, lower-cased and without {@code $}; empty for a range or a reference without {@code $}. */
    public Optional<String> fieldName() {
        if (kind == Kind.CONTENT_LENGTH_RANGE || !field.startsWith("$")) {
            return Optional.empty();
        }
        return Optional.of(field.substring(1).toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the condition holds for the form sent to the bucket. A condition on a field the form
     * lacks fails, even {@code starts-with ""}; {@code $bucket} is the bucket addressed. A range holds
     * here when its bounds are whole numbers: the size itself is judged once the file is read.
     */
    public boolean holds(PostPolicyForm form, String bucket) {
        Optional<String> name = fieldName();
        if (name.isEmpty()) {
            return kind == Kind.CONTENT_LENGTH_RANGE && range().isPresent();
        }
        Optional<String> actual = name.get().equals("bucket") ? Optional.of(bucket) : form.value(name.get());
        if (actual.isEmpty()) {
            return false;
        }
        String expected = (String) first;
        if (kind == Kind.EQ) {
            return actual.get().equals(expected);
        }
        if (EXACT_ONLY.contains(name.get())) {
            return false;
        }
        if (name.get().equals("content-type")) {
            for (String type : actual.get().split(",", -1)) { // a list: each type must match
                if (!type.strip().startsWith(expected)) {
                    return false;
                }
            }
            return true;
        }
        return actual.get().startsWith(expected);
    }

    /** A range's bounds, when both are whole numbers (numbers or strings of digits). */
    public Optional<long[]> range() {
        if (kind != Kind.CONTENT_LENGTH_RANGE) {
            return Optional.empty();
        }
        Optional<Long> min = bound(first);
        Optional<Long> max = bound(second);
        return min.isPresent() && max.isPresent() ? Optional.of(new long[] {min.get(), max.get()}) : Optional.empty();
    }

    private static Optional<Long> bound(Object value) {
        try {
            if (value instanceof BigDecimal number) {
                return Optional.of(number.longValueExact());
            }
            String text = ((String) value).strip();
            return text.matches("[0-9]{1,18}") ? Optional.of(Long.parseLong(text)) : Optional.empty();
        } catch (ArithmeticException e) {
            return Optional.empty();
        }
    }

    /** The condition as S3 quotes it in a refusal: {@code ["eq", "$key", "user/a"]}. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("[");
        quote(out, operation).append(", ");
        if (kind == Kind.CONTENT_LENGTH_RANGE) {
            operand(out, first).append(", ");
            operand(out, second);
        } else {
            quote(out, field).append(", ");
            quote(out, (String) first);
        }
        return out.append(']').toString();
    }

    private static StringBuilder operand(StringBuilder out, Object value) {
        return value instanceof BigDecimal ? out.append(((BigDecimal) value).toPlainString()) : quote(out, (String) value);
    }

    private static StringBuilder quote(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.append('"');
    }

    /** A simple condition {@code {"name": "value"}} as the eq condition it is. */
    static PostPolicyCondition simple(Map.Entry<String, Object> member) {
        return new PostPolicyCondition(Kind.EQ, "eq", "$" + member.getKey(), member.getValue(), null);
    }

    /** An array condition whose operation and operand types were checked by the parser. */
    static PostPolicyCondition of(Kind kind, List<Object> items) {
        if (kind == Kind.CONTENT_LENGTH_RANGE) {
            return new PostPolicyCondition(kind, (String) items.get(0), "", items.get(1), items.get(2));
        }
        return new PostPolicyCondition(kind, (String) items.get(0), (String) items.get(1), items.get(2), null);
    }
}
