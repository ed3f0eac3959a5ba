package dev.pail.internal.store;

import java.time.Instant;
import java.util.Collections;
import java.util.Comparator;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/** A bucket's multipart uploads in progress: by id, and by key then initiation for listing. */
final class Uploads {

    private static final AtomicLong SEQUENCE = new AtomicLong();

    /** How many completed uploads are remembered for retried completions, per bucket. */
    static final int REMEMBERED = 1000;

    private final ConcurrentHashMap<String, MultipartUpload> byId = new ConcurrentHashMap<>();
    private final java.util.Map<String, CompletedUpload> completed = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(16, 0.75f, false) {
                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<String, CompletedUpload> eldest) {
                    return size() > REMEMBERED;
                }
            });
    private final ConcurrentSkipListMap<MultipartUpload, MultipartUpload> ordered = new ConcurrentSkipListMap<>(
            Comparator.comparing(MultipartUpload::key, Utf8Order.INSTANCE).thenComparingLong(MultipartUpload::sequence));

    MultipartUpload create(String key, ObjectMetadata metadata, Optional<String> checksumAlgorithm,
                           StoredChecksum.Type checksumType, Instant now) {
        long sequence = SEQUENCE.incrementAndGet();
        MultipartUpload upload = new MultipartUpload(UploadIds.next(sequence), sequence, key, now, metadata,
                checksumAlgorithm, checksumType);
        byId.put(upload.uploadId(), upload);
        ordered.put(upload, upload);
        return upload;
    }

    /** The upload with this id for this key, if it is still in progress. */
    Optional<MultipartUpload> find(String uploadId, String key) {
        MultipartUpload upload = byId.get(uploadId);
        return upload == null || upload.isFinished() || !upload.key().equals(key) ? Optional.empty() : Optional.of(upload);
    }

    NavigableSet<MultipartUpload> inOrder() {
        return Collections.unmodifiableNavigableSet(ordered.keySet());
    }

    /** Removes a finished upload and gives back its parts. */
    void forget(MultipartUpload upload) {
        ordered.remove(upload);
        byId.remove(upload.uploadId());
        upload.releaseParts();
    }

    /** Remembers what an upload completed into. */
    void remember(CompletedUpload done) {
        completed.put(done.uploadId(), done);
    }

    /** What the upload with this id completed into, if it completed (recently) for this key. */
    Optional<CompletedUpload> completed(String uploadId, String key) {
        CompletedUpload done = completed.get(uploadId);
        return done == null || !done.key().equals(key) ? Optional.empty() : Optional.of(done);
    }

    /** Ends every upload and gives back their parts. */
    void discardAll() {
        for (MultipartUpload upload : byId.values()) {
            upload.finish();
            forget(upload);
        }
        completed.clear();
    }
}
