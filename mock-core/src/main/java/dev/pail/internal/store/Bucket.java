package dev.pail.internal.store;

import java.time.Instant;
import java.util.List;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.UnaryOperator;

/**
 * A bucket: its objects by key in UTF-8 byte order, each with its versions.
 *
 * <p>Every write replaces a key's {@link KeyVersions} atomically, with its precondition checked in
 * the same step, so concurrent writers never see or leave a half-done state.
 *
 * <p>The bucket holds the bytes of every version it keeps: a new version's blob is retained before
 * it becomes visible, and a version that leaves (overwritten, deleted, discarded) is released as
 * soon as it has left, so the memory budget counts exactly what the bucket serves.
 */
public final class Bucket {

    private final String name;
    private final String region;
    private final Instant creationDate;
    private final Optional<String> owner;
    private final ConcurrentSkipListMap<String, KeyVersions> objects = new ConcurrentSkipListMap<>(Utf8Order.INSTANCE);
    private volatile VersioningState versioning = VersioningState.UNVERSIONED;
    /** Writes share it; deleting the bucket takes it alone, so no write lands in a deleted bucket. */
    private final ReentrantReadWriteLock lifecycle = new ReentrantReadWriteLock();
    private boolean deleted;
    private final Uploads uploads = new Uploads();
    private final ConcurrentSkipListMap<String, String> configurations = new ConcurrentSkipListMap<>();

    Bucket(String name, String region, Instant creationDate, Optional<String> owner) {
        this.name = Objects.requireNonNull(name, "name");
        this.region = Objects.requireNonNull(region, "region");
        this.creationDate = Objects.requireNonNull(creationDate, "creationDate");
        this.owner = Objects.requireNonNull(owner, "owner");
    }

