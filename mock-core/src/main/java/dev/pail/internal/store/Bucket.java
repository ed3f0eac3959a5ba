package dev.pail.internal.store;

import java.time.Instant;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.UnaryOperator;

/**
 * A bucket: its objects by key in UTF-8 byte order, each with its versions.
 *
 * <p>Every write replaces a key's {@link KeyVersions} atomically, with its precondition checked in
 * the same step, so concurrent writers never see or leave a half-done state.
 */
public final class Bucket {

    private final String name;
    private final String region;
    private final Instant creationDate;
    private final ConcurrentSkipListMap<String, KeyVersions> objects = new ConcurrentSkipListMap<>(Utf8Order.INSTANCE);
    private volatile VersioningState versioning = VersioningState.UNVERSIONED;

    Bucket(String name, String region, Instant creationDate) {
        this.name = Objects.requireNonNull(name, "name");
        this.region = Objects.requireNonNull(region, "region");
        this.creationDate = Objects.requireNonNull(creationDate, "creationDate");
    }

    /** The bucket name. */
    public String name() {
        return name;
    }

    /** The region the bucket was created in. */
    public String region() {
        return region;
    }

    /** When the bucket was created. */
    public Instant creationDate() {
        return creationDate;
    }

    /** The versioning state. */
    public VersioningState versioning() {
        return versioning;
    }

    /** Changes the versioning state (a bucket can never go back to unversioned). */
    public void setVersioning(VersioningState state) {
        if (state == VersioningState.UNVERSIONED) {
            throw new IllegalArgumentException("a bucket cannot return to unversioned");
        }
        this.versioning = state;
    }

    /** The newest version of a key, which may be a delete marker. */
    public Optional<ObjectVersion> latest(String key) {
        KeyVersions versions = objects.get(key);
        return versions == null ? Optional.empty() : Optional.of(versions.latest());
    }

    /** A specific version of a key. */
    public Optional<ObjectVersion> version(String key, String versionId) {
        KeyVersions versions = objects.get(key);
        return versions == null ? Optional.empty() : versions.version(versionId);
    }

    /** Whether the bucket holds no versions and no delete markers. */
    public boolean isEmpty() {
        return objects.isEmpty();
    }

    /** A read-only, live, sorted view of the keys and their versions, for listing. */
    public NavigableMap<String, KeyVersions> keys() {
        return java.util.Collections.unmodifiableNavigableMap(objects);
    }

    /**
     * Writes a new version of a key, checking the condition atomically with the write.
     *
     * @throws StoreException when the condition does not hold
     */
    public ObjectVersion put(String key, ObjectDraft draft, WriteCondition condition, Instant now) {
        VersioningState state = versioning;
        String versionId = state == VersioningState.ENABLED ? VersionIds.next() : ObjectVersion.NULL_VERSION_ID;
        ObjectVersion version = new ObjectVersion(key, versionId, false, now, draft.content(), draft.etag(),
                draft.metadata(), draft.checksum(), draft.partSizes());
        objects.compute(key, (k, existing) -> {
            condition.check(key, existing == null ? Optional.empty() : Optional.of(existing.latest()));
            return existing == null ? KeyVersions.of(version) : existing.push(version, state);
        });
        return version;
    }

    /**
     * Deletes the current object (adding a delete marker when versioning is on) or one version.
     *
     * @param versionId the version to remove permanently, or empty for a simple delete
     */
    public DeleteOutcome delete(String key, Optional<String> versionId, WriteCondition condition, Instant now) {
        if (versionId.isPresent()) {
            return deleteVersion(key, versionId.get(), condition);
        }
        VersioningState state = versioning;
        if (state == VersioningState.UNVERSIONED) {
            ObjectVersion[] removed = new ObjectVersion[1];
            objects.computeIfPresent(key, (k, existing) -> {
                condition.check(key, Optional.of(existing.latest()));
                removed[0] = existing.latest();
                return null;
            });
            if (removed[0] == null && condition.isConditional()) {
                condition.check(key, Optional.empty());
            }
            return new DeleteOutcome(Optional.empty(), false, Optional.ofNullable(removed[0]));
        }
        String markerId = state == VersioningState.ENABLED ? VersionIds.next() : ObjectVersion.NULL_VERSION_ID;
        ObjectVersion marker = new ObjectVersion(key, markerId, true, now, Blob.EMPTY, "", ObjectMetadata.defaults(),
                Optional.empty(), java.util.List.of());
        objects.compute(key, (k, existing) -> {
            condition.check(key, existing == null ? Optional.empty() : Optional.of(existing.latest()));
            return existing == null ? KeyVersions.of(marker) : existing.push(marker, state);
        });
        return new DeleteOutcome(Optional.of(markerId), true, Optional.empty());
    }

    private DeleteOutcome deleteVersion(String key, String versionId, WriteCondition condition) {
        ObjectVersion[] removed = new ObjectVersion[1];
        objects.computeIfPresent(key, (k, existing) -> {
            Optional<ObjectVersion> target = existing.version(versionId);
            if (target.isEmpty()) {
                return existing;
            }
            condition.check(key, target);
            removed[0] = target.get();
            return existing.without(versionId);
        });
        boolean marker = removed[0] != null && removed[0].deleteMarker();
        return new DeleteOutcome(Optional.of(versionId), marker, Optional.ofNullable(removed[0]));
    }

    /**
     * Replaces one version's metadata in place (tags, ACL-like attributes), keeping id and time.
     *
     * @return the updated version, or empty when the key or version does not exist
     */
    public Optional<ObjectVersion> updateMetadata(String key, String versionId, UnaryOperator<ObjectMetadata> change) {
        ObjectVersion[] updated = new ObjectVersion[1];
        objects.computeIfPresent(key, (k, existing) -> {
            Optional<ObjectVersion> target = existing.version(versionId);
            if (target.isEmpty() || target.get().deleteMarker()) {
                return existing;
            }
            updated[0] = target.get().withMetadata(change.apply(target.get().metadata()));
            return existing.replace(updated[0]);
        });
        return Optional.ofNullable(updated[0]);
    }

    /** Removes every object and version (for resets). */
    public void clear() {
        objects.clear();
    }
}
