package dev.pail.internal.handler.config;

import static dev.pail.internal.handler.config.ConfigurationChecks.malformed;
import static dev.pail.internal.handler.config.ConfigurationChecks.requireOneOf;
import static dev.pail.internal.handler.config.ConfigurationChecks.required;

import dev.pail.S3ErrorCode;
import dev.pail.internal.error.S3Exception;
import dev.pail.internal.xml.AnalyticsConfiguration;
import dev.pail.internal.xml.IntelligentTieringConfiguration;
import dev.pail.internal.xml.InventoryConfiguration;
import dev.pail.internal.xml.MetricsConfiguration;
import java.util.Set;

/** S3's rules for the configurations kept by id: analytics, inventory, metrics, intelligent tiering. */
public final class IdConfigurationValidation {

    private static final Set<String> OPTIONAL_FIELDS = Set.of("Size", "LastModifiedDate", "StorageClass", "ETag",
            "IsMultipartUploaded", "ReplicationStatus", "EncryptionStatus", "ObjectLockRetainUntilDate",
            "ObjectLockMode", "ObjectLockLegalHoldStatus", "IntelligentTieringAccessTier", "BucketKeyStatus",
            "ChecksumAlgorithm", "ObjectAccessControlList", "ObjectOwner", "LifecycleExpirationDate");

    private IdConfigurationValidation() {
    }

    public static void analytics(AnalyticsConfiguration configuration) {
        ConfigurationChecks.checkFilter(configuration.filter, false, false);
        AnalyticsConfiguration.StorageClassAnalysis analysis = required(configuration.storageClassAnalysis);
        if (analysis.dataExport != null) {
            requireOneOf(analysis.dataExport.outputSchemaVersion, Set.of("V_1"));
            AnalyticsConfiguration.S3BucketDestination destination = required(required(
                    analysis.dataExport.destination).s3BucketDestination);
            requireOneOf(destination.format, Set.of("CSV"));
            requireBucketArn(destination.bucket);
        }
    }

    public static void inventory(InventoryConfiguration configuration) {
        InventoryConfiguration.S3BucketDestination destination = required(required(configuration.destination).s3BucketDestination);
        requireBucketArn(destination.bucket);
        requireOneOf(destination.format, Set.of("CSV", "ORC", "Parquet"));
        if (destination.encryption != null
                && (destination.encryption.sseS3 == null) == (destination.encryption.sseKms == null)) {
            throw malformed();
        }
        if (destination.encryption != null && destination.encryption.sseKms != null) {
            required(destination.encryption.sseKms.keyId);
        }
        required(configuration.isEnabled);
        requireOneOf(configuration.includedObjectVersions, Set.of("All", "Current"));
        requireOneOf(required(configuration.schedule).frequency, Set.of("Daily", "Weekly"));
        if (configuration.filter != null) {
            required(configuration.filter.prefix);
        }
        if (configuration.optionalFields != null) {
            configuration.optionalFields.forEach(field -> requireOneOf(field, OPTIONAL_FIELDS));
        }
    }

    public static void metrics(MetricsConfiguration configuration) {
        ConfigurationChecks.checkFilter(configuration.filter, false, true);
    }

    public static void intelligentTiering(IntelligentTieringConfiguration configuration) {
        ConfigurationChecks.checkFilter(configuration.filter, false, false);
        requireOneOf(configuration.status, ConfigurationChecks.ENABLED_DISABLED);
        ConfigurationChecks.requireCount(configuration.tierings, 1, 2);
        for (IntelligentTieringConfiguration.Tiering tiering : configuration.tierings) {
            requireOneOf(tiering.accessTier, Set.of("ARCHIVE_ACCESS", "DEEP_ARCHIVE_ACCESS"));
            int minimum = tiering.accessTier.equals("ARCHIVE_ACCESS") ? 90 : 180;
            if (required(tiering.days) < minimum || tiering.days > 730) {
                throw new S3Exception(S3ErrorCode.INVALID_ARGUMENT, "The " + tiering.accessTier + " tier must be "
                        + "configured with a number of days between " + minimum + " and 730")
                        .detail("ArgumentName", "Days").detail("ArgumentValue", Integer.toString(tiering.days));
            }
        }
        if (configuration.tierings.size() == 2 && configuration.tierings.get(0).accessTier
                .equals(configuration.tierings.get(1).accessTier)) {
            throw malformed();
        }
    }

    private static void requireBucketArn(String arn) {
        if (arn == null || !arn.startsWith("arn:aws:s3:::") || arn.length() == "arn:aws:s3:::".length()) {
            throw new S3Exception(S3ErrorCode.INVALID_ARGUMENT, "Invalid bucket ARN.")
                    .detail("ArgumentName", "Bucket").detail("ArgumentValue", arn);
        }
    }
}