    /** The canonical id of the account that created the bucket; empty for the server's default user. */
    public Optional<String> owner() {
        return owner;
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
        lifecycle.readLock().lock();
        try {
            ensureNotDeleted();
            return doPut(key, draft, condition, now);
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    private ObjectVersion doPut(String key, ObjectDraft draft, WriteCondition condition, Instant now) {
        VersioningState state = versioning;
        String versionId = state == VersioningState.ENABLED ? VersionIds.next() : ObjectVersion.NULL_VERSION_ID;
        ObjectVersion version = new ObjectVersion(key, versionId, false, now, draft.content(), draft.etag(),
                draft.metadata(), draft.checksum(), draft.parts());
        push(key, version, condition, state);
        return version;
    }

    /** Makes {@code version} the newest of its key, holding its bytes and releasing what it displaces. */
    private void push(String key, ObjectVersion version, WriteCondition condition, VersioningState state) {
        version.content().retain();
        KeyVersions[] before = new KeyVersions[1];
        KeyVersions after;
        try {
            after = objects.compute(key, (k, existing) -> {
                condition.check(key, existing == null ? Optional.empty() : Optional.of(existing.latest()));
                before[0] = existing;
                return existing == null ? KeyVersions.of(version) : existing.push(version, state);
            });
        } catch (RuntimeException e) {
            version.content().release();
            throw e;
        }
        KeyVersions.releaseDropped(before[0], after);
    }

    /**
     * Deletes the current object (adding a delete marker when versioning is on) or one version.
     *
     * @param versionId the version to remove permanently, or empty for a simple delete
     */
    public DeleteOutcome delete(String key, Optional<String> versionId, WriteCondition condition, Instant now) {
        lifecycle.readLock().lock();
        try {
            ensureNotDeleted();
            return versionId.isPresent() ? deleteVersion(key, versionId.get(), condition) : deleteCurrent(key, condition, now);
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    private DeleteOutcome deleteCurrent(String key, WriteCondition condition, Instant now) {
        VersioningState state = versioning;
        if (state == VersioningState.UNVERSIONED) {
            while (true) {
                KeyVersions existing = objects.get(key);
                condition.check(key, existing == null ? Optional.empty() : Optional.of(existing.latest()));
                if (existing == null) {
                    return new DeleteOutcome(Optional.empty(), false, Optional.empty());
                }
                if (objects.remove(key, existing)) {
                    KeyVersions.releaseDropped(existing, null);
                    return new DeleteOutcome(Optional.empty(), false, Optional.of(existing.latest()));
                }
            }
        }
        String markerId = state == VersioningState.ENABLED ? VersionIds.next() : ObjectVersion.NULL_VERSION_ID;
        ObjectVersion marker = new ObjectVersion(key, markerId, true, now, Blob.EMPTY, "", ObjectMetadata.defaults(),
                Optional.empty(), java.util.List.of());
        push(key, marker, condition, state);
        return new DeleteOutcome(Optional.of(markerId), true, Optional.empty());
    }

    private DeleteOutcome deleteVersion(String key, String versionId, WriteCondition condition) {
        while (true) {
            KeyVersions existing = objects.get(key);
            Optional<ObjectVersion> target = existing == null ? Optional.empty() : existing.version(versionId);
            if (target.isEmpty()) {
                if (condition.isConditional()) {
                    condition.check(key, Optional.empty());
                }
                return new DeleteOutcome(Optional.of(versionId), false, Optional.empty());
            }
            condition.check(key, target);
            KeyVersions next = existing.without(versionId);
            boolean swapped = next == null ? objects.remove(key, existing) : objects.replace(key, existing, next);
            if (swapped) {
                target.get().content().release();
                return new DeleteOutcome(Optional.of(versionId), target.get().deleteMarker(), target);
            }
        }
    }

    /**
     * Runs {@code removal} if the bucket holds nothing, with no write able to land meanwhile; the
     * bucket refuses writes afterwards.
     *
     * @return whether the bucket was empty (and removed)
     */
    boolean removeIfEmpty(Runnable removal) {
        lifecycle.writeLock().lock();
        try {
            if (!objects.isEmpty()) {
                return false;
            }
            deleted = true;
            uploads.discardAll();
            removal.run();
            return true;
        } finally {
            lifecycle.writeLock().unlock();
        }
    }

    private void ensureNotDeleted() {
        if (deleted) {
            throw new StoreException(StoreException.Reason.NO_SUCH_BUCKET, name);
        }
    }

    /**
     * Replaces one version's metadata in place (tags, ACL-like attributes), keeping id and time.
     *
     * @return the updated version, or empty when the key or version does not exist
     */
    public Optional<ObjectVersion> updateMetadata(String key, String versionId, UnaryOperator<ObjectMetadata> change) {
        lifecycle.readLock().lock();
        try {
            ensureNotDeleted();
            return doUpdateMetadata(key, versionId, change);
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    private Optional<ObjectVersion> doUpdateMetadata(String key, String versionId, UnaryOperator<ObjectMetadata> change) {
        while (true) {
            KeyVersions existing = objects.get(key);
            Optional<ObjectVersion> target = existing == null ? Optional.empty() : existing.version(versionId);
            if (target.isEmpty() || target.get().deleteMarker()) {
                return Optional.empty();
            }
            ObjectVersion updated = target.get().withMetadata(change.apply(target.get().metadata()));
            updated.content().retain();
            if (objects.replace(key, existing, existing.replace(updated))) {
                target.get().content().release();
                return Optional.of(updated);
            }
            updated.content().release();
        }
    }

    /**
     * Ends the bucket for good (a reset): it refuses every write from now on, and every version and
     * upload it held is released at once. A write that was in flight fails as if the bucket had been
     * deleted.
     */
    void discard() {
        lifecycle.writeLock().lock();
        try {
            deleted = true;
            for (KeyVersions versions : objects.values()) {
                KeyVersions.releaseDropped(versions, null);
            }
            objects.clear();
            uploads.discardAll();
        } finally {
            lifecycle.writeLock().unlock();
        }
    }

    // ---- configurations ------------------------------------------------------------------------

    /**
     * A stored bucket configuration (CORS, lifecycle, policy...), as the document the client sent,
     * by name; sub-configurations with ids use names like {@code analytics/<id>}.
     */
    public Optional<String> configuration(String name) {
        return Optional.ofNullable(configurations.get(name));
    }

    /** Stores (or replaces) a configuration. */
    public void putConfiguration(String name, String document) {
        configurations.put(name, document);
    }

    /** Removes a configuration; whether there was one. */
    public boolean removeConfiguration(String name) {
        return configurations.remove(name) != null;
    }

    /** The configurations whose names start with a prefix, in name order (e.g. every {@code analytics/}). */
    public NavigableMap<String, String> configurations(String prefix) {
        Optional<String> end = Listing.successor(prefix);
        return java.util.Collections.unmodifiableNavigableMap(end.isPresent()
                ? configurations.subMap(prefix, true, end.get(), false) : configurations.tailMap(prefix, true));
    }

    // ---- multipart uploads -----------------------------------------------------------------------

    /** Starts a multipart upload. */
    public MultipartUpload createUpload(String key, ObjectMetadata metadata, Optional<String> checksumAlgorithm,
                                        StoredChecksum.Type checksumType, Instant now) {
        lifecycle.readLock().lock();
        try {
            ensureNotDeleted();
            return uploads.create(key, metadata, checksumAlgorithm, checksumType, now);
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    /**
     * The upload in progress with this id for this key.
     *
     * @throws StoreException with {@link StoreException.Reason#NO_SUCH_UPLOAD} otherwise
     */
    public MultipartUpload upload(String uploadId, String key) {
        return uploads.find(uploadId, key)
                .orElseThrow(() -> new StoreException(StoreException.Reason.NO_SUCH_UPLOAD, uploadId));
    }

    /**
     * What an upload completed into, when it completed recently (the last thousand per bucket) for
     * this key: a retried completion answers with it.
     */
    public Optional<CompletedUpload> completedUpload(String uploadId, String key) {
        return uploads.completed(uploadId, key);
    }

    /** Uploads in progress, by key then initiation (a live, read-only view). */
    public NavigableSet<MultipartUpload> uploads() {
        return uploads.inOrder();
    }

    /**
     * Aborts an upload, dropping its parts.
     *
     * @throws StoreException with {@link StoreException.Reason#NO_SUCH_UPLOAD} when there is none
     */
    public void abortUpload(String uploadId, String key) {
        MultipartUpload upload = upload(uploadId, key);
        if (!upload.finish()) {
            throw new StoreException(StoreException.Reason.NO_SUCH_UPLOAD, uploadId);
        }
        uploads.forget(upload);
    }

    /**
     * Completes an upload: the object becomes visible (its precondition checked atomically) and the
     * upload ends, giving back its parts (the object holds their bytes now). A failed precondition
     * leaves the upload in progress.
     *
     * @throws StoreException when the upload no longer exists or the condition does not hold
     */
    public ObjectVersion completeUpload(MultipartUpload upload, ObjectDraft draft, WriteCondition condition, Instant now,
                                        List<String> partEtags) {
        lifecycle.readLock().lock();
        try {
            ensureNotDeleted();
            if (!upload.finish()) {
                throw new StoreException(StoreException.Reason.NO_SUCH_UPLOAD, upload.uploadId());
            }
            ObjectVersion version;
            try {
                version = doPut(upload.key(), draft, condition, now);
            } catch (RuntimeException e) {
                upload.unfinish();
                throw e;
            }
            uploads.forget(upload);
            uploads.remember(new CompletedUpload(upload.uploadId(), upload.key(), version.versionId(), version.etag(),
                    version.checksum(), version.metadata().systemHeaders(), partEtags));
            return version;
        } finally {
            lifecycle.readLock().unlock();
        }
    }
}
