package dev.pail.internal.access;

import static dev.pail.internal.access.Permission.READ;
import static dev.pail.internal.access.Permission.READ_ACP;
import static dev.pail.internal.access.Permission.WRITE_ACP;

import dev.pail.S3Operation;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * S3's table of what each operation needs: its policy action (many differ from the operation's name:
 * DeleteBucketCors is {@code s3:PutBucketCORS}, ListObjectVersions {@code s3:ListBucketVersions}, an
 * UploadPart {@code s3:PutObject}) and the ACL permission that grants it. From the "Amazon S3 actions"
 * and "Access control list (ACL) overview / mapping of ACL permissions and access policy permissions"
 * pages of S3's user guide; a request naming a {@code versionId} needs the version form of object actions.
 */
public final class OperationPermissions {

    /** What a request needs besides its operation's permission to bypass GOVERNANCE retention. */
    public static final Requirement BYPASS_GOVERNANCE = Requirement.object("s3:BypassGovernanceRetention");

    private static final Map<S3Operation, Requirement> TABLE = table();
    private static final Map<S3Operation, Requirement> VERSIONED = versioned();

    private OperationPermissions() {
    }

    /**
     * What the operation needs.
     *
     * @param versioned whether the request names a version ({@code versionId}), which turns
     *                  {@code s3:GetObject} into {@code s3:GetObjectVersion} and the like
     */
    public static Requirement of(S3Operation operation, boolean versioned) {
        if (versioned && VERSIONED.containsKey(operation)) {
            return VERSIONED.get(operation);
        }
        return Optional.ofNullable(TABLE.get(operation))
                .orElseGet(() -> Requirement.bucket("s3:" + operation.operationName()));
    }

    private static Map<S3Operation, Requirement> table() {
        Map<S3Operation, Requirement> t = new EnumMap<>(S3Operation.class);
        objects(t);
        listings(t);
        bucketConfigurations(t);
        t.put(S3Operation.LIST_BUCKETS, Requirement.service("s3:ListAllMyBuckets"));
        t.put(S3Operation.LIST_DIRECTORY_BUCKETS, Requirement.service("s3express:ListAllMyDirectoryBuckets"));
        t.put(S3Operation.CREATE_BUCKET, Requirement.service("s3:CreateBucket"));
        t.put(S3Operation.WRITE_GET_OBJECT_RESPONSE, Requirement.service("s3-object-lambda:WriteGetObjectResponse"));
        t.put(S3Operation.UNKNOWN, Requirement.service("s3:*"));
        t.put(S3Operation.DELETE_BUCKET, Requirement.bucket("s3:DeleteBucket"));
        t.put(S3Operation.CREATE_SESSION, Requirement.bucket("s3express:CreateSession"));
        t.put(S3Operation.GET_BUCKET_ACL, Requirement.bucket("s3:GetBucketAcl", READ_ACP));
        t.put(S3Operation.PUT_BUCKET_ACL, Requirement.bucket("s3:PutBucketAcl", WRITE_ACP));
        return t;
    }

