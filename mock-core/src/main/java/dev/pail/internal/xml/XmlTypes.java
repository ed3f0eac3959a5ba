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
    };

    private XmlTypes() {
    }
}
