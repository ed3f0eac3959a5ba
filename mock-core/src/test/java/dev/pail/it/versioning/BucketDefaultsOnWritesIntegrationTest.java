package dev.pail.it.versioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pail.Pail;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.Grant;
import software.amazon.awssdk.services.s3.model.ObjectCannedACL;
import software.amazon.awssdk.services.s3.model.ObjectOwnership;
import software.amazon.awssdk.services.s3.model.Permission;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;
import software.amazon.awssdk.services.s3.model.Type;

/** What a bucket's configuration does to new objects: default encryption, and ACLs asked for on the write. */
class BucketDefaultsOnWritesIntegrationTest {

    static Pail pail;
    static S3Client s3;
    static final String KEY_ARN = "arn:aws:kms:us-east-1:111122223333:key/default";

    @BeforeAll
    static void start() {
        pail = Pail.builder().start();
        s3 = pail.client();
        s3.createBucket(b -> b.bucket("kms-default"));
        s3.putBucketEncryption(b -> b.bucket("kms-default").serverSideEncryptionConfiguration(c -> c.rules(r -> r
                .applyServerSideEncryptionByDefault(d -> d.sseAlgorithm(ServerSideEncryption.AWS_KMS).kmsMasterKeyID(KEY_ARN))
                .bucketKeyEnabled(true))));
        s3.createBucket(b -> b.bucket("acls-on").objectOwnership(ObjectOwnership.OBJECT_WRITER));
        s3.deletePublicAccessBlock(b -> b.bucket("acls-on"));
        s3.createBucket(b -> b.bucket("acls-off"));
    }

    @AfterAll
    static void stop() {
        pail.close();
    }

    @Test
    void theBucketsDefaultEncryptionAppliesToEveryKindOfWrite() {
        var put = s3.putObject(b -> b.bucket("kms-default").key("put"), RequestBody.fromString("x"));
        assertThat(put.serverSideEncryption()).isEqualTo(ServerSideEncryption.AWS_KMS);
        assertThat(put.ssekmsKeyId()).isEqualTo(KEY_ARN);
        assertThat(put.bucketKeyEnabled()).isTrue();

        s3.copyObject(b -> b.sourceBucket("kms-default").sourceKey("put").destinationBucket("kms-default").destinationKey("copy"));
        assertThat(s3.headObject(b -> b.bucket("kms-default").key("copy")).ssekmsKeyId()).isEqualTo(KEY_ARN);

        String id = s3.createMultipartUpload(b -> b.bucket("kms-default").key("mp")).uploadId();
        String etag = s3.uploadPart(b -> b.bucket("kms-default").key("mp").uploadId(id).partNumber(1),
                RequestBody.fromString("p")).eTag();
        s3.completeMultipartUpload(b -> b.bucket("kms-default").key("mp").uploadId(id)
                .multipartUpload(m -> m.parts(CompletedPart.builder().partNumber(1).eTag(etag).build())));
        assertThat(s3.headObject(b -> b.bucket("kms-default").key("mp")).serverSideEncryption())
                .isEqualTo(ServerSideEncryption.AWS_KMS);

        var explicit = s3.putObject(b -> b.bucket("kms-default").key("aes").serverSideEncryption(ServerSideEncryption.AES256),
                RequestBody.fromString("x"));
        assertThat(explicit.serverSideEncryption()).isEqualTo(ServerSideEncryption.AES256);
    }

    @Test
    void cannedAclsOnWritesAreStoredWhereTheBucketAllowsAcls() {
        s3.putObject(b -> b.bucket("acls-on").key("public").acl(ObjectCannedACL.PUBLIC_READ), RequestBody.fromString("x"));
        assertThat(s3.getObjectAcl(b -> b.bucket("acls-on").key("public")).grants())
                .anyMatch(g -> isAllUsersRead(g));

        s3.copyObject(b -> b.sourceBucket("acls-on").sourceKey("public").destinationBucket("acls-on").destinationKey("copy")
                .acl(ObjectCannedACL.PUBLIC_READ));
        assertThat(s3.getObjectAcl(b -> b.bucket("acls-on").key("copy")).grants()).anyMatch(g -> isAllUsersRead(g));

        String id = s3.createMultipartUpload(b -> b.bucket("acls-on").key("mp").acl(ObjectCannedACL.PUBLIC_READ)).uploadId();
        String etag = s3.uploadPart(b -> b.bucket("acls-on").key("mp").uploadId(id).partNumber(1),
                RequestBody.fromString("p")).eTag();
        s3.completeMultipartUpload(b -> b.bucket("acls-on").key("mp").uploadId(id)
                .multipartUpload(m -> m.parts(CompletedPart.builder().partNumber(1).eTag(etag).build())));
        assertThat(s3.getObjectAcl(b -> b.bucket("acls-on").key("mp")).grants()).anyMatch(g -> isAllUsersRead(g));

        assertThatThrownBy(() -> s3.putObject(b -> b.bucket("acls-off").key("k").acl(ObjectCannedACL.PUBLIC_READ),
                RequestBody.fromString("x")))
                .isInstanceOfSatisfying(S3Exception.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessControlListNotSupported");
                });
        assertThatThrownBy(() -> s3.headObject(b -> b.bucket("acls-off").key("k"))).isInstanceOf(S3Exception.class);
    }

    static boolean isAllUsersRead(Grant grant) {
        return grant.grantee().type() == Type.GROUP && grant.grantee().uri().endsWith("/global/AllUsers")
                && grant.permission() == Permission.READ;
    }
}
