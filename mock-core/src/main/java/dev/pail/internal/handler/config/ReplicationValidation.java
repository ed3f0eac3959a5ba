package dev.pail.internal.handler.config;

import static dev.pail.internal.handler.config.ConfigurationChecks.malformed;

import dev.pail.S3ErrorCode;
import dev.pail.internal.error.S3Exception;
import dev.pail.internal.store.Bucket;
import dev.pail.internal.store.Store;
import dev.pail.internal.store.VersioningState;
import dev.pail.internal.xml.ReplicationConfiguration.Rule;
import dev.pail.internal.xml.ReplicationConfiguration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** S3's rules for a replication configuration, including versioning on both ends. */
public final class ReplicationValidation {

    public static final int MAX_RULES = 1000;
    private static final String BUCKET_ARN = "arn:aws:s3:::";
    private static final Set<String> STORAGE_CLASSES = Set.of("STANDARD", "REDUCED_REDUNDANCY", "STANDARD_IA",
            "ONEZONE_IA", "INTELLIGENT_TIERING", "GLACIER", "DEEP_ARCHIVE", "OUTPOSTS", "GLACIER_IR", "SNOW",
            "EXPRESS_ONEZONE", "FSX_OPENZFS", "FSX_ONTAP");

    private ReplicationValidation() {
    }

    public static void check(ReplicationConfiguration configuration, Bucket bucket, Store store) {
        if (bucket.versioning() != VersioningState.ENABLED) {
            throw new S3Exception(S3ErrorCode.INVALID_REQUEST,
                    "Versioning must be 'Enabled' on the bucket to apply a replication configuration")
                    .detail("BucketName", bucket.name());
        }
        if (configuration.role == null || configuration.role.isEmpty()) {
            throw malformed();
        }
        ConfigurationChecks.requireCount(configuration.rules, 1, MAX_RULES);
        Set<String> ids = new HashSet<>();
        for (Rule rule : configuration.rules) {
            ConfigurationChecks.requireOneOf(rule.status, ConfigurationChecks.ENABLED_DISABLED);
            ConfigurationChecks.checkRuleId(rule.id, ids);
            if (rule.id == null || rule.id.isEmpty()) {
                rule.id = ConfigurationChecks.generatedId();
            }
            if (rule.prefix != null && rule.filter != null) {
                throw malformed();
            }
            ConfigurationChecks.checkFilter(rule.filter, false, false);
            if (rule.filter != null && rule.deleteMarkerReplication == null) {
                throw new S3Exception(S3ErrorCode.INVALID_REQUEST, "DeleteMarkerReplication must be specified for "
                        + "this version of Cross Region Replication configuration schema.");
            }
            checkStatus(rule.deleteMarkerReplication);
            checkStatus(rule.existingObjectReplication);
            if (rule.sourceSelectionCriteria != null) {
                checkStatus(rule.sourceSelectionCriteria.sseKmsEncryptedObjects);
                checkStatus(rule.sourceSelectionCriteria.replicaModifications);
            }
            checkDestination(ConfigurationChecks.required(rule.destination), store);
        }
    }

    private static void checkStatus(ReplicationConfiguration.StatusOnly element) {
        if (element != null) {
            ConfigurationChecks.requireOneOf(element.status, ConfigurationChecks.ENABLED_DISABLED);
        }
    }

    private static void checkDestination(ReplicationConfiguration.Destination destination, Store store) {
        String arn = ConfigurationChecks.required(destination.bucket);
        if (!arn.startsWith(BUCKET_ARN) || arn.length() == BUCKET_ARN.length()) {
            throw new S3Exception(S3ErrorCode.INVALID_ARGUMENT, "Invalid bucket ARN.")
                    .detail("ArgumentName", "Bucket").detail("ArgumentValue", arn);
        }
        if (destination.storageClass != null) {
            ConfigurationChecks.requireOneOf(destination.storageClass, STORAGE_CLASSES);
        }
        if (destination.account != null) {
            return; // another account's bucket: not in this store
        }
        Optional<Bucket> target = store.bucket(arn.substring(BUCKET_ARN.length()));
        if (target.isEmpty()) {
            throw new S3Exception(S3ErrorCode.INVALID_REQUEST, "Destination bucket must exist.");
        }
        if (target.get().versioning() != VersioningState.ENABLED) {
            throw new S3Exception(S3ErrorCode.INVALID_REQUEST, "Destination bucket must have versioning enabled.");
        }
    }
}
