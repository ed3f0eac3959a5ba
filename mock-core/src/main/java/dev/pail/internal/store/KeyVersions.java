package dev.pail.internal.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.List;
import java.util.Optional;

/**
 * All versions of one key, newest first; immutable, replaced as a whole on every write so that a
 * reader always sees a consistent history.
 */
public final class KeyVersions {

    private final List<ObjectVersion> versions;

    private KeyVersions(List<ObjectVersion> versions) {
        this.versions = versions;
    }

    static KeyVersions of(ObjectVersion version) {
        return new KeyVersions(List.of(version));
    }

    /** The versions, newest first. */
    public List<ObjectVersion> versions() {
        return versions;
    }

    /** The newest version, which may be a delete marker. */
    public ObjectVersion latest() {
        return versions.get(0);
    }

    /** The newest version if it is not a delete marker. */
    public Optional<ObjectVersion> current() {
        ObjectVersion latest = latest();
        return latest.deleteMarker() ? Optional.empty() : Optional.of(latest);
    }

    /** The version with the given id. */
    public Optional<ObjectVersion> version(String versionId) {
        for (ObjectVersion version : versions) {
            if (version.versionId().equals(versionId)) {
                return Optional.of(version);
            }
        }
        return Optional.empty();
    }

    /**
     * Adds a new newest version. In an unversioned bucket it replaces everything; under suspended
     * versioning it replaces only the {@code null} version.
     */
    KeyVersions push(ObjectVersion version, VersioningState state) {
        if (state == VersioningState.UNVERSIONED) {
            return of(version);
        }
        List<ObjectVersion> next = new ArrayList<>(versions.size() + 1);
        next.add(version);
        for (ObjectVersion existing : versions) {
            if (!(version.isNullVersion() && existing.isNullVersion())) {
                next.add(existing);
            }
        }
        return new KeyVersions(List.copyOf(next));
    }

    /**
     * Releases the bytes of every version {@code before} had that {@code after} (null: nothing) no
     * longer has: what a write displaced.
     */
    static void releaseDropped(KeyVersions before, KeyVersions after) {
        if (before == null) {
            return;
        }
        Set<ObjectVersion> kept = Collections.newSetFromMap(new IdentityHashMap<>());
        if (after != null) {
            kept.addAll(after.versions);
        }
        for (ObjectVersion version : before.versions) {
            if (!kept.contains(version)) {
                version.content().release();
            }
        }
    }

    /** Removes one version; null when none remain. */
    KeyVersions without(String versionId) {
        List<ObjectVersion> next = new ArrayList<>(versions.size());
        for (ObjectVersion existing : versions) {
            if (!existing.versionId().equals(versionId)) {
                next.add(existing);
            }
        }
        return next.isEmpty() ? null : new KeyVersions(List.copyOf(next));
    }

    /** Replaces one version by id with another (same id). */
    KeyVersions replace(ObjectVersion replacement) {
        List<ObjectVersion> next = new ArrayList<>(versions);
        next.replaceAll(v -> v.versionId().equals(replacement.versionId()) ? replacement : v);
        return new KeyVersions(List.copyOf(next));
    }
}
