package dev.pail;

import dev.pail.internal.checksum.ChecksumAlgorithm;
import dev.pail.internal.checksum.ChecksumEncoding;
import dev.pail.internal.checksum.Digests;
import dev.pail.internal.checksum.Hasher;
import dev.pail.internal.handler.HandlerContext;
import dev.pail.internal.store.Blob;
import dev.pail.internal.store.BlobWriter;
import dev.pail.internal.store.Bucket;
import dev.pail.internal.store.ETags;
import dev.pail.internal.store.ObjectDraft;
import dev.pail.internal.store.ObjectMetadata;
import dev.pail.internal.store.StoredChecksum;
import dev.pail.internal.store.WriteCondition;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Puts buckets and objects straight into a Pail's store, as if they had been uploaded, without
 * HTTP and without appearing in the request journal. Obtained from {@link Pail#seed()}.
 *
 * <pre>{@code pail.seed().bucket("photos").object("photos", "a.txt", "hello");}</pre>
 */
public final class Seeder {

    private final HandlerContext context;

    Seeder(HandlerContext context) {
        this.context = context;
    }

    /** Creates a bucket in the server's region if it does not exist. */
    public Seeder bucket(String name) {
        Objects.requireNonNull(name, "name");
        if (context.store().bucket(name).isEmpty()) {
            context.store().createBucket(name, context.defaultRegion(), context.now());
        }
        return this;
    }

    /** Stores an object (creating the bucket if needed) with content type {@code binary/octet-stream}. */
    public Seeder object(String bucket, String key, byte[] content) {
        return object(bucket, key, content, ObjectMetadata.DEFAULT_CONTENT_TYPE, Map.of());
    }

    /** Stores a UTF-8 text object with content type {@code text/plain; charset=utf-8}. */
    public Seeder object(String bucket, String key, String content) {
        return object(bucket, key, content.getBytes(StandardCharsets.UTF_8), "text/plain; charset=utf-8", Map.of());
    }

    /**
     * Stores an object with a content type and user metadata, as a PutObject would.
     *
     * @param metadata user metadata (the {@code x-amz-meta-} names without their prefix)
     */
    public Seeder object(String bucket, String key, byte[] content, String contentType, Map<String, String> metadata) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(contentType, "contentType");
        bucket(bucket);
        Bucket target = context.store().existingBucket(bucket);
        Hasher md5 = Digests.md5();
        md5.update(content);
        ObjectMetadata defaults = ObjectMetadata.defaults();
        ObjectMetadata objectMetadata = new ObjectMetadata(contentType, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), metadata, defaults.storageClass(), Map.of(),
                Map.of("x-amz-server-side-encryption", "AES256"));
        StoredChecksum checksum = new StoredChecksum(ChecksumAlgorithm.CRC64NVME.wireName(), StoredChecksum.Type.FULL_OBJECT,
                ChecksumEncoding.base64(ChecksumAlgorithm.CRC64NVME.digest(content)));
        BlobWriter writer = new BlobWriter(content.length, context.store().budget());
        writer.write(content, 0, content.length);
        Blob stored = writer.toBlob();
        try {
            target.put(key, new ObjectDraft(stored, ETags.quote(ChecksumEncoding.hex(md5.digest())), objectMetadata,
                    Optional.of(checksum), List.of()), WriteCondition.NONE, context.now());
        } finally {
            stored.release();
        }
        return this;
    }
}
