package dev.pail.internal.protocol;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Immutable HTTP headers with case-insensitive names, in arrival order. */
public final class Headers {

    private static final Headers EMPTY = new Headers(Map.of());

    private final Map<String, List<String>> byLowerName;

    private Headers(Map<String, List<String>> byLowerName) {
        this.byLowerName = byLowerName;
    }

    /** No headers. */
    public static Headers empty() {
        return EMPTY;
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The first value of a header. */
    public Optional<String> first(String name) {
        List<String> values = byLowerName.get(name.toLowerCase(Locale.ROOT));
        return values == null ? Optional.empty() : Optional.of(values.get(0));
    }

    /** All values of a header, possibly none. */
    public List<String> all(String name) {
        return byLowerName.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }

    /** Whether the header is present. */
    public boolean has(String name) {
        return byLowerName.containsKey(name.toLowerCase(Locale.ROOT));
    }

    /** The header names, lower-cased, in arrival order. */
    public Set<String> names() {
        return byLowerName.keySet();
    }

    /** The headers as an unmodifiable map of lower-cased names to values. */
    public Map<String, List<String>> asMap() {
        return byLowerName;
    }

    @Override
    public String toString() {
        return byLowerName.toString();
    }

    /** Collects headers; names are lower-cased. */
    public static final class Builder {
        private final Map<String, List<String>> map = new LinkedHashMap<>();

        private Builder() {
        }

        /** Adds one value. */
        public Builder add(String name, String value) {
            map.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new ArrayList<>(1)).add(value);
            return this;
        }

        /** The headers. */
        public Headers build() {
            if (map.isEmpty()) {
                return EMPTY;
            }
            Map<String, List<String>> copy = new LinkedHashMap<>(map.size() * 2);
            map.forEach((k, v) -> copy.put(k, List.copyOf(v)));
            return new Headers(Collections.unmodifiableMap(copy));
        }
    }
}
