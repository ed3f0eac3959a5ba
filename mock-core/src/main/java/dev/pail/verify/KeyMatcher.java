package dev.pail.verify;

import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Matches object keys: exactly, by prefix, by regular expression, or any key. Made by
 * {@link RequestPattern#anyKey()}, {@link RequestPattern#keyStartingWith(String)},
 * {@link RequestPattern#keyMatching(String)} and {@link RequestPattern#keyEqualTo(String)}.
 */
public final class KeyMatcher {

    private static final KeyMatcher ANY = new KeyMatcher("any key", key -> true, true);

    private final String description;
    private final Predicate<String> predicate;
    private final boolean any;

    private KeyMatcher(String description, Predicate<String> predicate, boolean any) {
        this.description = description;
        this.predicate = predicate;
        this.any = any;
    }

    static KeyMatcher any() {
        return ANY;
    }

    static KeyMatcher equalTo(String key) {
        Objects.requireNonNull(key, "key");
        return new KeyMatcher(Quote.of(key), key::equals, false);
    }

    static KeyMatcher startingWith(String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        return new KeyMatcher("starting with " + Quote.of(prefix), key -> key.startsWith(prefix), false);
    }

    static KeyMatcher matching(String regex) {
        Pattern pattern = Pattern.compile(Objects.requireNonNull(regex, "regex"));
        return new KeyMatcher("matching /" + regex + "/", key -> pattern.matcher(key).matches(), false);
    }

    /** Whether a request's key (null when it addressed no object) matches. */
    public boolean matches(String key) {
        return any || (key != null && predicate.test(key));
    }

    /** Whether this matches every key, including none. */
    boolean isAny() {
        return any;
    }

    @Override
    public String toString() {
        return description;
    }
}
