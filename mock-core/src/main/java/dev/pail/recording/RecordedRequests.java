package dev.pail.recording;

import dev.pail.S3Operation;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Predicate;

/**
 * An immutable snapshot of the request journal, in the order requests arrived. It is a
 * {@link List}, so every list and stream operation works on it.
 */
public final class RecordedRequests extends AbstractList<RecordedRequest> implements RandomAccess {

    private static final RecordedRequests EMPTY = new RecordedRequests(List.of(), 0);

    private final List<RecordedRequest> requests;
    private final long dropped;

    private RecordedRequests(List<RecordedRequest> requests, long dropped) {
        this.requests = requests;
        this.dropped = dropped;
    }

    /**
     * A snapshot of these requests.
     *
     * @param requests the requests, in order
     * @param dropped  how many older requests the journal no longer holds
     */
    public static RecordedRequests of(List<RecordedRequest> requests, long dropped) {
        return requests.isEmpty() && dropped == 0 ? EMPTY : new RecordedRequests(List.copyOf(requests), dropped);
    }

    /** No requests. */
    public static RecordedRequests empty() {
        return EMPTY;
    }

    @Override
    public RecordedRequest get(int index) {
        return requests.get(index);
    }

    @Override
    public int size() {
        return requests.size();
    }

    /** How many older requests the journal dropped because it was full (0 normally). */
    public long dropped() {
        return dropped;
    }

    /** The requests of one operation. */
    public RecordedRequests ofOperation(S3Operation operation) {
        return filter(r -> r.operation() == operation);
    }

    /** The requests that satisfy a condition (for example a {@code RequestPattern}). */
    public RecordedRequests filter(Predicate<? super RecordedRequest> condition) {
        return new RecordedRequests(requests.stream().filter(condition).map(r -> (RecordedRequest) r).toList(), dropped);
    }

    /** One request per line. */
    @Override
    public String toString() {
        if (requests.isEmpty()) {
            return "(no requests)";
        }
        StringBuilder out = new StringBuilder();
        for (RecordedRequest request : requests) {
            out.append(out.length() == 0 ? "" : "\n").append(request);
        }
        return out.toString();
    }
}
