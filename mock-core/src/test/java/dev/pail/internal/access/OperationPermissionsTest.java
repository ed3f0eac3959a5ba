package dev.pail.internal.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pail.S3Operation;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The permission each operation needs: S3's "Amazon S3 actions" (policy actions, several unlike the
 * operation's name) and the ACL overview's "mapping of ACL permissions and access policy permissions".
 */
class OperationPermissionsTest {

    @ParameterizedTest(name = "{0} (versionId: {1}) needs {2}, which {3} {4} grants")
    @CsvSource({
        "GET_OBJECT,                  false, s3:GetObject,                  OBJECT, READ",
        "GET_OBJECT,                  true,  s3:GetObjectVersion,           OBJECT, READ",
        "HEAD_OBJECT,                 false, s3:GetObject,                  OBJECT, READ",
        "HEAD_OBJECT,                 true,  s3:GetObjectVersion,           OBJECT, READ",
        "PUT_OBJECT,                  false, s3:PutObject,                  BUCKET, WRITE",
        "POST_OBJECT,                 false, s3:PutObject,                  BUCKET, WRITE",
        "COPY_OBJECT,                 false, s3:PutObject,                  BUCKET, WRITE",
        "CREATE_MULTIPART_UPLOAD,     false, s3:PutObject,                  BUCKET, WRITE",
        "UPLOAD_PART,                 false, s3:PutObject,                  BUCKET, WRITE",
        "UPLOAD_PART_COPY,            false, s3:PutObject,                  BUCKET, WRITE",
        "COMPLETE_MULTIPART_UPLOAD,   false, s3:PutObject,                  BUCKET, WRITE",
        "ABORT_MULTIPART_UPLOAD,      false, s3:AbortMultipartUpload,       BUCKET, WRITE",
        "DELETE_OBJECT,               false, s3:DeleteObject,               BUCKET, WRITE",
        "DELETE_OBJECT,               true,  s3:DeleteObjectVersion,        BUCKET, WRITE",
        "LIST_OBJECTS,                false, s3:ListBucket,                 BUCKET, READ",
        "LIST_OBJECTS_V2,             false, s3:ListBucket,                 BUCKET, READ",
        "HEAD_BUCKET,                 false, s3:ListBucket,                 BUCKET, READ",
        "LIST_OBJECT_VERSIONS,        false, s3:ListBucketVersions,         BUCKET, READ",
        "LIST_MULTIPART_UPLOADS,      false, s3:ListBucketMultipartUploads, BUCKET, READ",
        "LIST_PARTS,                  false, s3:ListMultipartUploadParts,   BUCKET, READ",
        "GET_BUCKET_ACL,              false, s3:GetBucketAcl,               BUCKET, READ_ACP",
        "PUT_BUCKET_ACL,              false, s3:PutBucketAcl,               BUCKET, WRITE_ACP",
        "GET_OBJECT_ACL,              false, s3:GetObjectAcl,               OBJECT, READ_ACP",
        "GET_OBJECT_ACL,              true,  s3:GetObjectVersionAcl,        OBJECT, READ_ACP",
        "PUT_OBJECT_ACL,              false, s3:PutObjectAcl,               OBJECT, WRITE_ACP",
        "PUT_OBJECT_ACL,              true,  s3:PutObjectVersionAcl,        OBJECT, WRITE_ACP",
    })
    void aclGrantableOperations(S3Operation operation, boolean versioned, String action, AclTarget aclOf, Permission permission) {
        Requirement requirement = OperationPermissions.of(operation, versioned);
        assertThat(requirement.action()).isEqualTo(action);
        assertThat(requirement.aclOf()).isEqualTo(aclOf);
        assertThat(requirement.permission()).contains(permission);
    }

    @ParameterizedTest(name = "{0} needs {1}, which no ACL grants")
    @CsvSource({
        "DELETE_BUCKET_CORS,                s3:PutBucketCORS",
        "GET_BUCKET_CORS,                   s3:GetBucketCORS",
        "DELETE_BUCKET_ENCRYPTION,          s3:PutEncryptionConfiguration",
        "DELETE_BUCKET_LIFECYCLE,           s3:PutLifecycleConfiguration",
        "GET_BUCKET_LIFECYCLE_CONFIGURATION, s3:GetLifecycleConfiguration",
        "DELETE_BUCKET_TAGGING,             s3:PutBucketTagging",
        "DELETE_BUCKET_REPLICATION,         s3:PutReplicationConfiguration",
        "DELETE_PUBLIC_ACCESS_BLOCK,        s3:PutBucketPublicAccessBlock",
        "DELETE_BUCKET_OWNERSHIP_CONTROLS,  s3:PutBucketOwnershipControls",
        "DELETE_BUCKET_POLICY,              s3:DeleteBucketPolicy",
        "DELETE_BUCKET_WEBSITE,             s3:DeleteBucketWebsite",
        "DELETE_BUCKET_METRICS_CONFIGURATION, s3:PutMetricsConfiguration",
        "LIST_BUCKET_INVENTORY_CONFIGURATIONS, s3:GetInventoryConfiguration",
        "GET_BUCKET_NOTIFICATION_CONFIGURATION, s3:GetBucketNotification",
        "PUT_OBJECT_LOCK_CONFIGURATION,     s3:PutBucketObjectLockConfiguration",
        "GET_OBJECT_TAGGING,                s3:GetObjectTagging",
        "PUT_OBJECT_RETENTION,              s3:PutObjectRetention",
        "RESTORE_OBJECT,                    s3:RestoreObject",
        "DELETE_BUCKET,                     s3:DeleteBucket",
        "GET_BUCKET_POLICY_STATUS,          s3:GetBucketPolicyStatus",
        "LIST_BUCKETS,                      s3:ListAllMyBuckets",
        "CREATE_BUCKET,                     s3:CreateBucket",
    })
    void ownerOrPolicyOnlyOperations(S3Operation operation, String action) {
        Requirement requirement = OperationPermissions.of(operation, false);
        assertThat(requirement.action()).isEqualTo(action);
        assertThat(requirement.permission()).isEqualTo(Optional.empty());
    }

    @ParameterizedTest
    @EnumSource(S3Operation.class)
    void everyOperationNeedsAnActionOfTheRightService(S3Operation operation) {
        Requirement requirement = OperationPermissions.of(operation, false);
        assertThat(requirement.action()).matches("(s3|s3express|s3-object-lambda):[A-Za-z*]+");
        assertThat(requirement.target() == AclTarget.OBJECT).as("object operations act on a key")
                .isEqualTo(operation.requestUri().contains("{Key+}") || operation == S3Operation.POST_OBJECT
                        || operation == S3Operation.DELETE_OBJECTS);
    }
}
