package dev.pail.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.ObjectAttributes;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;

/** SSE-C, SSE-S3 and SSE-KMS as S3 checks and reports them (LocalStack's AWS-validated recordings, the model's docs). */
class EncryptionFidelityIntegrationTest {

    @AutoClose
    static final Fixture fixture = Fixture.start();
    static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    static final byte[] OTHER = "fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII);

    static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    static String md5(byte[] bytes) {
        try {
            return b64(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void assertS3Error(ThrowingCallable call, int status, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(S3Exception.class, e -> {
            assertThat(e.statusCode()).as(e.getMessage()).isEqualTo(status);
            if (code != null) {
                assertThat(Fixture.code(e)).isEqualTo(code);
            }
        });
    }

    private static String sseCObject(S3Client s3, String bucket, String key) {
        s3.putObject(b -> b.bucket(bucket).key(key).sseCustomerAlgorithm("AES256").sseCustomerKey(b64(KEY))
                .sseCustomerKeyMD5(md5(KEY)), RequestBody.fromString("secret"));
        return key;
    }

    @ParameterizedTest
    @EnumSource(value = ClientFlavour.class, names = {"SYNC_DEFAULT", "ASYNC_DEFAULT"})
    void readingSseCObjectsWithAWrongOrMissingKeyIs400(ClientFlavour flavour) {
        S3Client s3 = fixture.client(flavour);
        String bucket = fixture.bucket(flavour);
        String key = sseCObject(s3, bucket, "c");
        assertS3Error(() -> s3.getObject(b -> b.bucket(bucket).key(key)), 400, "InvalidRequest");
        assertS3Error(() -> s3.getObject(b -> b.bucket(bucket).key(key).sseCustomerAlgorithm("AES256")
                .sseCustomerKey(b64(OTHER)).sseCustomerKeyMD5(md5(OTHER))), 400, "InvalidArgument");
        assertS3Error(() -> s3.headObject(b -> b.bucket(bucket).key(key).sseCustomerAlgorithm("AES256")
                .sseCustomerKey(b64(OTHER)).sseCustomerKeyMD5(md5(OTHER))), 400, null);
        assertS3Error(() -> s3.getObject(b -> b.bucket(bucket).key(key).partNumber(1)), 400, "InvalidRequest");
        var head = s3.headObject(b -> b.bucket(bucket).key(key).sseCustomerAlgorithm("AES256").sseCustomerKey(b64(KEY))
                .sseCustomerKeyMD5(md5(KEY)));
        assertThat(head.sseCustomerKeyMD5()).isEqualTo(md5(KEY));
        assertThat(head.serverSideEncryption()).as("no SSE header for SSE-C objects").isNull();
    }

    @ParameterizedTest
    @EnumSource(value = ClientFlavour.class, names = {"SYNC_DEFAULT", "ASYNC_DEFAULT"})
    void uploadPartCopyAndGetObjectAttributesNeedTheSourceKey(ClientFlavour flavour) {
        S3Client s3 = fixture.client(flavour);
        String bucket = fixture.bucket(flavour);
        String key = sseCObject(s3, bucket, "src");
        assertS3Error(() -> s3.getObjectAttributes(b -> b.bucket(bucket).key(key)
                .objectAttributes(ObjectAttributes.E_TAG)), 400, null);
        assertThat(s3.getObjectAttributes(b -> b.bucket(bucket).key(key).objectAttributes(ObjectAttributes.OBJECT_SIZE)
                .sseCustomerAlgorithm("AES256").sseCustomerKey(b64(KEY)).sseCustomerKeyMD5(md5(KEY))).objectSize())
                .isEqualTo(6L);

        String upload = s3.createMultipartUpload(b -> b.bucket(bucket).key("dst")).uploadId();
        assertS3Error(() -> s3.uploadPartCopy(b -> b.sourceBucket(bucket).sourceKey(key).destinationBucket(bucket)
                .destinationKey("dst").uploadId(upload).partNumber(1)), 400, "InvalidRequest");
        String etag = s3.uploadPartCopy(b -> b.sourceBucket(bucket).sourceKey(key).destinationBucket(bucket)
                .destinationKey("dst").uploadId(upload).partNumber(1).copySourceSSECustomerAlgorithm("AES256")
                .copySourceSSECustomerKey(b64(KEY)).copySourceSSECustomerKeyMD5(md5(KEY))).copyPartResult().eTag();
        s3.completeMultipartUpload(b -> b.bucket(bucket).key("dst").uploadId(upload)
                .multipartUpload(m -> m.parts(CompletedPart.builder().partNumber(1).eTag(etag).build())));
        assertThat(s3.getObjectAsBytes(b -> b.bucket(bucket).key("dst")).asUtf8String()).isEqualTo("secret");
    }

    @ParameterizedTest
    @EnumSource(value = ClientFlavour.class, names = {"SYNC_DEFAULT", "ASYNC_DEFAULT"})
    void conflictingEncryptionHeadersAreInvalidArgument(ClientFlavour flavour) {
        S3Client s3 = fixture.client(flavour);
        String bucket = fixture.bucket(flavour);
        assertS3Error(() -> s3.putObject(b -> b.bucket(bucket).key("x").serverSideEncryption(ServerSideEncryption.AES256)
                .ssekmsKeyId("my-key"), RequestBody.fromString("x")), 400, "InvalidArgument");
        assertS3Error(() -> s3.putObject(b -> b.bucket(bucket).key("x").serverSideEncryption(ServerSideEncryption.AWS_KMS)
                .sseCustomerAlgorithm("AES256").sseCustomerKey(b64(KEY)).sseCustomerKeyMD5(md5(KEY)),
                RequestBody.fromString("x")), 400, "InvalidArgument");
        assertS3Error(() -> s3.putObject(b -> b.bucket(bucket).key("x").serverSideEncryption(ServerSideEncryption.AES256)
                .sseCustomerAlgorithm("AES256").sseCustomerKey(b64(KEY)).sseCustomerKeyMD5(md5(KEY)),
                RequestBody.fromString("x")), 400, "InvalidArgument");
        assertS3Error(() -> s3.createMultipartUpload(b -> b.bucket(bucket).key("x")
                .serverSideEncryption(ServerSideEncryption.AES256).ssekmsKeyId("k")), 400, "InvalidArgument");
        assertS3Error(() -> s3.headObject(b -> b.bucket(bucket).key("x")), 404, null);
    }

    @ParameterizedTest
    @EnumSource(value = ClientFlavour.class, names = {"SYNC_DEFAULT", "ASYNC_DEFAULT"})
    void kmsWithoutAKeyReportsTheAwsManagedKeyAsAnArn(ClientFlavour flavour) {
        S3Client s3 = fixture.client(flavour);
        String bucket = fixture.bucket(flavour);
        var put = s3.putObject(b -> b.bucket(bucket).key("k").serverSideEncryption(ServerSideEncryption.AWS_KMS),
                RequestBody.fromString("x"));
        assertThat(put.serverSideEncryption()).isEqualTo(ServerSideEncryption.AWS_KMS);
        assertThat(put.ssekmsKeyId()).matches("arn:aws:kms:us-east-1:\\d{12}:key/[0-9a-f-]{36}");
        assertThat(put.bucketKeyEnabled()).as("no bucket-key header unless it is on").isNull();
        var bare = s3.putObject(b -> b.bucket(bucket).key("bare").serverSideEncryption(ServerSideEncryption.AWS_KMS)
                .ssekmsKeyId("1234abcd-12ab-34cd-56ef-1234567890ab").bucketKeyEnabled(true), RequestBody.fromString("x"));
        assertThat(bare.ssekmsKeyId()).endsWith(":key/1234abcd-12ab-34cd-56ef-1234567890ab").startsWith("arn:aws:kms:");
        assertThat(bare.bucketKeyEnabled()).isTrue();
        var head = s3.headObject(b -> b.bucket(bucket).key("bare"));
        assertThat(head.ssekmsKeyId()).isEqualTo(bare.ssekmsKeyId());
        assertThat(head.bucketKeyEnabled()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = ClientFlavour.class, names = {"SYNC_DEFAULT", "ASYNC_DEFAULT"})
    void theBucketsDefaultKmsKeyAppliesToPutCopyAndMultipart(ClientFlavour flavour) {
        S3Client s3 = fixture.client(flavour);
        String bucket = fixture.bucket(flavour);
        fixture.client(ClientFlavour.SYNC_DEFAULT).putBucketEncryption(b -> b.bucket(bucket).serverSideEncryptionConfiguration(c -> c.rules(r -> r
                .bucketKeyEnabled(true).applyServerSideEncryptionByDefault(d -> d
                        .sseAlgorithm(ServerSideEncryption.AWS_KMS).kmsMasterKeyID("default-key")))));
        var put = s3.putObject(b -> b.bucket(bucket).key("p"), RequestBody.fromString("x"));
        assertThat(put.serverSideEncryption()).isEqualTo(ServerSideEncryption.AWS_KMS);
        assertThat(put.ssekmsKeyId()).endsWith(":key/default-key");
        assertThat(put.bucketKeyEnabled()).isTrue();
        var copy = s3.copyObject(b -> b.sourceBucket(bucket).sourceKey("p").destinationBucket(bucket).destinationKey("c"));
        assertThat(copy.serverSideEncryption()).isEqualTo(ServerSideEncryption.AWS_KMS);
        assertThat(copy.ssekmsKeyId()).endsWith(":key/default-key");
        var created = s3.createMultipartUpload(b -> b.bucket(bucket).key("m"));
        assertThat(created.serverSideEncryption()).isEqualTo(ServerSideEncryption.AWS_KMS);
        assertThat(created.ssekmsKeyId()).endsWith(":key/default-key");
        String etag = s3.uploadPart(b -> b.bucket(bucket).key("m").uploadId(created.uploadId()).partNumber(1),
                RequestBody.fromString("part")).eTag();
        var done = s3.completeMultipartUpload(b -> b.bucket(bucket).key("m").uploadId(created.uploadId())
                .multipartUpload(m -> m.parts(CompletedPart.builder().partNumber(1).eTag(etag).build())));
        assertThat(done.serverSideEncryption()).isEqualTo(ServerSideEncryption.AWS_KMS);
        assertThat(done.ssekmsKeyId()).endsWith(":key/default-key");
        assertThat(fixture.client(ClientFlavour.SYNC_DEFAULT).getBucketEncryption(b -> b.bucket(bucket)).serverSideEncryptionConfiguration().rules().get(0)
                .applyServerSideEncryptionByDefault().kmsMasterKeyID()).as("the configuration as given").isEqualTo("default-key");
    }

    @ParameterizedTest
    @EnumSource(value = ClientFlavour.class, names = {"SYNC_DEFAULT"})
    void readsNamingAnEncryptionMethodAre400(ClientFlavour flavour) {
        S3Client s3 = fixture.client(flavour);
        String bucket = fixture.bucket(flavour);
        s3.putObject(b -> b.bucket(bucket).key("k"), RequestBody.fromString("x"));
        RawHttp http = new RawHttp(fixture.pail.endpoint().getPort());
        RawHttp.Response get = http.send("GET", "/" + bucket + "/k",
                java.util.Map.of("x-amz-server-side-encryption", "AES256"), new byte[0]);
        assertThat(get.status()).isEqualTo(400);
        assertThat(get.text()).contains("<Code>InvalidArgument</Code>");
        assertThat(http.send("HEAD", "/" + bucket + "/k", java.util.Map.of("x-amz-server-side-encryption", "AES256"),
                new byte[0]).status()).isEqualTo(400);
    }
}
