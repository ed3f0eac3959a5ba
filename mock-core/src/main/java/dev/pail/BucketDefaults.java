package dev.pail;

/**
 * How new buckets start out: as AWS creates them today, or as S3 did before April 2023 (as many
 * production buckets still are). {@code CreateBucket}'s {@code x-amz-object-ownership} and ACL
 * headers override either, as S3 allows. Set with {@code Pail.builder().bucketDefaults(..)},
 * {@code @PailTest(bucketDefaults = ..)} or the standalone server's {@code --bucket-defaults}.
 */
public enum BucketDefaults {
    /**
     * The default: Block Public Access fully on, Object Ownership BucketOwnerEnforced (ACLs disabled),
     * SSE-S3 default encryption.
     */
    CURRENT,
    /**
     * Before April 2023: no Block Public Access configuration, Object Ownership ObjectWriter (ACLs
     * enabled, objects owned by their writer), SSE-S3 default encryption (S3 applies it to every
     * bucket since January 2023).
     */
    LEGACY
}
