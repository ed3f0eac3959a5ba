package dev.pail.internal.handler;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Parsed forms of stored documents, so that authorizing a request does not parse a bucket's policy
 * or ACL again: an entry is valid while the bucket holds the very same document (compared by identity
 * first, since a bucket keeps the string it was given until the document changes).
 *
 * @param <T> the parsed form
 */
public final class ParsedCache<T> {

    private record Entry<T>(String document, T parsed) {
    }

    private final ConcurrentHashMap<String, Entry<T>> entries = new ConcurrentHashMap<>();
    private final int limit;

    /** A cache of at most {@code limit} documents. */
    public ParsedCache(int limit) {
        this.limit = limit;
    }

    /** The parsed form of the document stored under this name. */
    public T get(String name, String document, Function<String, T> parse) {
        Entry<T> entry = entries.get(name);
        if (entry != null && (entry.document == document || entry.document.equals(document))) {
            return entry.parsed;
        }
        T parsed = parse.apply(document);
        if (entries.size() >= limit) {
            entries.clear(); // crude but bounded: a test suite has few buckets with policies or ACLs
        }
        entries.put(name, new Entry<>(document, parsed));
        return parsed;
    }
}