    private static void objects(Map<S3Operation, Requirement> t) {
        t.put(S3Operation.GET_OBJECT, Requirement.object("s3:GetObject", READ));
        t.put(S3Operation.HEAD_OBJECT, Requirement.object("s3:GetObject", READ));
        t.put(S3Operation.SELECT_OBJECT_CONTENT, Requirement.object("s3:GetObject", READ));
        t.put(S3Operation.GET_OBJECT_TORRENT, Requirement.object("s3:GetObjectTorrent", READ));
        t.put(S3Operation.GET_OBJECT_ATTRIBUTES, Requirement.object("s3:GetObjectAttributes", READ));
        t.put(S3Operation.GET_OBJECT_ACL, Requirement.object("s3:GetObjectAcl", READ_ACP));
        t.put(S3Operation.PUT_OBJECT_ACL, Requirement.object("s3:PutObjectAcl", WRITE_ACP));
        for (S3Operation write : new S3Operation[] {S3Operation.PUT_OBJECT, S3Operation.POST_OBJECT, S3Operation.COPY_OBJECT,
                S3Operation.CREATE_MULTIPART_UPLOAD, S3Operation.UPLOAD_PART, S3Operation.UPLOAD_PART_COPY,
                S3Operation.COMPLETE_MULTIPART_UPLOAD, S3Operation.RENAME_OBJECT}) {
            t.put(write, Requirement.objectWrite("s3:PutObject"));
        }
        t.put(S3Operation.ABORT_MULTIPART_UPLOAD, Requirement.objectWrite("s3:AbortMultipartUpload"));
        t.put(S3Operation.DELETE_OBJECT, Requirement.objectWrite("s3:DeleteObject"));
        t.put(S3Operation.LIST_PARTS, new Requirement("s3:ListMultipartUploadParts", Optional.of(READ),
                AclTarget.BUCKET, AclTarget.OBJECT));
        t.put(S3Operation.GET_OBJECT_TAGGING, Requirement.object("s3:GetObjectTagging"));
        t.put(S3Operation.PUT_OBJECT_TAGGING, Requirement.object("s3:PutObjectTagging"));
        t.put(S3Operation.DELETE_OBJECT_TAGGING, Requirement.object("s3:DeleteObjectTagging"));
        t.put(S3Operation.GET_OBJECT_RETENTION, Requirement.object("s3:GetObjectRetention"));
        t.put(S3Operation.PUT_OBJECT_RETENTION, Requirement.object("s3:PutObjectRetention"));
        t.put(S3Operation.GET_OBJECT_LEGAL_HOLD, Requirement.object("s3:GetObjectLegalHold"));
        t.put(S3Operation.PUT_OBJECT_LEGAL_HOLD, Requirement.object("s3:PutObjectLegalHold"));
        t.put(S3Operation.RESTORE_OBJECT, Requirement.object("s3:RestoreObject"));
        t.put(S3Operation.UPDATE_OBJECT_ENCRYPTION, Requirement.object("s3:PutObject"));
    }

    private static void listings(Map<S3Operation, Requirement> t) {
        t.put(S3Operation.LIST_OBJECTS, Requirement.bucket("s3:ListBucket", READ));
        t.put(S3Operation.LIST_OBJECTS_V2, Requirement.bucket("s3:ListBucket", READ));
        t.put(S3Operation.HEAD_BUCKET, Requirement.bucket("s3:ListBucket", READ));
        t.put(S3Operation.LIST_OBJECT_VERSIONS, Requirement.bucket("s3:ListBucketVersions", READ));
        t.put(S3Operation.LIST_MULTIPART_UPLOADS, Requirement.bucket("s3:ListBucketMultipartUploads", READ));
        // DeleteObjects is authorized key by key (s3:DeleteObject) by its handler; the request needs bucket WRITE or a policy
        t.put(S3Operation.DELETE_OBJECTS, Requirement.objectWrite("s3:DeleteObject"));
    }

