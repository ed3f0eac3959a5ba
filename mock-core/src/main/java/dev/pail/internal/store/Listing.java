package dev.pail.internal.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;

/**
 * One page of a bucket listing as S3 computes it: keys in UTF-8 order under a prefix, those
 * containing the delimiter after the prefix rolled up into common prefixes, resuming after a
 * marker. The work done is proportional to the page: common prefixes are skipped over with one
 * seek each, never key by key.
 */
public final class Listing {

    private Listing() {
    }

    /**
     * A page of a listing.
     *
     * @param objects        current versions of the listed keys, in order
     * @param commonPrefixes the rolled-up prefixes, in order
     * @param truncated      whether more keys or prefixes follow
     * @param last           the last key or common prefix returned (where the next page starts after)
     */
    public record Page(List<ObjectVersion> objects, List<String> commonPrefixes, boolean truncated,
                       Optional<String> last) {
    }

    /**
     * Lists the current objects of a bucket.
     *
     * @param keys      the bucket's keys ({@link Bucket#keys()})
     * @param prefix    only keys starting with this ("" for all)
     * @param delimiter roll keys up at the first occurrence of this after the prefix, if present
     * @param after     only keys (and common prefixes) after this, if present
     * @param maxKeys   the most keys plus common prefixes to return
     */
    public static Page page(NavigableMap<String, KeyVersions> keys, String prefix, Optional<String> delimiter,
                            Optional<String> after, int maxKeys) {
        List<ObjectVersion> objects = new ArrayList<>();
        List<String> prefixes = new ArrayList<>();
        String last = null;
        boolean startAfter = after.isPresent() && Utf8Order.INSTANCE.compare(after.get(), prefix) >= 0;
        Map.Entry<String, KeyVersions> entry = startAfter ? keys.higherEntry(after.get()) : keys.ceilingEntry(prefix);
        String delim = delimiter.filter(d -> !d.isEmpty()).orElse(null);
        while (entry != null && entry.getKey().startsWith(prefix)) {
            String key = entry.getKey();
            ObjectVersion latest = entry.getValue().latest();
            if (latest.deleteMarker()) {
                entry = keys.higherEntry(key);
                continue;
            }
            int at = delim == null ? -1 : key.indexOf(delim, prefix.length());
            if (at >= 0) {
                String common = key.substring(0, at + delim.length());
                if (after.isEmpty() || Utf8Order.INSTANCE.compare(common, after.get()) > 0) {
                    if (objects.size() + prefixes.size() == maxKeys) {
                        return new Page(objects, prefixes, true, Optional.ofNullable(last));
                    }
                    prefixes.add(common);
                    last = common;
                }
                entry = next(keys, common);
                continue;
            }
            if (objects.size() + prefixes.size() == maxKeys) {
                return new Page(objects, prefixes, true, Optional.ofNullable(last));
            }
            objects.add(latest);
            last = key;
            entry = keys.higherEntry(key);
        }
        return new Page(objects, prefixes, false, Optional.ofNullable(last));
    }

    /** The first entry not starting with {@code prefix}, after it. */
    private static Map.Entry<String, KeyVersions> next(NavigableMap<String, KeyVersions> keys, String prefix) {
        Optional<String> successor = successor(prefix);
        return successor.isEmpty() ? null : keys.ceilingEntry(successor.get());
    }

    /**
     * The smallest string, in code point order, greater than every string starting with {@code prefix}:
     * the prefix with its last code point incremented (dropping maximal ones).
     */
    public static Optional<String> successor(String prefix) {
        int[] codePoints = prefix.codePoints().toArray();
        for (int i = codePoints.length - 1; i >= 0; i--) {
            int next = codePoints[i] + 1;
            if (next >= Character.MIN_SURROGATE && next <= Character.MAX_SURROGATE) {
                next = Character.MAX_SURROGATE + 1;
            }
            if (next <= Character.MAX_CODE_POINT) {
                codePoints[i] = next;
                return Optional.of(new String(codePoints, 0, i + 1));
            }
        }
        return Optional.empty();
    }
}
