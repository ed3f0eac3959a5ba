package dev.pail.internal.handler.config;

import static dev.pail.internal.handler.config.ConfigurationChecks.malformed;
import static dev.pail.internal.handler.config.ConfigurationChecks.requireOneOf;

import dev.pail.S3ErrorCode;
import dev.pail.internal.error.S3Exception;
import dev.pail.internal.handler.config.ConfigurationKind.Absence;
import dev.pail.internal.handler.lock.ObjectLocks;
import dev.pail.internal.handler.policy.BucketAccess;
import dev.pail.internal.store.Bucket;
import dev.pail.internal.store.Store;
import dev.pail.internal.xml.AbacStatus;
import dev.pail.internal.xml.AccelerateConfiguration;
import dev.pail.internal.xml.BucketLoggingStatus;
import dev.pail.internal.xml.CorsConfiguration;
import dev.pail.internal.xml.LifecycleConfiguration;
import dev.pail.internal.xml.NotificationConfiguration;
import dev.pail.internal.xml.OwnershipControls;
import dev.pail.internal.xml.PublicAccessBlockConfiguration;
import dev.pail.internal.xml.ReplicationConfiguration;
import dev.pail.internal.xml.RequestPaymentConfiguration;
import dev.pail.internal.xml.ServerSideEncryptionConfiguration;
import dev.pail.internal.xml.WebsiteConfiguration;
import java.util.Set;

/** Every bucket configuration kept as one document, with S3's checks and defaults. */
public final class ConfigurationKinds {

    public static final ConfigurationKind<CorsConfiguration> CORS = ConfigurationKind.of("cors", CorsConfiguration.class,
            CorsValidation::check, new Absence.NotFound<>(S3ErrorCode.NO_SUCH_CORS_CONFIGURATION));

    public static final ConfigurationKind<LifecycleConfiguration> LIFECYCLE = ConfigurationKind.of("lifecycle",
            LifecycleConfiguration.class, LifecycleValidation::check,
            new Absence.NotFound<>(S3ErrorCode.NO_SUCH_LIFECYCLE_CONFIGURATION));

    /** Since January 2023 every bucket encrypts with SSE-S3 unless configured otherwise. */
    public static final ConfigurationKind<ServerSideEncryptionConfiguration> ENCRYPTION = ConfigurationKind.of("encryption",
            ServerSideEncryptionConfiguration.class, ConfigurationKinds::checkEncryption,
            new Absence.Fallback<>(BucketEncryption::s3Default));

    /** Since April 2023 new buckets start with BucketOwnerEnforced. */
    public static final ConfigurationKind<OwnershipControls> OWNERSHIP = ConfigurationKind.of("ownershipControls",
            OwnershipControls.class, ConfigurationKinds::checkOwnership,
            new Absence.Initial<>(() -> new OwnershipControls(BucketAccess.BUCKET_OWNER_ENFORCED),
                    S3ErrorCode.OWNERSHIP_CONTROLS_NOT_FOUND_ERROR));

    /** Since April 2023 new buckets start with every Block Public Access setting on. */
    public static final ConfigurationKind<PublicAccessBlockConfiguration> PUBLIC_ACCESS_BLOCK = ConfigurationKind.of(
            "publicAccessBlock", PublicAccessBlockConfiguration.class, ConfigurationKinds::completePublicAccessBlock,
            new Absence.Initial<>(() -> PublicAccessBlockConfiguration.all(true),
                    S3ErrorCode.NO_SUCH_PUBLIC_ACCESS_BLOCK_CONFIGURATION));

    public static final ConfigurationKind<WebsiteConfiguration> WEBSITE = ConfigurationKind.of("website",
            WebsiteConfiguration.class, WebsiteValidation::check,
            new Absence.NotFound<>(S3ErrorCode.NO_SUCH_WEBSITE_CONFIGURATION));

    /** An empty {@code BucketLoggingStatus} switches logging off. */
    public static final ConfigurationKind<BucketLoggingStatus> LOGGING = new ConfigurationKind<>("logging",
            BucketLoggingStatus.class, ConfigurationKinds::checkLogging, status -> status.loggingEnabled == null,
            new Absence.Fallback<>(BucketLoggingStatus::new));

    /** An empty {@code NotificationConfiguration} switches notifications off. */
    public static final ConfigurationKind<NotificationConfiguration> NOTIFICATION = new ConfigurationKind<>("notification",
            NotificationConfiguration.class, NotificationValidation::check, NotificationConfiguration::isEmpty,
            new Absence.Fallback<>(NotificationConfiguration::new));

    public static final ConfigurationKind<ReplicationConfiguration> REPLICATION = ConfigurationKind.of("replication",
            ReplicationConfiguration.class, ReplicationValidation::check,
            new Absence.NotFound<>(S3ErrorCode.REPLICATION_CONFIGURATION_NOT_FOUND_ERROR));

    public static final ConfigurationKind<RequestPaymentConfiguration> REQUEST_PAYMENT = ConfigurationKind.of("requestPayment",
            RequestPaymentConfiguration.class,
            (document, bucket, store) -> requireOneOf(document.payer, Set.of("BucketOwner", "Requester")),
            new Absence.Fallback<>(() -> new RequestPaymentConfiguration("BucketOwner")));

    public static final ConfigurationKind<AccelerateConfiguration> ACCELERATE = ConfigurationKind.of("accelerate",
            AccelerateConfiguration.class, ConfigurationKinds::checkAccelerate,
            new Absence.Fallback<>(AccelerateConfiguration::new));