    private static void bucketConfigurations(Map<S3Operation, Requirement> t) {
        pair(t, "s3:GetBucketCORS", "s3:PutBucketCORS", S3Operation.GET_BUCKET_CORS, S3Operation.PUT_BUCKET_CORS,
                S3Operation.DELETE_BUCKET_CORS);
        pair(t, "s3:GetEncryptionConfiguration", "s3:PutEncryptionConfiguration", S3Operation.GET_BUCKET_ENCRYPTION,
                S3Operation.PUT_BUCKET_ENCRYPTION, S3Operation.DELETE_BUCKET_ENCRYPTION);
        pair(t, "s3:GetLifecycleConfiguration", "s3:PutLifecycleConfiguration", S3Operation.GET_BUCKET_LIFECYCLE_CONFIGURATION,
                S3Operation.PUT_BUCKET_LIFECYCLE_CONFIGURATION, S3Operation.DELETE_BUCKET_LIFECYCLE);
        pair(t, "s3:GetLifecycleConfiguration", "s3:PutLifecycleConfiguration", S3Operation.GET_BUCKET_LIFECYCLE,
                S3Operation.PUT_BUCKET_LIFECYCLE, S3Operation.DELETE_BUCKET_LIFECYCLE);
        pair(t, "s3:GetBucketOwnershipControls", "s3:PutBucketOwnershipControls", S3Operation.GET_BUCKET_OWNERSHIP_CONTROLS,
                S3Operation.PUT_BUCKET_OWNERSHIP_CONTROLS, S3Operation.DELETE_BUCKET_OWNERSHIP_CONTROLS);
        pair(t, "s3:GetReplicationConfiguration", "s3:PutReplicationConfiguration", S3Operation.GET_BUCKET_REPLICATION,
                S3Operation.PUT_BUCKET_REPLICATION, S3Operation.DELETE_BUCKET_REPLICATION);
        pair(t, "s3:GetBucketTagging", "s3:PutBucketTagging", S3Operation.GET_BUCKET_TAGGING, S3Operation.PUT_BUCKET_TAGGING,
                S3Operation.DELETE_BUCKET_TAGGING);
        pair(t, "s3:GetBucketPublicAccessBlock", "s3:PutBucketPublicAccessBlock", S3Operation.GET_PUBLIC_ACCESS_BLOCK,
                S3Operation.PUT_PUBLIC_ACCESS_BLOCK, S3Operation.DELETE_PUBLIC_ACCESS_BLOCK);
        pair(t, "s3:GetAnalyticsConfiguration", "s3:PutAnalyticsConfiguration", S3Operation.GET_BUCKET_ANALYTICS_CONFIGURATION,
                S3Operation.PUT_BUCKET_ANALYTICS_CONFIGURATION, S3Operation.DELETE_BUCKET_ANALYTICS_CONFIGURATION);
        pair(t, "s3:GetIntelligentTieringConfiguration", "s3:PutIntelligentTieringConfiguration",
                S3Operation.GET_BUCKET_INTELLIGENT_TIERING_CONFIGURATION, S3Operation.PUT_BUCKET_INTELLIGENT_TIERING_CONFIGURATION,
                S3Operation.DELETE_BUCKET_INTELLIGENT_TIERING_CONFIGURATION);
        pair(t, "s3:GetInventoryConfiguration", "s3:PutInventoryConfiguration", S3Operation.GET_BUCKET_INVENTORY_CONFIGURATION,
                S3Operation.PUT_BUCKET_INVENTORY_CONFIGURATION, S3Operation.DELETE_BUCKET_INVENTORY_CONFIGURATION);
        pair(t, "s3:GetMetricsConfiguration", "s3:PutMetricsConfiguration", S3Operation.GET_BUCKET_METRICS_CONFIGURATION,
                S3Operation.PUT_BUCKET_METRICS_CONFIGURATION, S3Operation.DELETE_BUCKET_METRICS_CONFIGURATION);
        pair(t, "s3:GetBucketWebsite", "s3:PutBucketWebsite", S3Operation.GET_BUCKET_WEBSITE, S3Operation.PUT_BUCKET_WEBSITE, null);
        pair(t, "s3:GetBucketPolicy", "s3:PutBucketPolicy", S3Operation.GET_BUCKET_POLICY, S3Operation.PUT_BUCKET_POLICY, null);
        pair(t, "s3:GetBucketNotification", "s3:PutBucketNotification", S3Operation.GET_BUCKET_NOTIFICATION_CONFIGURATION,
                S3Operation.PUT_BUCKET_NOTIFICATION_CONFIGURATION, null);
        pair(t, "s3:GetBucketNotification", "s3:PutBucketNotification", S3Operation.GET_BUCKET_NOTIFICATION,
                S3Operation.PUT_BUCKET_NOTIFICATION, null);
        pair(t, "s3:GetAccelerateConfiguration", "s3:PutAccelerateConfiguration", S3Operation.GET_BUCKET_ACCELERATE_CONFIGURATION,
                S3Operation.PUT_BUCKET_ACCELERATE_CONFIGURATION, null);
        pair(t, "s3:GetBucketObjectLockConfiguration", "s3:PutBucketObjectLockConfiguration",
                S3Operation.GET_OBJECT_LOCK_CONFIGURATION, S3Operation.PUT_OBJECT_LOCK_CONFIGURATION, null);
        t.put(S3Operation.DELETE_BUCKET_WEBSITE, Requirement.bucket("s3:DeleteBucketWebsite"));
        t.put(S3Operation.DELETE_BUCKET_POLICY, Requirement.bucket("s3:DeleteBucketPolicy"));
        t.put(S3Operation.LIST_BUCKET_ANALYTICS_CONFIGURATIONS, Requirement.bucket("s3:GetAnalyticsConfiguration"));
        t.put(S3Operation.LIST_BUCKET_INTELLIGENT_TIERING_CONFIGURATIONS, Requirement.bucket("s3:GetIntelligentTieringConfiguration"));
        t.put(S3Operation.LIST_BUCKET_INVENTORY_CONFIGURATIONS, Requirement.bucket("s3:GetInventoryConfiguration"));
        t.put(S3Operation.LIST_BUCKET_METRICS_CONFIGURATIONS, Requirement.bucket("s3:GetMetricsConfiguration"));
        t.put(S3Operation.GET_BUCKET_POLICY_STATUS, Requirement.bucket("s3:GetBucketPolicyStatus"));
        t.put(S3Operation.GET_BUCKET_LOCATION, Requirement.bucket("s3:GetBucketLocation"));
        t.put(S3Operation.GET_BUCKET_LOGGING, Requirement.bucket("s3:GetBucketLogging"));
        t.put(S3Operation.PUT_BUCKET_LOGGING, Requirement.bucket("s3:PutBucketLogging"));
        t.put(S3Operation.GET_BUCKET_VERSIONING, Requirement.bucket("s3:GetBucketVersioning"));
        t.put(S3Operation.PUT_BUCKET_VERSIONING, Requirement.bucket("s3:PutBucketVersioning"));
        t.put(S3Operation.GET_BUCKET_REQUEST_PAYMENT, Requirement.bucket("s3:GetBucketRequestPayment"));
        t.put(S3Operation.PUT_BUCKET_REQUEST_PAYMENT, Requirement.bucket("s3:PutBucketRequestPayment"));
    }

