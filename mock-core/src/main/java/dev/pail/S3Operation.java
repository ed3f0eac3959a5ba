package dev.pail;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every operation of the Amazon S3 API model ({@value #MODEL_VERSION}), one constant each.
 *
 * <p>Pail resolves each request it receives to one of these constants; the request journal,
 * verification patterns and fault rules are expressed in terms of them. Generated from botocore's
 * {@code service-2.json} by {@code mock-core/src/build/generate_operations.py}; do not edit by hand.
 */
public enum S3Operation {
    ABORT_MULTIPART_UPLOAD("AbortMultipartUpload", "DELETE", "/{Bucket}/{Key+}", List.of("uploadId"), List.of(), false),
    COMPLETE_MULTIPART_UPLOAD("CompleteMultipartUpload", "POST", "/{Bucket}/{Key+}", List.of("uploadId"), List.of(), false),
    COPY_OBJECT("CopyObject", "PUT", "/{Bucket}/{Key+}", List.of(), List.of("x-amz-copy-source"), false),
    CREATE_BUCKET("CreateBucket", "PUT", "/{Bucket}", List.of(), List.of(), false),
    CREATE_BUCKET_METADATA_CONFIGURATION("CreateBucketMetadataConfiguration", "POST", "/{Bucket}?metadataConfiguration", List.of(), List.of(), false),
    CREATE_BUCKET_METADATA_TABLE_CONFIGURATION("CreateBucketMetadataTableConfiguration", "POST", "/{Bucket}?metadataTable", List.of(), List.of(), false),
    CREATE_MULTIPART_UPLOAD("CreateMultipartUpload", "POST", "/{Bucket}/{Key+}?uploads", List.of(), List.of(), false),
    CREATE_SESSION("CreateSession", "GET", "/{Bucket}?session", List.of(), List.of(), false),
    DELETE_BUCKET("DeleteBucket", "DELETE", "/{Bucket}", List.of(), List.of(), false),
    DELETE_BUCKET_ANALYTICS_CONFIGURATION("DeleteBucketAnalyticsConfiguration", "DELETE", "/{Bucket}?analytics", List.of("id"), List.of(), false),
    DELETE_BUCKET_CORS("DeleteBucketCors", "DELETE", "/{Bucket}?cors", List.of(), List.of(), false),
    DELETE_BUCKET_ENCRYPTION("DeleteBucketEncryption", "DELETE", "/{Bucket}?encryption", List.of(), List.of(), false),
    DELETE_BUCKET_INTELLIGENT_TIERING_CONFIGURATION("DeleteBucketIntelligentTieringConfiguration", "DELETE", "/{Bucket}?intelligent-tiering", List.of("id"), List.of(), false),
    DELETE_BUCKET_INVENTORY_CONFIGURATION("DeleteBucketInventoryConfiguration", "DELETE", "/{Bucket}?inventory", List.of("id"), List.of(), false),
    DELETE_BUCKET_LIFECYCLE("DeleteBucketLifecycle", "DELETE", "/{Bucket}?lifecycle", List.of(), List.of(), false),
    DELETE_BUCKET_METADATA_CONFIGURATION("DeleteBucketMetadataConfiguration", "DELETE", "/{Bucket}?metadataConfiguration", List.of(), List.of(), false),
    DELETE_BUCKET_METADATA_TABLE_CONFIGURATION("DeleteBucketMetadataTableConfiguration", "DELETE", "/{Bucket}?metadataTable", List.of(), List.of(), false),
    DELETE_BUCKET_METRICS_CONFIGURATION("DeleteBucketMetricsConfiguration", "DELETE", "/{Bucket}?metrics", List.of("id"), List.of(), false),
    DELETE_BUCKET_OWNERSHIP_CONTROLS("DeleteBucketOwnershipControls", "DELETE", "/{Bucket}?ownershipControls", List.of(), List.of(), false),
    DELETE_BUCKET_POLICY("DeleteBucketPolicy", "DELETE", "/{Bucket}?policy", List.of(), List.of(), false),
    DELETE_BUCKET_REPLICATION("DeleteBucketReplication", "DELETE", "/{Bucket}?replication", List.of(), List.of(), false),
    DELETE_BUCKET_TAGGING("DeleteBucketTagging", "DELETE", "/{Bucket}?tagging", List.of(), List.of(), false),
    DELETE_BUCKET_WEBSITE("DeleteBucketWebsite", "DELETE", "/{Bucket}?website", List.of(), List.of(), false),
    DELETE_OBJECT("DeleteObject", "DELETE", "/{Bucket}/{Key+}", List.of(), List.of(), false),
    DELETE_OBJECT_TAGGING("DeleteObjectTagging", "DELETE", "/{Bucket}/{Key+}?tagging", List.of(), List.of(), false),
    DELETE_OBJECTS("DeleteObjects", "POST", "/{Bucket}?delete", List.of(), List.of(), false),
    DELETE_PUBLIC_ACCESS_BLOCK("DeletePublicAccessBlock", "DELETE", "/{Bucket}?publicAccessBlock", List.of(), List.of(), false),
    GET_BUCKET_ABAC("GetBucketAbac", "GET", "/{Bucket}?abac", List.of(), List.of(), false),
    GET_BUCKET_ACCELERATE_CONFIGURATION("GetBucketAccelerateConfiguration", "GET", "/{Bucket}?accelerate", List.of(), List.of(), false),
    GET_BUCKET_ACL("GetBucketAcl", "GET", "/{Bucket}?acl", List.of(), List.of(), false),
    GET_BUCKET_ANALYTICS_CONFIGURATION("GetBucketAnalyticsConfiguration", "GET", "/{Bucket}?analytics", List.of("id"), List.of(), false),
    GET_BUCKET_CORS("GetBucketCors", "GET", "/{Bucket}?cors", List.of(), List.of(), false),
    GET_BUCKET_ENCRYPTION("GetBucketEncryption", "GET", "/{Bucket}?encryption", List.of(), List.of(), false),
    GET_BUCKET_INTELLIGENT_TIERING_CONFIGURATION("GetBucketIntelligentTieringConfiguration", "GET", "/{Bucket}?intelligent-tiering", List.of("id"), List.of(), false),
    GET_BUCKET_INVENTORY_CONFIGURATION("GetBucketInventoryConfiguration", "GET", "/{Bucket}?inventory", List.of("id"), List.of(), false),
    GET_BUCKET_LIFECYCLE("GetBucketLifecycle", "GET", "/{Bucket}?lifecycle", List.of(), List.of(), true),
    GET_BUCKET_LIFECYCLE_CONFIGURATION("GetBucketLifecycleConfiguration", "GET", "/{Bucket}?lifecycle", List.of(), List.of(), false),
    GET_BUCKET_LOCATION("GetBucketLocation", "GET", "/{Bucket}?location", List.of(), List.of(), false),
    GET_BUCKET_LOGGING("GetBucketLogging", "GET", "/{Bucket}?logging", List.of(), List.of(), false),
    GET_BUCKET_METADATA_CONFIGURATION("GetBucketMetadataConfiguration", "GET", "/{Bucket}?metadataConfiguration", List.of(), List.of(), false),
    GET_BUCKET_METADATA_TABLE_CONFIGURATION("GetBucketMetadataTableConfiguration", "GET", "/{Bucket}?metadataTable", List.of(), List.of(), false),
    GET_BUCKET_METRICS_CONFIGURATION("GetBucketMetricsConfiguration", "GET", "/{Bucket}?metrics", List.of("id"), List.of(), false),
    GET_BUCKET_NOTIFICATION("GetBucketNotification", "GET", "/{Bucket}?notification", List.of(), List.of(), true),
    GET_BUCKET_NOTIFICATION_CONFIGURATION("GetBucketNotificationConfiguration", "GET", "/{Bucket}?notification", List.of(), List.of(), false),
    GET_BUCKET_OWNERSHIP_CONTROLS("GetBucketOwnershipControls", "GET", "/{Bucket}?ownershipControls", List.of(), List.of(), false),
    GET_BUCKET_POLICY("GetBucketPolicy", "GET", "/{Bucket}?policy", List.of(), List.of(), false),
    GET_BUCKET_POLICY_STATUS("GetBucketPolicyStatus", "GET", "/{Bucket}?policyStatus", List.of(), List.of(), false),
    GET_BUCKET_REPLICATION("GetBucketReplication", "GET", "/{Bucket}?replication", List.of(), List.of(), false),
    GET_BUCKET_REQUEST_PAYMENT("GetBucketRequestPayment", "GET", "/{Bucket}?requestPayment", List.of(), List.of(), false),
    GET_BUCKET_TAGGING("GetBucketTagging", "GET", "/{Bucket}?tagging", List.of(), List.of(), false),
    GET_BUCKET_VERSIONING("GetBucketVersioning", "GET", "/{Bucket}?versioning", List.of(), List.of(), false),
    GET_BUCKET_WEBSITE("GetBucketWebsite", "GET", "/{Bucket}?website", List.of(), List.of(), false),
    GET_OBJECT("GetObject", "GET", "/{Bucket}/{Key+}", List.of(), List.of(), false),
    GET_OBJECT_ACL("GetObjectAcl", "GET", "/{Bucket}/{Key+}?acl", List.of(), List.of(), false),
    GET_OBJECT_ATTRIBUTES("GetObjectAttributes", "GET", "/{Bucket}/{Key+}?attributes", List.of(), List.of(), false),
    GET_OBJECT_LEGAL_HOLD("GetObjectLegalHold", "GET", "/{Bucket}/{Key+}?legal-hold", List.of(), List.of(), false),
    GET_OBJECT_LOCK_CONFIGURATION("GetObjectLockConfiguration", "GET", "/{Bucket}?object-lock", List.of(), List.of(), false),
    GET_OBJECT_RETENTION("GetObjectRetention", "GET", "/{Bucket}/{Key+}?retention", List.of(), List.of(), false),
    GET_OBJECT_TAGGING("GetObjectTagging", "GET", "/{Bucket}/{Key+}?tagging", List.of(), List.of(), false),
    GET_OBJECT_TORRENT("GetObjectTorrent", "GET", "/{Bucket}/{Key+}?torrent", List.of(), List.of(), false),
    GET_PUBLIC_ACCESS_BLOCK("GetPublicAccessBlock", "GET", "/{Bucket}?publicAccessBlock", List.of(), List.of(), false),
    HEAD_BUCKET("HeadBucket", "HEAD", "/{Bucket}", List.of(), List.of(), false),
    HEAD_OBJECT("HeadObject", "HEAD", "/{Bucket}/{Key+}", List.of(), List.of(), false),
    LIST_BUCKET_ANALYTICS_CONFIGURATIONS("ListBucketAnalyticsConfigurations", "GET", "/{Bucket}?analytics", List.of(), List.of(), false),
    LIST_BUCKET_INTELLIGENT_TIERING_CONFIGURATIONS("ListBucketIntelligentTieringConfigurations", "GET", "/{Bucket}?intelligent-tiering", List.of(), List.of(), false),
    LIST_BUCKET_INVENTORY_CONFIGURATIONS("ListBucketInventoryConfigurations", "GET", "/{Bucket}?inventory", List.of(), List.of(), false),
    LIST_BUCKET_METRICS_CONFIGURATIONS("ListBucketMetricsConfigurations", "GET", "/{Bucket}?metrics", List.of(), List.of(), false),
    LIST_BUCKETS("ListBuckets", "GET", "/", List.of(), List.of(), false),
    LIST_DIRECTORY_BUCKETS("ListDirectoryBuckets", "GET", "/", List.of(), List.of(), false),
    LIST_MULTIPART_UPLOADS("ListMultipartUploads", "GET", "/{Bucket}?uploads", List.of(), List.of(), false),
    LIST_OBJECT_VERSIONS("ListObjectVersions", "GET", "/{Bucket}?versions", List.of(), List.of(), false),
    LIST_OBJECTS("ListObjects", "GET", "/{Bucket}", List.of(), List.of(), false),
    LIST_OBJECTS_V2("ListObjectsV2", "GET", "/{Bucket}?list-type=2", List.of(), List.of(), false),
    LIST_PARTS("ListParts", "GET", "/{Bucket}/{Key+}", List.of("uploadId"), List.of(), false),
    /** A browser form upload (HTML POST with multipart/form-data): not in the SDK model, served as S3 does. */
    POST_OBJECT("PostObject", "POST", "/{Bucket}", List.of(), List.of(), false),
    PUT_BUCKET_ABAC("PutBucketAbac", "PUT", "/{Bucket}?abac", List.of(), List.of(), false),
    PUT_BUCKET_ACCELERATE_CONFIGURATION("PutBucketAccelerateConfiguration", "PUT", "/{Bucket}?accelerate", List.of(), List.of(), false),
    PUT_BUCKET_ACL("PutBucketAcl", "PUT", "/{Bucket}?acl", List.of(), List.of(), false),
    PUT_BUCKET_ANALYTICS_CONFIGURATION("PutBucketAnalyticsConfiguration", "PUT", "/{Bucket}?analytics", List.of("id"), List.of(), false),
    PUT_BUCKET_CORS("PutBucketCors", "PUT", "/{Bucket}?cors", List.of(), List.of(), false),
    PUT_BUCKET_ENCRYPTION("PutBucketEncryption", "PUT", "/{Bucket}?encryption", List.of(), List.of(), false),
    PUT_BUCKET_INTELLIGENT_TIERING_CONFIGURATION("PutBucketIntelligentTieringConfiguration", "PUT", "/{Bucket}?intelligent-tiering", List.of("id"), List.of(), false),
    PUT_BUCKET_INVENTORY_CONFIGURATION("PutBucketInventoryConfiguration", "PUT", "/{Bucket}?inventory", List.of("id"), List.of(), false),
    PUT_BUCKET_LIFECYCLE("PutBucketLifecycle", "PUT", "/{Bucket}?lifecycle", List.of(), List.of(), true),
    PUT_BUCKET_LIFECYCLE_CONFIGURATION("PutBucketLifecycleConfiguration", "PUT", "/{Bucket}?lifecycle", List.of(), List.of(), false),
    PUT_BUCKET_LOGGING("PutBucketLogging", "PUT", "/{Bucket}?logging", List.of(), List.of(), false),
    PUT_BUCKET_METRICS_CONFIGURATION("PutBucketMetricsConfiguration", "PUT", "/{Bucket}?metrics", List.of("id"), List.of(), false),
    PUT_BUCKET_NOTIFICATION("PutBucketNotification", "PUT", "/{Bucket}?notification", List.of(), List.of(), true),
    PUT_BUCKET_NOTIFICATION_CONFIGURATION("PutBucketNotificationConfiguration", "PUT", "/{Bucket}?notification", List.of(), List.of(), false),
    PUT_BUCKET_OWNERSHIP_CONTROLS("PutBucketOwnershipControls", "PUT", "/{Bucket}?ownershipControls", List.of(), List.of(), false),
    PUT_BUCKET_POLICY("PutBucketPolicy", "PUT", "/{Bucket}?policy", List.of(), List.of(), false),
    PUT_BUCKET_REPLICATION("PutBucketReplication", "PUT", "/{Bucket}?replication", List.of(), List.of(), false),
    PUT_BUCKET_REQUEST_PAYMENT("PutBucketRequestPayment", "PUT", "/{Bucket}?requestPayment", List.of(), List.of(), false),
    PUT_BUCKET_TAGGING("PutBucketTagging", "PUT", "/{Bucket}?tagging", List.of(), List.of(), false),
    PUT_BUCKET_VERSIONING("PutBucketVersioning", "PUT", "/{Bucket}?versioning", List.of(), List.of(), false),
    PUT_BUCKET_WEBSITE("PutBucketWebsite", "PUT", "/{Bucket}?website", List.of(), List.of(), false),
    PUT_OBJECT("PutObject", "PUT", "/{Bucket}/{Key+}", List.of(), List.of(), false),
    PUT_OBJECT_ACL("PutObjectAcl", "PUT", "/{Bucket}/{Key+}?acl", List.of(), List.of(), false),
    PUT_OBJECT_LEGAL_HOLD("PutObjectLegalHold", "PUT", "/{Bucket}/{Key+}?legal-hold", List.of(), List.of(), false),
    PUT_OBJECT_LOCK_CONFIGURATION("PutObjectLockConfiguration", "PUT", "/{Bucket}?object-lock", List.of(), List.of(), false),
    PUT_OBJECT_RETENTION("PutObjectRetention", "PUT", "/{Bucket}/{Key+}?retention", List.of(), List.of(), false),
    PUT_OBJECT_TAGGING("PutObjectTagging", "PUT", "/{Bucket}/{Key+}?tagging", List.of(), List.of(), false),
    PUT_PUBLIC_ACCESS_BLOCK("PutPublicAccessBlock", "PUT", "/{Bucket}?publicAccessBlock", List.of(), List.of(), false),
    RENAME_OBJECT("RenameObject", "PUT", "/{Bucket}/{Key+}?renameObject", List.of(), List.of(), false),
    RESTORE_OBJECT("RestoreObject", "POST", "/{Bucket}/{Key+}?restore", List.of(), List.of(), false),
    SELECT_OBJECT_CONTENT("SelectObjectContent", "POST", "/{Bucket}/{Key+}?select&select-type=2", List.of(), List.of(), false),
    UPDATE_BUCKET_METADATA_INVENTORY_TABLE_CONFIGURATION("UpdateBucketMetadataInventoryTableConfiguration", "PUT", "/{Bucket}?metadataInventoryTable", List.of(), List.of(), false),
    UPDATE_BUCKET_METADATA_JOURNAL_TABLE_CONFIGURATION("UpdateBucketMetadataJournalTableConfiguration", "PUT", "/{Bucket}?metadataJournalTable", List.of(), List.of(), false),
    UPDATE_OBJECT_ENCRYPTION("UpdateObjectEncryption", "PUT", "/{Bucket}/{Key+}?encryption", List.of(), List.of(), false),
    UPLOAD_PART("UploadPart", "PUT", "/{Bucket}/{Key+}", List.of("partNumber", "uploadId"), List.of(), false),
    UPLOAD_PART_COPY("UploadPartCopy", "PUT", "/{Bucket}/{Key+}", List.of("partNumber", "uploadId"), List.of("x-amz-copy-source"), false),
    WRITE_GET_OBJECT_RESPONSE("WriteGetObjectResponse", "POST", "/WriteGetObjectResponse", List.of(), List.of(), false),
    /**
     * Not an operation of the model: what a request that matches none resolves to (S3 answers it 405
     * {@code MethodNotAllowed} or 400). Never returned by {@link #fromOperationName(String)}.
     */
    UNKNOWN("Unknown", "", "", List.of(), List.of(), false);

    /** The API version of the model these operations come from. */
    public static final String MODEL_VERSION = "2006-03-01";

    private final String operationName;
    private final String httpMethod;
    private final String requestUri;
    private final List<String> requiredQueryParameters;
    private final List<String> requiredHeaders;
    private final boolean deprecated;

    S3Operation(String operationName, String httpMethod, String requestUri,
                List<String> requiredQueryParameters, List<String> requiredHeaders, boolean deprecated) {
        this.operationName = operationName;
        this.httpMethod = httpMethod;
        this.requestUri = requestUri;
        this.requiredQueryParameters = requiredQueryParameters;
        this.requiredHeaders = requiredHeaders;
        this.deprecated = deprecated;
    }

    /** The operation's name in the API model, for example {@code PutObject}. */
    public String operationName() {
        return operationName;
    }

    /** The HTTP method the operation is bound to, for example {@code PUT}. */
    public String httpMethod() {
        return httpMethod;
    }

    /** The request URI template from the model, for example {@code /{Bucket}/{Key+}?tagging}. */
    public String requestUri() {
        return requestUri;
    }

    /** Query parameters the model marks as required, for example {@code uploadId}. */
    public List<String> requiredQueryParameters() {
        return requiredQueryParameters;
    }

    /** Required request headers that distinguish this operation from others on the same URI. */
    public List<String> requiredHeaders() {
        return requiredHeaders;
    }

    /** Whether the model marks the operation as deprecated (superseded by another). */
    public boolean isDeprecated() {
        return deprecated;
    }

    /**
     * Finds an operation by its name in the API model.
     *
     * @param operationName a name such as {@code GetObject}
     * @return the operation, or empty when the model has no operation of that name
     */
    public static Optional<S3Operation> fromOperationName(String operationName) {
        Objects.requireNonNull(operationName, "operationName");
        for (S3Operation operation : values()) {
            if (operation != UNKNOWN && operation.operationName.equals(operationName)) {
                return Optional.of(operation);
            }
        }
        return Optional.empty();
    }
}
