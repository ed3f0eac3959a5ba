package dev.pail.internal.xml;

/** Every JAXB root type, for the one context. */
final class XmlTypes {

    static final Class<?>[] ALL = {

        ListAllMyBucketsResult.class,
        ListBucketResult.class,
        LocationConstraint.class,
        CreateBucketConfiguration.class,
        CopyObjectResult.class,
        Delete.class,
        DeleteResult.class,
        GetObjectAttributesResponse.class,
        InitiateMultipartUploadResult.class,
        CompleteMultipartUpload.class,
        CompleteMultipartUploadResult.class,
        CopyPartResult.class,
        ListPartsResult.class,
        ListMultipartUploadsResult.class,
        VersioningConfiguration.class,
        Tagging.class,
        ObjectLockConfiguration.class,
        Retention.class,
        LegalHold.class,
        ListVersionsResult.class,
        RestoreRequest.class,
        ObjectEncryption.class,
        ListAllMyDirectoryBucketsResult.class,
        AccessControlPolicy.class,
        CorsConfiguration.class,
        LifecycleConfiguration.class,
        ServerSideEncryptionConfiguration.class,
        OwnershipControls.class,
        PublicAccessBlockConfiguration.class,
        WebsiteConfiguration.class,
        BucketLoggingStatus.class,
        NotificationConfiguration.class,
        ReplicationConfiguration.class,
        RequestPaymentConfiguration.class,
        AccelerateConfiguration.class,
        AbacStatus.class,
        PolicyStatus.class,
        AnalyticsConfiguration.class,
        InventoryConfiguration.class,
        MetricsConfiguration.class,
        IntelligentTieringConfiguration.class,
        ConfigurationPage.Analytics.class,
        ConfigurationPage.Inventory.class,
        ConfigurationPage.Metrics.class,
        ConfigurationPage.IntelligentTiering.class,
        MetadataTableConfiguration.class,
        GetBucketMetadataTableConfigurationResult.class,
        MetadataConfiguration.class,
        GetBucketMetadataConfigurationResult.class,
        JournalTableConfiguration.class,
        InventoryTableConfiguration.class,
    };

    private XmlTypes() {
    }
}
