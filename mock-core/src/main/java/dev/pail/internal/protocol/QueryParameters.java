package dev.pail.internal.protocol;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A parsed query string: ordered, multi-valued, each name and value percent-decoded exactly once
 * ({@code +} is a space). A parameter without '=' is present with the value {@code ""}; empty
 * pieces ({@code a&&b}) are skipped. Names are case-sensitive, as in S3. Immutable.
 */
public final class QueryParameters {

    private static final QueryParameters EMPTY = new QueryParameters(Collections.emptyMap());

    private final Map<String, List<String>> values;

    private QueryParameters(Map<String, List<String>> values) {
        this.values = values;
    }

    /**
     * The parameters of no query at all.
     *
     * @return the empty parameters
     */
    public static QueryParameters empty() {
        return EMPTY;
    }

    /**
     * Parses a raw query string.
     *
     * @param rawQuery the query as on the request line, without the '?'; null or empty for none
     * @return the parameters, in the order they appear
     * @throws MalformedAddressException when a name or value cannot be decoded
     */
    public static QueryParameters parse(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return EMPTY;
        }
        Map<String, List<String>> values = new LinkedHashMap<>();
        int length = rawQuery.length();
        int start = 0;
        while (start <= length) {
            int end = start;
            int equals = -1;
            while (end < length && rawQuery.charAt(end) != '&') {
                if (equals < 0 && rawQuery.charAt(end) == '=') {
                    equals = end;
                }
                end++;
            }
            if (end > start) {
                String name = PercentCodec.decode(rawQuery, start, equals < 0 ? end : equals, true);
                String value = equals < 0 ? "" : PercentCodec.decode(rawQuery, equals + 1, end, true);
                values.computeIfAbsent(name, n -> new ArrayList<>(1)).add(value);
            }
            start = end + 1;
        }
        return new QueryParameters(values);
    }

    /**
     * Whether a parameter is present, with or without a value.
     *
     * @param name the decoded name, case-sensitive
     * @return true when present
     */
    public boolean has(String name) {
        return values.containsKey(name);
    }

    /**
     * The first value of a parameter.
     *
     * @param name the decoded name, case-sensitive
     * @return the first value ({@code ""} for a parameter without '='), or empty when absent
     */
    public Optional<String> first(String name) {
        List<String> all = values.get(name);
        return all == null ? Optional.empty() : Optional.of(all.get(0));
    }

    /**
     * All values of a parameter, in order.
     *
     * @param name the decoded name, case-sensitive
     * @return the values, unmodifiable; empty when absent
     */
    public List<String> all(String name) {
        List<String> all = values.get(name);
        return all == null ? List.of() : Collections.unmodifiableList(all);
    }

    /**
     * The names present.
     *
     * @return the decoded names in order of first appearance, unmodifiable
     */
    public Set<String> names() {
        return Collections.unmodifiableSet(values.keySet());
    }

    /**
     * A readable form, for diagnostics.
     *
     * @return the decoded parameters, e.g. {@code {list-type=[2], prefix=[a b]}}
     */
    @Override
    public String toString() {
        return values.toString();
    }
}
