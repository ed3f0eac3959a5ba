package dev.pail.internal.access.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The S3 actions and condition keys a bucket policy may name (Service Authorization Reference,
 * "Actions, resources, and condition keys for Amazon S3"), each action with the kind of resource it
 * acts on. S3 refuses an action it does not define ("Policy has invalid action"), an action whose
 * resource the statement does not name ("Action does not apply to any resource(s) in statement"),
 * and an {@code s3:} condition key it does not define ("Policy has an invalid condition key").
 */
final class S3Catalog {

    /** The kind of resource an action acts on. */
    enum Kind { BUCKET, OBJECT, OTHER }

    /** An action, lower-cased, with its resource kind. */
    record Action(String name, Kind kind) { }

    private static final String BUCKET_ACTIONS = """
            CreateBucket DeleteBucket ListBucket ListBucketVersions ListBucketMultipartUploads GetBucketLocation
            GetBucketVersioning PutBucketVersioning GetBucketAcl PutBucketAcl GetBucketCORS PutBucketCORS
            GetBucketPolicy PutBucketPolicy DeleteBucketPolicy GetBucketPolicyStatus GetBucketPublicAccessBlock
            PutBucketPublicAccessBlock GetBucketTagging PutBucketTagging GetBucketWebsite PutBucketWebsite
            DeleteBucketWebsite GetBucketLogging PutBucketLogging GetBucketNotification PutBucketNotification
            GetBucketRequestPayment PutBucketRequestPayment GetLifecycleConfiguration PutLifecycleConfiguration
            GetReplicationConfiguration PutReplicationConfiguration GetEncryptionConfiguration
            PutEncryptionConfiguration GetAccelerateConfiguration PutAccelerateConfiguration
            GetAnalyticsConfiguration PutAnalyticsConfiguration GetInventoryConfiguration PutInventoryConfiguration
            GetMetricsConfiguration PutMetricsConfiguration GetIntelligentTieringConfiguration
            PutIntelligentTieringConfiguration GetBucketObjectLockConfiguration PutBucketObjectLockConfiguration
            GetBucketOwnershipControls PutBucketOwnershipControls ListBucketByTags PutBucketOwnershipControls
            GetBucketMetadataTableConfiguration CreateBucketMetadataTableConfiguration
            DeleteBucketMetadataTableConfiguration GetBucketAbac PutBucketAbac
            """;

    private static final String OBJECT_ACTIONS = """
            GetObject GetObjectVersion PutObject DeleteObject DeleteObjectVersion GetObjectAcl GetObjectVersionAcl
            PutObjectAcl PutObjectVersionAcl GetObjectTagging GetObjectVersionTagging PutObjectTagging
            PutObjectVersionTagging DeleteObjectTagging DeleteObjectVersionTagging GetObjectAttributes
            GetObjectVersionAttributes GetObjectRetention PutObjectRetention GetObjectLegalHold PutObjectLegalHold
            BypassGovernanceRetention AbortMultipartUpload ListMultipartUploadParts RestoreObject GetObjectTorrent
            GetObjectVersionTorrent ReplicateObject ReplicateDelete ReplicateTags GetObjectVersionForReplication
            ObjectOwnerOverrideToBucketOwner InitiateReplication RenameObject
            """;

    private static final String OTHER_ACTIONS = """
            ListAllMyBuckets CreateJob ListJobs DescribeJob UpdateJobPriority UpdateJobStatus
            GetAccountPublicAccessBlock PutAccountPublicAccessBlock ListAccessPoints CreateAccessPoint
            DeleteAccessPoint GetAccessPoint GetAccessPointPolicy PutAccessPointPolicy DeleteAccessPointPolicy
            GetAccessPointPolicyStatus ListStorageLensConfigurations GetStorageLensConfiguration
            PutStorageLensConfiguration DeleteStorageLensConfiguration ListMultiRegionAccessPoints
            """;

    private static final List<Action> ACTIONS = actions();

    /** S3's own condition keys, lower-cased; the ones ending in {@code /} take a tag key after the slash. */
    private static final Set<String> KEYS = Stream.of("""
            s3:prefix s3:delimiter s3:max-keys s3:versionid s3:locationconstraint s3:x-amz-acl
            s3:x-amz-grant-read s3:x-amz-grant-write s3:x-amz-grant-read-acp s3:x-amz-grant-write-acp
            s3:x-amz-grant-full-control s3:x-amz-copy-source s3:x-amz-metadata-directive
            s3:x-amz-server-side-encryption s3:x-amz-server-side-encryption-aws-kms-key-id
            s3:x-amz-server-side-encryption-customer-algorithm s3:x-amz-storage-class
            s3:x-amz-website-redirect-location s3:x-amz-content-sha256 s3:x-amz-object-ownership
            s3:requestobjecttagkeys s3:existingobjecttag/ s3:requestobjecttag/ s3:bucketTag/ s3:authtype
            s3:signatureage s3:signatureversion s3:tlsversion s3:object-lock-mode s3:object-lock-retain-until-date
            s3:object-lock-remaining-retention-days s3:object-lock-legal-hold s3:dataaccesspointarn
            s3:dataaccesspointaccount s3:accesspointnetworkorigin s3:resourceaccount s3:existingjobpriority
            s3:existingjoboperation s3:jobsuspendedcause s3:requestjobpriority s3:requestjoboperation
            s3:x-amz-checksum-algorithm s3:objectcreationoperation s3:if-match s3:if-none-match
            """.split("\\s+")).filter(k -> !k.isEmpty()).map(k -> k.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());

    private S3Catalog() {
    }

    private static List<Action> actions() {
        List<Action> all = new ArrayList<>();
        add(all, BUCKET_ACTIONS, Kind.BUCKET);
        add(all, OBJECT_ACTIONS, Kind.OBJECT);
        add(all, OTHER_ACTIONS, Kind.OTHER);
        return List.copyOf(all);
    }

    private static void add(List<Action> all, String names, Kind kind) {
        for (String name : names.trim().split("\\s+")) {
            Action action = new Action("s3:" + name.toLowerCase(Locale.ROOT), kind);
            if (!all.contains(action)) {
                all.add(action);
            }
        }
    }

    /** The actions a compiled, lower-cased pattern names ({@code *} names every S3 action). */
    static List<Action> named(Wildcard pattern) {
        return ACTIONS.stream().filter(action -> pattern.matches(action.name())).toList();
    }

    /** Whether {@code key}, in compared form, is one of S3's condition keys. */
    static boolean isS3Key(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        if (!lower.endsWith("/") && KEYS.contains(lower)) {
            return true;
        }
        int slash = lower.indexOf('/');
        return slash > 0 && slash < lower.length() - 1 && KEYS.contains(lower.substring(0, slash + 1));
    }
}
