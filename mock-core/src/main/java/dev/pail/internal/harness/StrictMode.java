package dev.pail.internal.harness;

import dev.pail.recording.RecordedRequest;
import dev.pail.recording.RecordedRequests;
import java.util.List;
import java.util.Optional;

/**
 * Strict mode: a test fails when a request it caused was answered 501 (not implemented) or 500
 * (an internal error) by Pail itself, not by an injected fault.
 */
public final class StrictMode {

    private StrictMode() {
    }

    /** The failure message naming the offending requests, or empty when there are none. */
    public static Optional<String> violations(RecordedRequests requests) {
        List<RecordedRequest> offending = requests.stream()
                .filter(r -> (r.status() == 501 || r.status() == 500) && r.fault().isEmpty())
                .toList();
        if (offending.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder message = new StringBuilder("Strict mode: this test caused ")
                .append(offending.size() == 1 ? "a request" : offending.size() + " requests")
                .append(" that Pail answered with 501 (not implemented) or 500 (internal error):");
        offending.forEach(r -> message.append("\n  ").append(r));
        return Optional.of(message.toString());
    }
}
