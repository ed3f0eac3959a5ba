package dev.pail.internal.harness;

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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** Seeding straight into the embedded server's store, as if the objects had been uploaded. */
public final class StoreSeeding implements SeedTarget {

    private final Supplier<HandlerContext> contexts;

    /** @param contexts the store to seed, as it is now (a reset replaces it) */
    public StoreSeeding(Supplier<HandlerContext> contexts) {
        this.contexts = contexts;
    }

    @Override
    public void bucket(String name) {
        HandlerContext context = contexts.get();
        if (context.store().bucket(name).isEmpty()) {
            context.store().createBucket(name, context.defaultRegion(), context.now());
        }
    }

    @Override
    public void object(String bucket, String key, byte[] content, String contentType, Map<String, String> metadata) {
        HandlerContext context = contexts.get();
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
    }
}
