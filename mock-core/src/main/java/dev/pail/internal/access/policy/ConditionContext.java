package dev.pail.internal.access.policy;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The condition keys of one request and their values; a key may have several values (a multivalued
 * key such as {@code s3:RequestObjectTagKeys}). Key names compare without regard to case, except the
 * part after the first {@code /}: the tag key of {@code s3:ExistingObjectTag/<tag-key>} or
 * {@code aws:PrincipalTag/<tag-key>} is kept as written, as tag keys are case-sensitive in S3.
 * Immutable; built by the caller with {@link #builder()}.
 */
public final class ConditionContext {

    private static final ConditionContext EMPTY = new ConditionContext(Map.of());

    private final Map<String, List<String>> values;

    private ConditionContext(Map<String, List<String>> values) {
        this.values = values;
    }

    /** A context without keys. */
    public static ConditionContext empty() {
        return EMPTY;
    }

    /** A builder for a context. */
    public static Builder builder() {
        return new Builder();
    }

    /** The values of a key, or empty when the request does not have the key. */
    public Optional<List<String>> values(String key) {
        return Optional.ofNullable(values.get(normalize(key)));
    }

    /** The values of a key already {@link #normalize normalized}, or {@code null}. */
    List<String> valuesOfNormalized(String normalizedKey) {
        return values.get(normalizedKey);
    }

    /**
     * The form keys are compared in: the part before the first {@code /} lower-cased, the rest as is.
     */
    static String normalize(String key) {
        int slash = key.indexOf('/');
        return slash < 0 ? key.toLowerCase(Locale.ROOT)
                : key.substring(0, slash).toLowerCase(Locale.ROOT) + key.substring(slash);
    }

    @Override
    public String toString() {
        return "ConditionContext" + values;
    }

    /** Collects a context's keys; putting a key again replaces its values. */
    public static final class Builder {

        private final Map<String, List<String>> values = new HashMap<>();

        private Builder() {
        }

        /** Sets a key's values (none: the key is present with an empty set of values). */
        public Builder put(String key, String... values) {
            return put(key, Arrays.asList(values));
        }

        /** Sets a key's values. */
        public Builder put(String key, List<String> values) {
            Objects.requireNonNull(key, "key");
            values.forEach(value -> Objects.requireNonNull(value, "value"));
            this.values.put(normalize(key), List.copyOf(values));
            return this;
        }

        /** The context. */
        public ConditionContext build() {
            return values.isEmpty() ? EMPTY : new ConditionContext(Map.copyOf(values));
        }
    }
}
