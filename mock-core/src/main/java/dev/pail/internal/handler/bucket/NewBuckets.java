package dev.pail.internal.handler.bucket;

import dev.pail.BucketDefaults;
import dev.pail.internal.handler.HandlerContext;
import dev.pail.internal.handler.config.ConfigurationKinds;
import dev.pail.internal.store.Bucket;

/** The settings a bucket starts with, by the server's {@link BucketDefaults}. */
public final class NewBuckets {

    private NewBuckets() {
    }

    /**
     * Applies the defaults to a bucket just created. CURRENT is what an untouched bucket already has
     * (Block Public Access on, BucketOwnerEnforced); LEGACY removes both, as buckets created before
     * April 2023 never had them: ObjectWriter ownership, no Block Public Access configuration.
     */
    public static Bucket applyDefaults(Bucket bucket, HandlerContext context) {
        if (context.bucketDefaults() == BucketDefaults.LEGACY) {
            ConfigurationKinds.PUBLIC_ACCESS_BLOCK.delete(bucket);
            ConfigurationKinds.OWNERSHIP.delete(bucket);
        }
        return bucket;
    }
}
