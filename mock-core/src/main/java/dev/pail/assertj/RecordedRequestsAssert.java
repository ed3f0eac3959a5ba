package dev.pail.assertj;

import dev.pail.S3Operation;
import dev.pail.recording.RecordedRequest;
import dev.pail.verify.RequestPattern;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractListAssert;

/**
 * Assertions on a list of recorded requests. All of AssertJ's list assertions work
 * ({@code filteredOn}, {@code extracting}, {@code singleElement}, {@code hasSize}...), and element
 * assertions are {@link RecordedRequestAssert}s.
 */
public final class RecordedRequestsAssert
        extends AbstractListAssert<RecordedRequestsAssert, List<RecordedRequest>, RecordedRequest, RecordedRequestAssert> {

    RecordedRequestsAssert(List<RecordedRequest> actual) {
        super(actual, RecordedRequestsAssert.class);
    }

    /** Verifies the requests' operations, in order, are exactly these. */
    public RecordedRequestsAssert containsOperationsExactly(S3Operation... operations) {
        isNotNull();
        List<S3Operation> actualOperations = new ArrayList<>();
        actual.forEach(r -> actualOperations.add(r.operation()));
        List<S3Operation> expected = Arrays.asList(operations);
        if (!actualOperations.equals(expected)) {
            throw failureWithActualExpected(actualOperations, expected,
                    "%nExpecting the operations of the recorded requests to be exactly:%n  %s%nbut were:%n  %s%nRequests:%n%s",
                    expected, actualOperations, lines(actual));
        }
        return myself;
    }

    /**
     * Verifies exactly one request matches the pattern and returns assertions on it.
     */
    public RecordedRequestAssert singleMatching(RequestPattern pattern) {
        isNotNull();
        List<RecordedRequest> matching = actual.stream().filter(pattern::matches).collect(Collectors.toList());
        if (matching.size() != 1) {
            throw failure("%nExpecting exactly one request matching%n  %s%nbut %d matched%s%nRequests:%n%s",
                    pattern, matching.size(), matching.isEmpty() ? "" : ":" + System.lineSeparator() + lines(matching),
                    lines(actual));
        }
        return new RecordedRequestAssert(matching.get(0));
    }

    @Override
    protected RecordedRequestAssert toAssert(RecordedRequest value, String description) {
        return new RecordedRequestAssert(value).as(description);
    }

    @Override
    protected RecordedRequestsAssert newAbstractIterableAssert(Iterable<? extends RecordedRequest> iterable) {
        List<RecordedRequest> list = new ArrayList<>();
        iterable.forEach(list::add);
        return new RecordedRequestsAssert(list);
    }

    private static String lines(List<RecordedRequest> requests) {
        if (requests.isEmpty()) {
            return "  (none)";
        }
        return requests.stream().map(r -> "  " + r).collect(Collectors.joining(System.lineSeparator()));
    }
}
