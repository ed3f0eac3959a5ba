package dev.pail.internal.access.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * A Resource or condition value as written, with its policy variables ({@code ${aws:username}},
 * {@code ${s3:prefix, 'default'}}) and escapes ({@code ${*}}, {@code ${?}}, {@code ${$}} for a literal
 * {@code *}, {@code ?}, {@code $}). Variables only exist under {@code "Version": "2012-10-17"}; under
 * 2008-10-17 (the default) {@code ${...}} is plain text (IAM User Guide, "IAM JSON policy elements:
 * Version" and "Variables and tags"). A variable resolves to the single value of its key in the
 * request; a key that is absent or multivalued leaves it unresolved (unless it has a default), and an
 * unresolved value matches nothing ("Policy variables with no value"). A value without variables is
 * compiled once. Immutable.
 */
final class PolicyValue {

    private sealed interface Part permits Text, Escaped, Variable { }

    private record Text(String text) implements Part { }

    private record Escaped(char c) implements Part { }

    private record Variable(String key, String fallback) implements Part { }

    private final String raw;
    private final List<Part> parts;
    private final boolean constant;
    private final String constantText;
    private final Wildcard constantPattern;

    private PolicyValue(String raw, List<Part> parts) {
        this.raw = raw;
        this.parts = parts;
        this.constant = parts.stream().noneMatch(Variable.class::isInstance);
        this.constantText = constant ? text(key -> null) : null;
        this.constantPattern = constant ? pattern(key -> null) : null;
    }

    /** Reads a value; {@code variables} says whether {@code ${...}} is a variable or plain text. */
    static PolicyValue parse(String raw, boolean variables) {
        List<Part> parts = new ArrayList<>();
        int at = 0;
        int start = variables ? raw.indexOf("${") : -1;
        while (start >= 0) {
            int end = raw.indexOf('}', start + 2);
            if (end < 0) {
                break;
            }
            Part part = placeholder(raw.substring(start + 2, end));
            if (part == null) {
                start = raw.indexOf("${", start + 2);
                continue;
            }
            if (start > at) {
                parts.add(new Text(raw.substring(at, start)));
            }
            parts.add(part);
            at = end + 1;
            start = raw.indexOf("${", at);
        }
        if (at < raw.length()) {
            parts.add(new Text(raw.substring(at)));
        }
        return new PolicyValue(raw, List.copyOf(parts));
    }

    private static Part placeholder(String inside) {
        if (inside.equals("*") || inside.equals("?") || inside.equals("$")) {
            return new Escaped(inside.charAt(0));
        }
        int comma = inside.indexOf(',');
        String name = (comma < 0 ? inside : inside.substring(0, comma)).trim();
        if (name.isEmpty() || name.chars().anyMatch(Character::isWhitespace)) {
            return null;
        }
        String fallback = null;
        if (comma >= 0) {
            String quoted = inside.substring(comma + 1).trim();
            if (quoted.length() < 2 || quoted.charAt(0) != '\'' || quoted.charAt(quoted.length() - 1) != '\'') {
                return null;
            }
            fallback = quoted.substring(1, quoted.length() - 1).replace("''", "'");
        }
        return new Variable(ConditionContext.normalize(name), fallback);
    }

    /** The value as written in the policy. */
    String raw() {
        return raw;
    }

    /** Whether the value has a policy variable. */
    boolean hasVariables() {
        return !constant;
    }

    /** Whether the value has a wildcard ({@code *} or {@code ?} not escaped) or a variable. */
    boolean hasWildcardOrVariable() {
        for (Part part : parts) {
            if (part instanceof Variable || part instanceof Text text
                    && (text.text().indexOf('*') >= 0 || text.text().indexOf('?') >= 0)) {
                return true;
            }
        }
        return false;
    }

    /** The value as text (wildcards as plain characters), or {@code null} when a variable does not resolve. */
    String text(KeyLookup keys) {
        if (constant && constantText != null) {
            return constantText;
        }
        StringBuilder out = new StringBuilder(raw.length() + 16);
        for (Part part : parts) {
            if (part instanceof Text text) {
                out.append(text.text());
            } else if (part instanceof Escaped escaped) {
                out.append(escaped.c());
            } else if (!resolve((Variable) part, keys, out)) {
                return null;
            }
        }
        return out.toString();
    }

    /** The value as a glob, or {@code null} when a variable does not resolve. */
    Wildcard pattern(KeyLookup keys) {
        if (constant && constantPattern != null) {
            return constantPattern;
        }
        StringBuilder variable = new StringBuilder();
        List<Integer> tokens = new ArrayList<>(raw.length() + 16);
        for (Part part : parts) {
            if (part instanceof Text text) {
                text.text().chars().forEach(c -> tokens.add(c == '*' ? Wildcard.STAR : c == '?' ? Wildcard.ONE : c));
            } else if (part instanceof Escaped escaped) {
                tokens.add((int) escaped.c());
            } else {
                variable.setLength(0);
                if (!resolve((Variable) part, keys, variable)) {
                    return null;
                }
                variable.chars().forEach(tokens::add);
            }
        }
        return Wildcard.of(tokens.stream().mapToInt(Integer::intValue).toArray());
    }

    private static boolean resolve(Variable variable, KeyLookup keys, StringBuilder out) {
        List<String> values = keys.values(variable.key());
        if (values != null && values.size() == 1) {
            out.append(values.get(0));
            return true;
        }
        if (variable.fallback() != null) {
            out.append(variable.fallback());
            return true;
        }
        return false;
    }

    @Override
    public String toString() {
        return raw;
    }
}