    private static void pair(Map<S3Operation, Requirement> t, String get, String put, S3Operation getOp, S3Operation putOp,
                             S3Operation deleteOp) {
        t.put(getOp, Requirement.bucket(get));
        t.put(putOp, Requirement.bucket(put));
        if (deleteOp != null) {
            t.put(deleteOp, Requirement.bucket(put));
        }
    }

    private static Map<S3Operation, Requirement> versioned() {
        Map<S3Operation, Requirement> v = new EnumMap<>(S3Operation.class);
        v.put(S3Operation.GET_OBJECT, Requirement.object("s3:GetObjectVersion", READ));
        v.put(S3Operation.HEAD_OBJECT, Requirement.object("s3:GetObjectVersion", READ));
        v.put(S3Operation.GET_OBJECT_TORRENT, Requirement.object("s3:GetObjectVersionTorrent", READ));
        v.put(S3Operation.GET_OBJECT_ATTRIBUTES, Requirement.object("s3:GetObjectVersionAttributes", READ));
        v.put(S3Operation.GET_OBJECT_ACL, Requirement.object("s3:GetObjectVersionAcl", READ_ACP));
        v.put(S3Operation.PUT_OBJECT_ACL, Requirement.object("s3:PutObjectVersionAcl", WRITE_ACP));
        v.put(S3Operation.DELETE_OBJECT, Requirement.objectWrite("s3:DeleteObjectVersion"));
        v.put(S3Operation.GET_OBJECT_TAGGING, Requirement.object("s3:GetObjectVersionTagging"));
        v.put(S3Operation.PUT_OBJECT_TAGGING, Requirement.object("s3:PutObjectVersionTagging"));
        v.put(S3Operation.DELETE_OBJECT_TAGGING, Requirement.object("s3:DeleteObjectVersionTagging"));
        return v;
    }
}
