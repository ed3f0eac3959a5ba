package dev.pail.verify;

import dev.pail.recording.RecordedRequest;
import dev.pail.recording.RecordedRequests;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Checks a pattern against the journal and, when the count is wrong, explains it: what was
 * expected, how many matched, the closest requests field by field with the differences marked
 * {@code >>}, then every recorded request on a line.
 */
public final class Verifier {

    private static final int CLOSEST = 3;
    private static final String HEADER = "header ";
    private static final int HEADER_VALUE_WIDTH = 80;

    private Verifier() {
    }

    /**
     * Verifies that {@code pattern} matched the journal {@code times}.
     *
     * @throws AssertionError (opentest4j's {@code AssertionFailedError} where available) when it did not
     */
    public static void verify(Times times, RequestPattern pattern, RecordedRequests journal) {
        Objects.requireNonNull(times, "times");
        Objects.requireNonNull(pattern, "pattern");
        List<RecordedRequest> matching = new ArrayList<>();
        List<RecordedRequest> others = new ArrayList<>();
        for (RecordedRequest request : journal) {
            (pattern.matches(request) ? matching : others).add(request);
        }
        if (times.test(matching.size())) {
            return;
        }
        List<RecordedRequest> closest = times.wantsMoreThan(matching.size()) ? closest(pattern, others) : List.of();
        String message = message(times, pattern, matching, closest, journal);
        String actual = closest.isEmpty() ? matching.size() + " matching" : fields(pattern, closest.get(0));
        throw Failures.failure(message, pattern.expectedFields(), actual);
    }

    static String message(Times times, RequestPattern pattern, List<RecordedRequest> matching,
                          List<RecordedRequest> closest, RecordedRequests journal) {
        StringBuilder out = new StringBuilder();
        out.append("Expected ").append(pattern)
                .append(times.test(0) && !times.test(1) ? " not to be requested" : " to be requested " + times)
                .append(", but it was requested ").append(count(matching.size())).append(".\n");
        if (!matching.isEmpty()) {
            out.append("\nMatching requests:\n");
            matching.forEach(r -> out.append("  ").append(r).append('\n'));
        }
        if (!closest.isEmpty()) {
            out.append("\nClosest recorded requests:\n");
            for (RecordedRequest request : closest) {
                out.append("  ").append(request).append('\n');
                appendComparison(out, pattern, request);
            }
        }
        out.append("\nAll recorded requests (").append(journal.size()).append("):\n");
        if (journal.isEmpty()) {
            out.append("  (none)\n");
        }
        journal.forEach(r -> out.append("  ").append(r).append('\n'));
        if (journal.dropped() > 0) {
            out.append("  (").append(journal.dropped()).append(" older requests were dropped: the journal is full)\n");
        }
        return out.toString();
    }

    private static void appendComparison(StringBuilder out, RequestPattern pattern, RecordedRequest request) {
        List<Expectation.Comparison> comparisons = pattern.compare(request);
        int width = comparisons.stream().mapToInt(c -> c.field().length()).max().orElse(0);
        java.util.Set<String> wrongHeaders = new java.util.HashSet<>();
        for (Expectation.Comparison c : comparisons) {
            out.append(c.matches() ? "       " : "    >> ").append(pad(c.field(), width)).append("  ");
            if (c.matches()) {
                out.append(c.actual());
            } else {
                out.append("expected ").append(c.expected()).append(" but was ").append(c.actual());
                if (c.field().startsWith(HEADER)) {
                    wrongHeaders.add(c.field().substring(HEADER.length()));
                }
            }
            out.append('\n');
        }
        appendHeaders(out, request, wrongHeaders);
    }

    /**
     * Every header the request carried, sorted, long values cut, those the pattern expected
     * otherwise marked: a header name with a typo in the pattern shows up here.
     */
    private static void appendHeaders(StringBuilder out, RecordedRequest request, java.util.Set<String> wrong) {
        java.util.TreeMap<String, List<String>> sorted = new java.util.TreeMap<>(request.headers());
        out.append("       headers (").append(sorted.size()).append("):\n");
        sorted.forEach((name, values) -> {
            for (String value : values) {
                out.append(wrong.contains(name) ? "      >> " : "         ").append(name).append(": ")
                        .append(cut(value)).append('\n');
            }
        });
    }

    private static String cut(String value) {
        return value.length() <= HEADER_VALUE_WIDTH ? value
                : value.substring(0, HEADER_VALUE_WIDTH) + "...(" + value.length() + " chars)";
    }

    private static List<RecordedRequest> closest(RequestPattern pattern, List<RecordedRequest> candidates) {
        return candidates.stream()
                .sorted(Comparator.comparingLong((RecordedRequest r) -> mismatches(pattern, r))
                        .thenComparingLong(RecordedRequest::sequence))
                .limit(CLOSEST)
                .toList();
    }

    private static long mismatches(RequestPattern pattern, RecordedRequest request) {
        long score = 0;
        for (Expectation.Comparison c : pattern.compare(request)) {
            if (!c.matches()) {
                score += c.field().equals("operation") ? 2 : 1;
            }
        }
        return score;
    }

    private static String fields(RequestPattern pattern, RecordedRequest request) {
        StringBuilder out = new StringBuilder();
        for (Expectation.Comparison c : pattern.compare(request)) {
            out.append(c.field()).append(": ").append(c.matches() ? c.expected() : c.actual()).append('\n');
        }
        return out.toString();
    }

    private static String count(int n) {
        return n == 1 ? "once" : n + " times";
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }
}
