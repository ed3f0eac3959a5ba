package dev.pail.internal.access.policy;

import java.util.List;
import java.util.Locale;

/**
 * A statement's {@code Action}, or with {@link #not()} its {@code NotAction}: action patterns with
 * {@code *} and {@code ?}, compared without regard to case ("Action values are case-insensitive",
 * IAM User Guide, "IAM JSON policy elements: Action"). Compiled lower-cased at parse time. Immutable.
 */
public final class ActionSpec {

    private final boolean not;
    private final List<String> written;
    private final List<Wildcard> patterns;

    ActionSpec(boolean not, List<String> written) {
        this.not = not;
        this.written = List.copyOf(written);
        this.patterns = written.stream().map(a -> Wildcard.compile(a.toLowerCase(Locale.ROOT))).toList();
    }

    /** Whether this is a {@code NotAction}. */
    public boolean not() {
        return not;
    }

    /** The patterns as written. */
    public List<String> patterns() {
        return written;
    }

    /** The compiled, lower-cased patterns. */
    List<Wildcard> compiled() {
        return patterns;
    }

    /** Whether the statement applies to the action, given lower-cased. */
    boolean appliesTo(String lowerCaseAction) {
        return listed(lowerCaseAction) != not;
    }

    private boolean listed(String action) {
        for (Wildcard pattern : patterns) {
            if (pattern.matches(action)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return (not ? "NotAction " : "Action ") + written;
    }
}
