package dev.pail.internal.handler.config;

import dev.pail.internal.store.Bucket;
import dev.pail.internal.xml.ServerSideEncryptionConfiguration;
import java.util.Objects;
import java.util.Optional;

/**
 * A bucket's default encryption, for the handlers that write objects: what PutBucketEncryption
 * stored, and the SSE-S3 default every bucket has without one.
 */
public final class BucketEncryption {

    /** S3's default since January 2023: SSE-S3, without a bucket key. */
    public static final EncryptionDefault SSE_S3 = new EncryptionDefault("AES256", Optional.empty(), false);

    private BucketEncryption() {
    }

    /**
     * The default encryption stored with PutBucketEncryption.
     *
     * @return empty when the bucket has no stored configuration (S3 then applies {@link #SSE_S3};
     *         {@link #effective(Bucket)} says so)
     */
    public static Optional<EncryptionDefault> defaults(Bucket bucket) {
        if (ConfigurationKinds.ENCRYPTION.stored(bucket).isEmpty()) {
            return Optional.empty();
        }
        return ConfigurationKinds.ENCRYPTION.effective(bucket).flatMap(BucketEncryption::toDefault);
    }

    /** The encryption S3 applies to a new object that asks for none: the stored default, else SSE-S3. */
    public static EncryptionDefault effective(Bucket bucket) {
        return defaults(bucket).orElse(SSE_S3);
    }

    private static Optional<EncryptionDefault> toDefault(ServerSideEncryptionConfiguration configuration) {
        return configuration.rules.stream().filter(rule -> rule.applyServerSideEncryptionByDefault != null).findFirst()
                .map(rule -> new EncryptionDefault(rule.applyServerSideEncryptionByDefault.sseAlgorithm,
                        Optional.ofNullable(rule.applyServerSideEncryptionByDefault.kmsMasterKeyId),
                        Boolean.TRUE.equals(rule.bucketKeyEnabled)));
    }

    /** The document GetBucketEncryption answers for a bucket without a stored configuration. */
    public static ServerSideEncryptionConfiguration s3Default() {
        ServerSideEncryptionConfiguration configuration = new ServerSideEncryptionConfiguration();
        ServerSideEncryptionConfiguration.Rule rule = new ServerSideEncryptionConfiguration.Rule();
        rule.applyServerSideEncryptionByDefault = new ServerSideEncryptionConfiguration.ByDefault();
        rule.applyServerSideEncryptionByDefault.sseAlgorithm = SSE_S3.algorithm();
        rule.bucketKeyEnabled = false;
        configuration.rules.add(rule);
        return configuration;
    }

    /**
     * A bucket's default encryption.
     *
     * @param algorithm        {@code AES256}, {@code aws:kms} or {@code aws:kms:dsse}
     * @param kmsKeyId         the KMS key (id or ARN) for the KMS algorithms, if one was named
     * @param bucketKeyEnabled whether SSE-KMS uses an S3 Bucket Key
     */
    public record EncryptionDefault(String algorithm, Optional<String> kmsKeyId, boolean bucketKeyEnabled) {

        public EncryptionDefault {
            Objects.requireNonNull(algorithm, "algorithm");
            Objects.requireNonNull(kmsKeyId, "kmsKeyId");
        }
    }
}
