package dev.pail.it.versioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pail.Pail;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;
import software.amazon.awssdk.services.s3.model.StorageClass;

class EncryptionAndMiscIntegrationTest {

    @AutoClose
    static final Pail pail = Pail.builder().bucket("enc").start();
    static final S3Client s3 = pail.client();
    static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    static final byte[] OTHER = "fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII);

    static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    static String md5(byte[] bytes) {
        try {
            return b64(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void assertError(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, int status, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(S3Exception.class, e -> {
            assertThat(e.statusCode()).isEqualTo(status);
            if (code != null) {
                assertThat(e.awsErrorDetails().errorCode()).isEqualTo(code);
            }
        });
    }

    @Test
    void sseS3AndKmsHeadersAreStoredAndEchoed() {
        var aes = s3.putObject(b -> b.bucket("enc").key("aes"), RequestBody.fromString("a"));
        assertThat(aes.serverSideEncryption()).isEqualTo(ServerSideEncryption.AES256);
        var kms = s3.putObject(b -> b.bucket("enc").key("kms").serverSideEncryption(ServerSideEncryption.AWS_KMS)
                .ssekmsKeyId("arn:aws:kms:us-east-1:111122223333:key/abc"), RequestBody.fromString("k"));
        assertThat(kms.serverSideEncryption()).isEqualTo(ServerSideEncryption.AWS_KMS);
        assertThat(kms.ssekmsKeyId()).isEqualTo("arn:aws:kms:us-east-1:111122223333:key/abc");
        var head = s3.headObject(b -> b.bucket("enc").key("kms"));
        assertThat(head.serverSideEncryption()).isEqualTo(ServerSideEncryption.AWS_KMS);
        assertThat(head.ssekmsKeyId()).isEqualTo("arn:aws:kms:us-east-1:111122223333:key/abc");
        assertThat(s3.headObject(b -> b.bucket("enc").key("aes")).serverSideEncryption()).isEqualTo(ServerSideEncryption.AES256);
        assertError(() -> s3.putObject(b -> b.bucket("enc").key("bad").serverSideEncryption("DES"),
                RequestBody.fromString("x")), 400, "InvalidArgument");
    }

    @Test
    void sseCustomerKeysAreCheckedAndRequiredOnReads() throws Exception {
        var put = s3.putObject(b -> b.bucket("enc").key("secret").sseCustomerAlgorithm("AES256").sseCustomerKey(b64(KEY))
                .sseCustomerKeyMD5(md5(KEY)), RequestBody.fromString("classified"));
        assertThat(put.sseCustomerAlgorithm()).isEqualTo("AES256");
        assertThat(put.sseCustomerKeyMD5()).isEqualTo(md5(KEY));

        assertThat(s3.getObjectAsBytes(b -> b.bucket("enc").key("secret").sseCustomerAlgorithm("AES256")
                .sseCustomerKey(b64(KEY)).sseCustomerKeyMD5(md5(KEY))).asUtf8String()).isEqualTo("classified");
        assertError(() -> s3.getObject(b -> b.bucket("enc").key("secret")), 400, "InvalidRequest");
        assertError(() -> s3.headObject(b -> b.bucket("enc").key("secret")), 400, null);
        assertError(() -> s3.getObject(b -> b.bucket("enc").key("secret").sseCustomerAlgorithm("AES256")
                .sseCustomerKey(b64(OTHER)).sseCustomerKeyMD5(md5(OTHER))), 400, "InvalidArgument");
        assertError(() -> s3.putObject(b -> b.bucket("enc").key("x").sseCustomerAlgorithm("AES256").sseCustomerKey(b64(KEY))
                .sseCustomerKeyMD5(md5(OTHER)), RequestBody.fromString("x")), 400, "InvalidArgument");
        assertError(() -> s3.copyObject(b -> b.sourceBucket("enc").sourceKey("secret").destinationBucket("enc")
                .destinationKey("copy")), 400, "InvalidRequest");
        s3.copyObject(b -> b.sourceBucket("enc").sourceKey("secret").destinationBucket("enc").destinationKey("copy")
                .copySourceSSECustomerAlgorithm("AES256").copySourceSSECustomerKey(b64(KEY)).copySourceSSECustomerKeyMD5(md5(KEY)));
        assertThat(s3.getObjectAsBytes(b -> b.bucket("enc").key("copy")).asUtf8String()).isEqualTo("classified");
    }

    @Test
    void restoreMakesArchivedObjectsReadable() {
        s3.putObject(b -> b.bucket("enc").key("cold").storageClass(StorageClass.GLACIER), RequestBody.fromString("frozen"));
        assertError(() -> s3.getObject(b -> b.bucket("enc").key("cold")), 403, "InvalidObjectState");
        var first = s3.restoreObject(b -> b.bucket("enc").key("cold").restoreRequest(r -> r.days(2)));
        assertThat(first.sdkHttpResponse().statusCode()).isEqualTo(202);
        assertThat(s3.headObject(b -> b.bucket("enc").key("cold")).restore()).startsWith("ongoing-request=\"false\"");
        assertThat(s3.getObjectAsBytes(b -> b.bucket("enc").key("cold")).asUtf8String()).isEqualTo("frozen");
        assertThat(s3.restoreObject(b -> b.bucket("enc").key("cold").restoreRequest(r -> r.days(3))).sdkHttpResponse()
                .statusCode()).isEqualTo(200);
        s3.putObject(b -> b.bucket("enc").key("warm"), RequestBody.fromString("w"));
        assertError(() -> s3.restoreObject(b -> b.bucket("enc").key("warm").restoreRequest(r -> r.days(1))), 403,
                "InvalidObjectState");
    }

    @Test
    void torrentsAreBencodedWithPieceHashes() {
        s3.putObject(b -> b.bucket("enc").key("dir/file.bin"), RequestBody.fromBytes(new byte[300_000]));
        byte[] torrent = s3.getObjectTorrentAsBytes(b -> b.bucket("enc").key("dir/file.bin")).asByteArray();
        String text = new String(torrent, StandardCharsets.ISO_8859_1);
        assertThat(text).startsWith("d8:announce").contains("6:lengthi300000e", "4:name8:file.bin", "12:piece lengthi262144e",
                "6:pieces40:").endsWith("ee");
    }

    @Test
    void directoryBucketOperationsAreAnsweredAsAGeneralPurposeBucketAnswersThem() {
        assertThat(s3.listDirectoryBuckets(b -> b.maxDirectoryBuckets(10)).buckets()).isEmpty();
        s3.putObject(b -> b.bucket("enc").key("name"), RequestBody.fromString("x"));
        assertError(() -> s3.renameObject(b -> b.bucket("enc").key("new-name").renameSource("name")), 400, "InvalidRequest");
        assertError(() -> s3.createSession(b -> b.bucket("enc")), 400, "InvalidRequest");
    }

    @Test
    void updateObjectEncryptionSwitchesToKms() {
        s3.putObject(b -> b.bucket("enc").key("to-kms"), RequestBody.fromString("x"));
        // UpdateObjectEncryption is newer than SDK 2.40.2: send it as the model binds it.
        byte[] body = ("<ObjectEncryption xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><SSE-KMS>"
                + "<KMSKeyArn>arn:aws:kms:us-east-1:111122223333:key/new</KMSKeyArn></SSE-KMS></ObjectEncryption>")
                .getBytes(StandardCharsets.UTF_8);
        try {
            var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    pail.endpoint().resolve("/enc/to-kms?encryption")).header("Content-MD5", md5(body))
                    .PUT(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        var head = s3.headObject(b -> b.bucket("enc").key("to-kms"));
        assertThat(head.serverSideEncryption()).isEqualTo(ServerSideEncryption.AWS_KMS);
        assertThat(head.ssekmsKeyId()).isEqualTo("arn:aws:kms:us-east-1:111122223333:key/new");
    }
}
