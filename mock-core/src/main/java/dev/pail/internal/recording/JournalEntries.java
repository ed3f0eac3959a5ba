package dev.pail.internal.recording;

import dev.pail.recording.RecordedRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The journal's entries in order of arrival (by sequence number), with their estimated weight in
 * bytes, the oldest ones removable at the front and the oldest bodies droppable. Not thread-safe:
 * the {@link Journal} guards it.
 */
final class JournalEntries {

    private final ArrayList<Entry> entries = new ArrayList<>();
    private int head;
    /** Entries before this index have had their bodies dropped. */
    private int bodyCursor;
    private long bytes;
    private long dropped;

    int size() {
        return entries.size() - head;
    }

    long bytes() {
        return bytes;
    }

    long dropped() {
        return dropped;
    }

    /** Inserts in sequence order: at the end, unless the request arrived before others that completed first. */
    void insert(RecordedRequest request, long weight, int bodyBytes) {
        int index = entries.size();
        while (index > head && entries.get(index - 1).request.sequence() > request.sequence()) {
            index--;
        }
        entries.add(index, new Entry(request, weight, bodyBytes));
        bytes += weight;
        if (index < bodyCursor) {
            bodyCursor = index; // older than bodies already dropped: the next pass starts at it
        }
    }

    void dropOldest() {
        Entry oldest = entries.set(head, null);
        head++;
        bytes -= oldest.weight;
        dropped++;
        bodyCursor = Math.max(bodyCursor, head);
        if (head > 1024 && head > entries.size() / 2) {
            entries.subList(0, head).clear();
            bodyCursor -= head;
            head = 0;
        }
    }

    /** Drops the body of the oldest entry that still has one; false when none has. */
    boolean dropOldestBody(UnaryOperator<RecordedRequest> withoutBody) {
        bodyCursor = Math.max(bodyCursor, head);
        while (bodyCursor < entries.size()) {
            Entry entry = entries.get(bodyCursor++);
            if (entry.bodyBytes > 0) {
                entries.set(bodyCursor - 1, new Entry(withoutBody.apply(entry.request), entry.weight - entry.bodyBytes, 0));
                bytes -= entry.bodyBytes;
                return true;
            }
        }
        return false;
    }

    List<RecordedRequest> requests() {
        List<RecordedRequest> out = new ArrayList<>(size());
        for (int i = head; i < entries.size(); i++) {
            out.add(entries.get(i).request);
        }
        return out;
    }

    /** The entry with this sequence number, if the journal still holds it. */
    Optional<RecordedRequest> find(long sequence) {
        int low = head;
        int high = entries.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            long found = entries.get(middle).request.sequence();
            if (found < sequence) {
                low = middle + 1;
            } else if (found > sequence) {
                high = middle - 1;
            } else {
                return Optional.of(entries.get(middle).request);
            }
        }
        return Optional.empty();
    }

    void clear() {
        entries.clear();
        head = 0;
        bodyCursor = 0;
        bytes = 0;
        dropped = 0;
    }

    private record Entry(RecordedRequest request, long weight, int bodyBytes) {
    }
}
