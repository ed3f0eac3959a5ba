package dev.pail.internal.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;

/**
 * One page of ListObjectVersions: every version and delete marker, keys in UTF-8 order and each
 * key's versions newest first, with common prefixes rolled up as in {@link Listing}.
 */
public final class VersionListing {

    private VersionListing() {
    }

    /**
     * A listed version.
     *
     * @param version the version or delete marker
     * @param latest  whether it is the key's newest
     */
    public record Entry(ObjectVersion version, boolean latest) {
    }

    /**
     * A page.
     *
     * @param entries             versions and delete markers in order
     * @param commonPrefixes      rolled-up prefixes in order
     * @param truncated           whether more follow
     * @param nextKeyMarker       where the next page starts (a key or a common prefix)
     * @param nextVersionIdMarker the version id the next page starts after, when the page ended on a version
     */
    public record Page(List<Entry> entries, List<String> commonPrefixes, boolean truncated,
                       Optional<String> nextKeyMarker, Optional<String> nextVersionIdMarker) {
    }

    /**
     * Lists versions.
     *
     * @param keyMarker       start after this key (or within it, with a version id marker)
     * @param versionIdMarker start after this version of {@code keyMarker}
     */
    public static Page page(NavigableMap<String, KeyVersions> keys, String prefix, Optional<String> delimiter,
                            Optional<String> keyMarker, Optional<String> versionIdMarker, int maxKeys) {
        List<Entry> entries = new ArrayList<>();
        List<String> prefixes = new ArrayList<>();
        String delim = delimiter.filter(d -> !d.isEmpty()).orElse(null);
        Map.Entry<String, KeyVersions> entry;
        if (keyMarker.isEmpty() || Utf8Order.INSTANCE.compare(keyMarker.get(), prefix) < 0) {
            entry = keys.ceilingEntry(prefix);
        } else {
            entry = versionIdMarker.isPresent() ? keys.ceilingEntry(keyMarker.get()) : keys.higherEntry(keyMarker.get());
        }
        String lastKey = null;
        String lastVersion = null;
        while (entry != null && entry.getKey().startsWith(prefix)) {
            String key = entry.getKey();
            int at = delim == null ? -1 : key.indexOf(delim, prefix.length());
            if (at >= 0) {
                String common = key.substring(0, at + delim.length());
                boolean after = keyMarker.isEmpty() || Utf8Order.INSTANCE.compare(common, keyMarker.get()) > 0;
                if (after) {
                    if (entries.size() + prefixes.size() == maxKeys) {
                        return new Page(entries, prefixes, true, Optional.ofNullable(lastKey), Optional.ofNullable(lastVersion));
                    }
                    prefixes.add(common);
                    lastKey = common;
                    lastVersion = null;
                }
                Optional<String> successor = Listing.successor(common);
                entry = successor.isEmpty() ? null : keys.ceilingEntry(successor.get());
                continue;
            }
            List<ObjectVersion> versions = entry.getValue().versions();
            int start = 0;
            if (versionIdMarker.isPresent() && keyMarker.isPresent() && key.equals(keyMarker.get())) {
                start = versions.size();
                for (int i = 0; i < versions.size(); i++) {
                    if (versions.get(i).versionId().equals(versionIdMarker.get())) {
                        start = i + 1;
                        break;
                    }
                }
            }
            for (int i = start; i < versions.size(); i++) {
                if (entries.size() + prefixes.size() == maxKeys) {
                    return new Page(entries, prefixes, true, Optional.ofNullable(lastKey), Optional.ofNullable(lastVersion));
                }
                entries.add(new Entry(versions.get(i), i == 0));
                lastKey = key;
                lastVersion = versions.get(i).versionId();
            }
            entry = keys.higherEntry(key);
        }
        return new Page(entries, prefixes, false, Optional.empty(), Optional.empty());
    }
}
