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

    private final ConcurrentHashMap<String, MultipartUpload> byId = new ConcurrentHashMap<>();
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

    /** Ends every upload and gives back their parts. */
    void discardAll() {
        for (MultipartUpload upload : byId.values()) {
            upload.finish();
            forget(upload);
        }
    }
}