    public static final ConfigurationKind<AbacStatus> ABAC = ConfigurationKind.of("abac", AbacStatus.class,
            (document, bucket, store) -> requireOneOf(document.status, ConfigurationChecks.ENABLED_DISABLED),
            new Absence.Fallback<>(() -> new AbacStatus("Disabled")));

    private static final Set<String> SSE_ALGORITHMS = Set.of("AES256", "aws:kms", "aws:kms:dsse");
    private static final Set<String> BLOCKABLE_ENCRYPTION = Set.of("NONE", "SSE-C");
    private static final Set<String> OBJECT_OWNERSHIP = Set.of("BucketOwnerPreferred", "ObjectWriter",
            BucketAccess.BUCKET_OWNER_ENFORCED);

    private ConfigurationKinds() {
    }

    private static void checkEncryption(ServerSideEncryptionConfiguration configuration, Bucket bucket, Store store) {
        ConfigurationChecks.requireCount(configuration.rules, 1, 1);
        ServerSideEncryptionConfiguration.Rule rule = configuration.rules.get(0);
        ServerSideEncryptionConfiguration.ByDefault byDefault = ConfigurationChecks.required(rule.applyServerSideEncryptionByDefault);
        requireOneOf(byDefault.sseAlgorithm, SSE_ALGORITHMS);
        if (byDefault.kmsMasterKeyId != null && byDefault.sseAlgorithm.equals("AES256")) {
            throw new S3Exception(S3ErrorCode.INVALID_ARGUMENT, "a KMSMasterKeyID is not applicable if the default "
                    + "sse algorithm is not aws:kms or aws:kms:dsse").detail("ArgumentName", "ApplyServerSideEncryptionByDefault");
        }
        if (rule.blockedEncryptionTypes != null) {
            rule.blockedEncryptionTypes.encryptionTypes.forEach(type -> requireOneOf(type, BLOCKABLE_ENCRYPTION));
        }
    }

    private static void checkOwnership(OwnershipControls controls, Bucket bucket, Store store) {
        ConfigurationChecks.requireCount(controls.rules, 1, 1);
        requireOneOf(controls.rules.get(0).objectOwnership, OBJECT_OWNERSHIP);
        BucketAccess.checkOwnershipAllowed(controls, bucket);
    }

    /** S3 answers all four settings; one left out of a PUT is off. */
    private static void completePublicAccessBlock(PublicAccessBlockConfiguration configuration, Bucket bucket, Store store) {
        configuration.blockPublicAcls = Boolean.TRUE.equals(configuration.blockPublicAcls);
        configuration.ignorePublicAcls = Boolean.TRUE.equals(configuration.ignorePublicAcls);
        configuration.blockPublicPolicy = Boolean.TRUE.equals(configuration.blockPublicPolicy);
        configuration.restrictPublicBuckets = Boolean.TRUE.equals(configuration.restrictPublicBuckets);
    }

    private static void checkLogging(BucketLoggingStatus status, Bucket bucket, Store store) {
        BucketLoggingStatus.LoggingEnabled logging = status.loggingEnabled;
        if (logging == null) {
            return;
        }
        if (logging.targetBucket == null || logging.targetPrefix == null) {
            throw malformed();
        }
        BucketLoggingStatus.TargetObjectKeyFormat format = logging.targetObjectKeyFormat;
        if (format != null && (format.simplePrefix == null) == (format.partitionedPrefix == null)) {
            throw malformed();
        }
        if (format != null && format.partitionedPrefix != null && format.partitionedPrefix.partitionDateSource != null) {
            requireOneOf(format.partitionedPrefix.partitionDateSource, Set.of("EventTime", "DeliveryTime"));
        }
        if (logging.targetGrants != null) {
            logging.targetGrants.forEach(grant -> requireOneOf(grant.permission, Set.of("FULL_CONTROL", "READ", "WRITE")));
        }
        Bucket target = store.bucket(logging.targetBucket).orElseThrow(() -> new S3Exception(
                S3ErrorCode.INVALID_TARGET_BUCKET_FOR_LOGGING, "The target bucket for logging does not exist")
                .detail("TargetBucket", logging.targetBucket));
        if (!target.region().equals(bucket.region())) {
            throw new S3Exception(S3ErrorCode.CROSS_LOCATION_LOGGING_PROHIBITED)
                    .detail("SourceBucketLocation", bucket.region()).detail("TargetBucketLocation", target.region());
        }
        // "Logging requests with server access logging": the target may not have a default Object Lock
        // retention (that it belongs to the source's owner is checked where the users are known)
        if (ObjectLocks.configuration(target).map(c -> c.rule).map(r -> r.defaultRetention).isPresent()) {
            throw new S3Exception(S3ErrorCode.INVALID_TARGET_BUCKET_FOR_LOGGING,
                    "The target bucket for logging cannot have a default retention period configured.")
                    .detail("TargetBucket", logging.targetBucket);
        }
    }

    private static void checkAccelerate(AccelerateConfiguration configuration, Bucket bucket, Store store) {
        if (bucket.name().contains(".")) {
            throw new S3Exception(S3ErrorCode.INVALID_REQUEST,
                    "S3 Transfer Acceleration is not supported for buckets with periods (.) in their names");
        }
        requireOneOf(configuration.status, Set.of("Enabled", "Suspended"));
    }
}
