package dev.pail.internal.store;

import java.time.Instant;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A multipart upload in progress: what the object will be, and the parts uploaded so far. Parts
 * may arrive concurrently and in any order; the object exists only once the upload completes.
 */
public final class MultipartUpload {

    private final String uploadId;
    private final long sequence;
    private final String key;
    private final Instant initiated;
    private final ObjectMetadata metadata;
    private final Optional<String> checksumAlgorithm;
    private final StoredChecksum.Type checksumType;
    private final ConcurrentSkipListMap<Integer, UploadedPart> parts = new ConcurrentSkipListMap<>();
    private final AtomicBoolean finished = new AtomicBoolean();

    MultipartUpload(String uploadId, long sequence, String key, Instant initiated, ObjectMetadata metadata,
                    Optional<String> checksumAlgorithm, StoredChecksum.Type checksumType) {
        this.uploadId = Objects.requireNonNull(uploadId, "uploadId");
        this.sequence = sequence;
        this.key = Objects.requireNonNull(key, "key");
        this.initiated = Objects.requireNonNull(initiated, "initiated");
        this.metadata = Objects.requireNonNull(metadata, "metadata");
        this.checksumAlgorithm = Objects.requireNonNull(checksumAlgorithm, "checksumAlgorithm");
        this.checksumType = Objects.requireNonNull(checksumType, "checksumType");
    }

    /** The upload id. */
    public String uploadId() {
        return uploadId;
    }

    /** Orders uploads of the same key by initiation. */
    long sequence() {
        return sequence;
    }

    /** The key the object will have. */
    public String key() {
        return key;
    }

    /** When the upload was created. */
    public Instant initiated() {
        return initiated;
    }

    /** The metadata the object will have. */
    public ObjectMetadata metadata() {
        return metadata;
    }

    /** The checksum algorithm the client chose at creation (wire name), if any. */
    public Optional<String> checksumAlgorithm() {
        return checksumAlgorithm;
    }

    /** Whether the object's checksum will be COMPOSITE or FULL_OBJECT. */
    public StoredChecksum.Type checksumType() {
        return checksumType;
    }

    /**
     * Adds or replaces a part: the part that arrives last is the part, as on S3. The upload holds
     * the part's bytes until it replaces, completes or aborts it.
     *
     * @throws StoreException when the upload has ended, or the bytes no longer fit
     */
    public synchronized void putPart(UploadedPart part) {
        if (finished.get()) {
            throw new StoreException(StoreException.Reason.NO_SUCH_UPLOAD, uploadId);
        }
        part.content().retain();
        UploadedPart replaced = parts.put(part.number(), part);
        if (replaced != null) {
            replaced.content().release();
        }
    }

    /** Gives back the bytes of every part of an upload that has ended. */
    synchronized void releaseParts() {
        assert finished.get();
        for (UploadedPart part : parts.values()) {
            part.content().release();
        }
        parts.clear();
    }

    /** The parts uploaded so far, by number (a live, read-only view). */
    public NavigableMap<Integer, UploadedPart> parts() {
        return java.util.Collections.unmodifiableNavigableMap(parts);
    }

    /** Marks the upload finished; false if it already was (completed or aborted). */
    synchronized boolean finish() {
        return finished.compareAndSet(false, true);
    }

    /** Reopens an upload whose completion failed. */
    synchronized void unfinish() {
        finished.set(false);
    }

    /** Whether the upload was completed or aborted. */
    public boolean isFinished() {
        return finished.get();
    }
}
