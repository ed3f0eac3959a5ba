package dev.pail.verify;

import dev.pail.recording.RecordedRequest;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One constrained field of a {@link RequestPattern}: how to read it from a recorded request, what
 * is expected of it, and how to describe both.
 */
final class Expectation {

    private final String field;
    private final String expected;
    private final Function<RecordedRequest, String> actual;
    private final Predicate<RecordedRequest> test;
    private final boolean afterServing;

    Expectation(String field, String expected, Function<RecordedRequest, String> actual, Predicate<RecordedRequest> test) {
        this(field, expected, actual, test, false);
    }

    private Expectation(String field, String expected, Function<RecordedRequest, String> actual,
                        Predicate<RecordedRequest> test, boolean afterServing) {
        this.field = field;
        this.expected = expected;
        this.actual = actual;
        this.test = test;
        this.afterServing = afterServing;
    }

    /** The same, on a field known only once the request was served (its body, its answer). */
    Expectation afterServing() {
        return new Expectation(field, expected, actual, test, true);
    }

    /** Whether the field is known only once the request was served. */
    boolean isAfterServing() {
        return afterServing;
    }

    String field() {
        return field;
    }

    String expected() {
        return expected;
    }

    boolean matches(RecordedRequest request) {
        return test.test(request);
    }

    Comparison compare(RecordedRequest request) {
        return new Comparison(field, expected, actual.apply(request), matches(request));
    }

    /** One field of a request compared with a pattern. */
    record Comparison(String field, String expected, String actual, boolean matches) {
    }
}
