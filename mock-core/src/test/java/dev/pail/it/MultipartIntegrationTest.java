package dev.pail.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ListPartsResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.NoSuchUploadException;
import software.amazon.awssdk.services.s3.model.ObjectAttributes;
import software.amazon.awssdk.services.s3.model.Part;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.UploadPartResponse;

class MultipartIntegrationTest {

    static final int MIB = 1024 * 1024;
    @AutoClose
    static final Fixture fixture = Fixture.start();

    static byte[] random(int size, int seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    static byte[] md5(byte[] bytes) throws Exception {
        return MessageDigest.getInstance("MD5").digest(bytes);
    }

    static CompletedPart part(int number, String etag) {
        return CompletedPart.builder().partNumber(number).eTag(etag).build();
    }

    @ParameterizedTest
    @EnumSource(ClientFlavour.class)
    void uploadsInPartsCompletesAndReadsBackByPart(ClientFlavour flavour) throws Exception {
        S3Client s3 = fixture.client(flavour);
        String bucket = fixture.bucket(flavour);
        byte[] one = random(5 * MIB, 1);
        byte[] two = random(5 * MIB, 2);
        byte[] three = random(1234, 3);

        String uploadId = s3.createMultipartUpload(b -> b.bucket(bucket).key("big.bin").contentType("application/x-big")
                .metadata(java.util.Map.of("kind", "test")).tagging("a=1")).uploadId();
        assertThatThrownBy(() -> s3.headObject(b -> b.bucket(bucket).key("big.bin")))
                .as("invisible until complete").isInstanceOf(NoSuchKeyException.class);
        UploadPartResponse p2 = s3.uploadPart(b -> b.bucket(bucket).key("big.bin").uploadId(uploadId).partNumber(2),
                RequestBody.fromBytes(two));
        UploadPartResponse p1 = s3.uploadPart(b -> b.bucket(bucket).key("big.bin").uploadId(uploadId).partNumber(1),
                RequestBody.fromBytes(one));
        UploadPartResponse p3 = s3.uploadPart(b -> b.bucket(bucket).key("big.bin").uploadId(uploadId).partNumber(3),
                RequestBody.fromBytes(three));
        assertThat(p1.eTag()).isEqualTo('"' + HexFormat.of().formatHex(md5(one)) + '"');

        ListPartsResponse listed = s3.listParts(b -> b.bucket(bucket).key("big.bin").uploadId(uploadId));
        assertThat(listed.parts()).extracting(Part::partNumber).containsExactly(1, 2, 3);
        assertThat(listed.parts()).extracting(Part::size).containsExactly((long) one.length, (long) two.length, 1234L);

        var completed = s3.completeMultipartUpload(b -> b.bucket(bucket).key("big.bin").uploadId(uploadId)
                .multipartUpload(m -> m.parts(part(1, p1.eTag()), part(2, p2.eTag()), part(3, p3.eTag()))));
        MessageDigest md5s = MessageDigest.getInstance("MD5");
        md5s.update(md5(one));
        md5s.update(md5(two));
        md5s.update(md5(three));
        assertThat(completed.eTag()).isEqualTo('"' + HexFormat.of().formatHex(md5s.digest()) + "-3\"");

        byte[] whole = s3.getObjectAsBytes(b -> b.bucket(bucket).key("big.bin")).asByteArray();
        assertThat(whole).hasSize(one.length + two.length + three.length);
        assertThat(java.util.Arrays.copyOfRange(whole, one.length, one.length + two.length)).isEqualTo(two);
        HeadObjectResponse head = s3.headObject(b -> b.bucket(bucket).key("big.bin"));
        assertThat(head.contentType()).isEqualTo("application/x-big");
        assertThat(head.metadata()).containsEntry("kind", "test");

        ResponseBytes<GetObjectResponse> second = s3.getObjectAsBytes(b -> b.bucket(bucket).key("big.bin").partNumber(2));
        assertThat(second.asByteArray()).isEqualTo(two);
        assertThat(second.response().partsCount()).isEqualTo(3);
        assertThat(second.response().contentRange()).isEqualTo("bytes " + one.length + "-" + (2 * one.length - 1) + "/"
                + whole.length);
        assertThat(s3.headObject(b -> b.bucket(bucket).key("big.bin").partNumber(3)).contentLength()).isEqualTo(1234);
        assertThat(s3.getObjectAttributes(b -> b.bucket(bucket).key("big.bin").objectAttributes(ObjectAttributes.OBJECT_PARTS))
                .objectParts().totalPartsCount()).isEqualTo(3);
        assertThatThrownBy(() -> s3.listParts(b -> b.bucket(bucket).key("big.bin").uploadId(uploadId)))
                .isInstanceOf(NoSuchUploadException.class);
    }

    @ParameterizedTest
    @EnumSource(ClientFlavour.class)
    void completionChecksThePartList(ClientFlavour flavour) {
        S3Client s3 = fixture.client(flavour);
        String bucket = fixture.bucket(flavour);
        String uploadId = s3.createMultipartUpload(b -> b.bucket(bucket).key("k")).uploadId();
        String e1 = s3.uploadPart(b -> b.bucket(bucket).key("k").uploadId(uploadId).partNumber(1),
                RequestBody.fromBytes(random(MIB, 1))).eTag();
        String e2 = s3.uploadPart(b -> b.bucket(bucket).key("k").uploadId(uploadId).partNumber(2),
                RequestBody.fromBytes(random(100, 2))).eTag();

        assertCode(() -> s3.completeMultipartUpload(b -> b.bucket(bucket).key("k").uploadId(uploadId)
                .multipartUpload(m -> m.parts(part(2, e2), part(1, e1)))), 400, "InvalidPartOrder");
        assertCode(() -> s3.completeMultipartUpload(b -> b.bucket(bucket).key("k").uploadId(uploadId)
                .multipartUpload(m -> m.parts(part(1, e1), part(3, e2)))), 400, "InvalidPart");
        assertCode(() -> s3.completeMultipartUpload(b -> b.bucket(bucket).key("k").uploadId(uploadId)
                .multipartUpload(m -> m.parts(part(1, "\"0123456789abcdef0123456789abcdef\""), part(2, e2)))), 400, "InvalidPart");
        assertCode(() -> s3.completeMultipartUpload(b -> b.bucket(bucket).key("k").uploadId(uploadId)
                .multipartUpload(m -> m.parts(part(1, e1), part(2, e2)))), 400, "EntityTooSmall");
        assertCode(() -> s3.completeMultipartUpload(b -> b.bucket(bucket).key("k").uploadId("not-an-upload")
                .multipartUpload(m -> m.parts(part(1, e1)))), 404, "NoSuchUpload");
        assertCode(() -> s3.uploadPart(b -> b.bucket(bucket).key("k").uploadId(uploadId).partNumber(10_001),
                RequestBody.fromString("x")), 400, "InvalidArgument");
        assertCode(() -> s3.headObject(b -> b.bucket(bucket).key("k")), 404, null);

        var single = s3.completeMultipartUpload(b -> b.bucket(bucket).key("k").uploadId(uploadId)
                .multipartUpload(m -> m.parts(part(1, e1))));
        assertThat(single.eTag()).endsWith("-1\"");
        assertThat(s3.headObject(b -> b.bucket(bucket).key("k")).contentLength()).isEqualTo(MIB);
    }

    @ParameterizedTest
    @EnumSource(ClientFlavour.class)
    void completionChecksTheObjectSizeTheClientDeclares(ClientFlavour flavour) {
        S3Client s3 = fixture.client(flavour);
        String bucket = fixture.bucket(flavour);
        String uploadId = s3.createMultipartUpload(b -> b.bucket(bucket).key("k")).uploadId();
        List<CompletedPart> parts = uploadParts(s3, bucket, "k", uploadId, List.of(random(5 * MIB, 1), random(100, 2)));

        assertCode(() -> s3.completeMultipartUpload(b -> b.bucket(bucket).key("k").uploadId(uploadId)
                .mpuObjectSize(5L * MIB + 99).multipartUpload(m -> m.parts(parts))), 400, "InvalidRequest");
        assertCode(() -> s3.headObject(b -> b.bucket(bucket).key("k")), 404, null);

        s3.completeMultipartUpload(b -> b.bucket(bucket).key("k").uploadId(uploadId)
                .mpuObjectSize(5L * MIB + 100).multipartUpload(m -> m.parts(parts)));
        assertThat(s3.headObject(b -> b.bucket(bucket).key("k")).contentLength()).isEqualTo(5L * MIB + 100);
    }

    @ParameterizedTest
    @EnumSource(ClientFlavour.class)
    void abortDropsTheUpload(ClientFlavour flavour) {
        S3Client s3 = fixture.client(flavour);
        String bucket = fixture.bucket(flavour);
        String uploadId = s3.createMultipartUpload(b -> b.bucket(bucket).key("k")).uploadId();
        s3.uploadPart(b -> b.bucket(bucket).key("k").uploadId(uploadId).partNumber(1), RequestBody.fromString("x"));
        assertThat(s3.abortMultipartUpload(b -> b.bucket(bucket).key("k").uploadId(uploadId)).sdkHttpResponse().statusCode())
                .isEqualTo(204);
        assertCode(() -> s3.abortMultipartUpload(b -> b.bucket(bucket).key("k").uploadId(uploadId)), 404, "NoSuchUpload");
        assertCode(() -> s3.uploadPart(b -> b.bucket(bucket).key("k").uploadId(uploadId).partNumber(2),
                RequestBody.fromString("x")), 404, "NoSuchUpload");
        assertThat(s3.listMultipartUploads(b -> b.bucket(bucket)).uploads()).isEmpty();
    }

    static void assertCode(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, int status, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(S3Exception.class, e -> {
            assertThat(e.statusCode()).isEqualTo(status);
            if (code != null) {
                assertThat(Fixture.code(e)).isEqualTo(code);
            }
        });
    }

    static List<CompletedPart> uploadParts(S3Client s3, String bucket, String key, String uploadId, List<byte[]> parts) {
        List<CompletedPart> completed = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            int number = i + 1;
            byte[] bytes = parts.get(i);
            String etag = s3.uploadPart(b -> b.bucket(bucket).key(key).uploadId(uploadId).partNumber(number),
                    RequestBody.fromBytes(bytes)).eTag();
            completed.add(part(number, etag));
        }
        return completed;
    }
}
