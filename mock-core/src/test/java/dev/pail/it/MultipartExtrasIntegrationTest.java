package dev.pail.it;

import static dev.pail.it.MultipartIntegrationTest.MIB;
import static dev.pail.it.MultipartIntegrationTest.assertCode;
import static dev.pail.it.MultipartIntegrationTest.part;
import static dev.pail.it.MultipartIntegrationTest.random;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pail.Pail;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;
import software.amazon.awssdk.services.s3.model.ChecksumMode;
import software.amazon.awssdk.services.s3.model.ChecksumType;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.ListMultipartUploadsResponse;
import software.amazon.awssdk.services.s3.model.MultipartUpload;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** Multipart checksums, UploadPartCopy, ListMultipartUploads, concurrency, conditions and the memory cap. */
class MultipartExtrasIntegrationTest {

    @AutoClose
    static final Fixture fixture = Fixture.start();
    static final S3Client s3 = fixture.client(ClientFlavour.SYNC_DEFAULT);

    static CompletedPart upload(String bucket, String key, String uploadId, int number, byte[] bytes, ChecksumAlgorithm alg) {
        var response = s3.uploadPart(b -> b.bucket(bucket).key(key).uploadId(uploadId).partNumber(number)
                .checksumAlgorithm(alg), RequestBody.fromBytes(bytes));
        return CompletedPart.builder().partNumber(number).eTag(response.eTag()).checksumCRC32(response.checksumCRC32())
                .checksumCRC32C(response.checksumCRC32C()).checksumSHA256(response.checksumSHA256()).build();
    }

    static CompletedPart withoutChecksum(CompletedPart part) {
        return CompletedPart.builder().partNumber(part.partNumber()).eTag(part.eTag()).build();
    }

    @Test
    void compositeChecksumsAreTheChecksumOfThePartChecksums() throws Exception {
        String bucket = fixture.bucket(ClientFlavour.SYNC_DEFAULT);
        String id = s3.createMultipartUpload(b -> b.bucket(bucket).key("c").checksumAlgorithm(ChecksumAlgorithm.SHA256))
                .uploadId();
        byte[] a = random(5 * MIB, 1);
        byte[] b2 = random(300, 2);
        CompletedPart p1 = upload(bucket, "c", id, 1, a, ChecksumAlgorithm.SHA256);
        CompletedPart p2 = upload(bucket, "c", id, 2, b2, ChecksumAlgorithm.SHA256);
        var done = s3.completeMultipartUpload(b -> b.bucket(bucket).key("c").uploadId(id).multipartUpload(m -> m.parts(p1, p2)));

        var sha = java.security.MessageDigest.getInstance("SHA-256");
        sha.update(Base64.getDecoder().decode(p1.checksumSHA256()));
        sha.update(Base64.getDecoder().decode(p2.checksumSHA256()));
        String composite = Base64.getEncoder().encodeToString(sha.digest()) + "-2";
        assertThat(done.checksumSHA256()).isEqualTo(composite);
        assertThat(done.checksumType()).isEqualTo(ChecksumType.COMPOSITE);
        var head = s3.headObject(b -> b.bucket(bucket).key("c").checksumMode(ChecksumMode.ENABLED));
        assertThat(head.checksumSHA256()).isEqualTo(composite);
        assertThat(head.checksumType()).isEqualTo(ChecksumType.COMPOSITE);
        assertThat(s3.getObjectAsBytes(b -> b.bucket(bucket).key("c").checksumMode(ChecksumMode.ENABLED)).asByteArray())
                .hasSize(a.length + b2.length);
        assertThat(s3.getObjectAsBytes(b -> b.bucket(bucket).key("c").partNumber(2).checksumMode(ChecksumMode.ENABLED))
                .asByteArray()).isEqualTo(b2);
    }

    @Test
    void fullObjectChecksumsCombineThePartCrcsIntoTheWholeObjectsCrc() {
        String bucket = fixture.bucket(ClientFlavour.SYNC_DEFAULT);
        String id = s3.createMultipartUpload(b -> b.bucket(bucket).key("f").checksumAlgorithm(ChecksumAlgorithm.CRC32_C)
                .checksumType(ChecksumType.FULL_OBJECT)).uploadId();
        byte[] a = random(5 * MIB, 3);
        byte[] b2 = random(777, 4);
        CompletedPart p1 = upload(bucket, "f", id, 1, a, ChecksumAlgorithm.CRC32_C);
        CompletedPart p2 = upload(bucket, "f", id, 2, b2, ChecksumAlgorithm.CRC32_C);
        var done = s3.completeMultipartUpload(b -> b.bucket(bucket).key("f").uploadId(id).multipartUpload(m -> m.parts(p1, p2)));

        CRC32C crc = new CRC32C();
        crc.update(a);
        crc.update(b2);
        String whole = Base64.getEncoder().encodeToString(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
        assertThat(done.checksumCRC32C()).isEqualTo(whole);
        assertThat(done.checksumType()).isEqualTo(ChecksumType.FULL_OBJECT);
        assertThat(s3.getObjectAsBytes(b -> b.bucket(bucket).key("f").checksumMode(ChecksumMode.ENABLED)).asByteArray())
                .hasSize(a.length + b2.length);
    }

    @Test
    void uploadsWithoutAChecksumGetAFullObjectCrc64Nvme() {
        String bucket = fixture.bucket(ClientFlavour.SYNC_DEFAULT);
        String id = s3.createMultipartUpload(b -> b.bucket(bucket).key("d")).uploadId();
        // S3 refuses part checksums in the completion of an upload created without an algorithm
        CompletedPart p1 = withoutChecksum(upload(bucket, "d", id, 1, random(5 * MIB, 5), ChecksumAlgorithm.CRC32));
        CompletedPart p2 = withoutChecksum(upload(bucket, "d", id, 2, random(10, 6), ChecksumAlgorithm.CRC32));
        s3.completeMultipartUpload(b -> b.bucket(bucket).key("d").uploadId(id).multipartUpload(m -> m.parts(p1, p2)));
        var head = s3.headObject(b -> b.bucket(bucket).key("d").checksumMode(ChecksumMode.ENABLED));
        assertThat(head.checksumCRC64NVME()).isNotBlank();
        assertThat(head.checksumType()).isEqualTo(ChecksumType.FULL_OBJECT);
        assertThat(s3.getObjectAsBytes(b -> b.bucket(bucket).key("d").checksumMode(ChecksumMode.ENABLED)).asByteArray())
                .hasSize(5 * MIB + 10);
    }

    @Test
    void uploadPartCopyTakesARangeOfAnotherObject() {
        String bucket = fixture.bucket(ClientFlavour.SYNC_DEFAULT);
        byte[] source = random(7 * MIB, 7);
        s3.putObject(b -> b.bucket(bucket).key("src"), RequestBody.fromBytes(source));
        String id = s3.createMultipartUpload(b -> b.bucket(bucket).key("dst")).uploadId();
        var c1 = s3.uploadPartCopy(b -> b.sourceBucket(bucket).sourceKey("src").destinationBucket(bucket)
                .destinationKey("dst").uploadId(id).partNumber(1).copySourceRange("bytes=0-5242879"));
        var c2 = s3.uploadPartCopy(b -> b.sourceBucket(bucket).sourceKey("src").destinationBucket(bucket)
                .destinationKey("dst").uploadId(id).partNumber(2).copySourceRange("bytes=5242880-7340031"));
        s3.completeMultipartUpload(b -> b.bucket(bucket).key("dst").uploadId(id).multipartUpload(m -> m.parts(
                part(1, c1.copyPartResult().eTag()), part(2, c2.copyPartResult().eTag()))));
        assertThat(s3.getObjectAsBytes(b -> b.bucket(bucket).key("dst")).asByteArray()).isEqualTo(source);

        assertCode(() -> s3.uploadPartCopy(b -> b.sourceBucket(bucket).sourceKey("src").destinationBucket(bucket)
                .destinationKey("dst2").uploadId(s3.createMultipartUpload(c -> c.bucket(bucket).key("dst2")).uploadId())
                .partNumber(1).copySourceRange("bytes=0-99999999")), 416, "InvalidRange");
        assertCode(() -> s3.uploadPartCopy(b -> b.sourceBucket(bucket).sourceKey("src").destinationBucket(bucket)
                .destinationKey("dst").uploadId("nope").partNumber(1).copySourceIfMatch("\"x\"")), 404, "NoSuchUpload");
    }

    @Test
    void listMultipartUploadsPagesByKeyAndUploadId() {
        String bucket = fixture.bucket(ClientFlavour.SYNC_DEFAULT);
        List<String> ids = new ArrayList<>();
        for (String key : List.of("a/1", "a/2", "b", "b", "c")) {
            ids.add(s3.createMultipartUpload(r -> r.bucket(bucket).key(key)).uploadId());
        }
        ListMultipartUploadsResponse all = s3.listMultipartUploads(b -> b.bucket(bucket));
        assertThat(all.uploads()).extracting(MultipartUpload::key).containsExactly("a/1", "a/2", "b", "b", "c");
        assertThat(all.uploads()).extracting(MultipartUpload::uploadId).containsExactlyElementsOf(ids);

        ListMultipartUploadsResponse first = s3.listMultipartUploads(b -> b.bucket(bucket).maxUploads(3));
        assertThat(first.isTruncated()).isTrue();
        assertThat(first.nextKeyMarker()).isEqualTo("b");
        ListMultipartUploadsResponse rest = s3.listMultipartUploads(b -> b.bucket(bucket)
                .keyMarker(first.nextKeyMarker()).uploadIdMarker(first.nextUploadIdMarker()));
        assertThat(rest.uploads()).extracting(MultipartUpload::uploadId).containsExactly(ids.get(3), ids.get(4));

        ListMultipartUploadsResponse grouped = s3.listMultipartUploads(b -> b.bucket(bucket).delimiter("/"));
        assertThat(grouped.commonPrefixes()).extracting(p -> p.prefix()).containsExactly("a/");
        assertThat(grouped.uploads()).extracting(MultipartUpload::key).containsExactly("b", "b", "c");
        assertThat(s3.listMultipartUploads(b -> b.bucket(bucket).prefix("b")).uploads()).hasSize(2);
    }

    @Test
    void partsUploadedConcurrentlyInAnyOrderAssembleInPartOrder() throws Exception {
        String bucket = fixture.bucket(ClientFlavour.SYNC_DEFAULT);
        String id = s3.createMultipartUpload(b -> b.bucket(bucket).key("parallel")).uploadId();
        int count = 8;
        List<byte[]> parts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            parts.add(random(i == count - 1 ? 1000 : 5 * MIB, 100 + i));
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new java.util.Random(42));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<CompletedPart>> futures = new ArrayList<>();
        for (int number : order) {
            futures.add(pool.submit(() -> part(number, s3.uploadPart(b -> b.bucket(bucket).key("parallel").uploadId(id)
                    .partNumber(number), RequestBody.fromBytes(parts.get(number - 1))).eTag())));
        }
        List<CompletedPart> completed = new ArrayList<>();
        for (Future<CompletedPart> future : futures) {
            completed.add(future.get());
        }
        pool.shutdown();
        completed.sort(java.util.Comparator.comparing(CompletedPart::partNumber));
        s3.completeMultipartUpload(b -> b.bucket(bucket).key("parallel").uploadId(id).multipartUpload(m -> m.parts(completed)));
        byte[] whole = s3.getObjectAsBytes(b -> b.bucket(bucket).key("parallel")).asByteArray();
        int offset = 0;
        for (byte[] part : parts) {
            assertThat(java.util.Arrays.copyOfRange(whole, offset, offset + part.length)).isEqualTo(part);
            offset += part.length;
        }
        assertThat(whole).hasSize(offset);
    }

    @Test
    void completionHonoursIfNoneMatch() {
        String bucket = fixture.bucket(ClientFlavour.SYNC_DEFAULT);
        s3.putObject(b -> b.bucket(bucket).key("exists"), RequestBody.fromString("first"));
        String id = s3.createMultipartUpload(b -> b.bucket(bucket).key("exists")).uploadId();
        String etag = s3.uploadPart(b -> b.bucket(bucket).key("exists").uploadId(id).partNumber(1),
                RequestBody.fromString("second")).eTag();
        assertCode(() -> s3.completeMultipartUpload(b -> b.bucket(bucket).key("exists").uploadId(id).ifNoneMatch("*")
                .multipartUpload(m -> m.parts(part(1, etag)))), 412, "PreconditionFailed");
        assertThat(s3.getObjectAsBytes(b -> b.bucket(bucket).key("exists")).asUtf8String()).isEqualTo("first");
        s3.completeMultipartUpload(b -> b.bucket(bucket).key("exists").uploadId(id).multipartUpload(m -> m.parts(part(1, etag))));
        assertThat(s3.getObjectAsBytes(b -> b.bucket(bucket).key("exists")).asUtf8String()).isEqualTo("second");
    }

    @Test
    void theMemoryCapGivesAClearErrorAndKeepsEarlierObjects() {
        try (Pail small = Pail.builder().bucket("capped").maxStoredBytes(20L * MIB).start();
             S3Client client = dev.pail.client.PailClients.s3Builder(small.endpoint(), small.config())
                     .overrideConfiguration(o -> o.retryStrategy(software.amazon.awssdk.retries.DefaultRetryStrategy.doNotRetry()))
                     .build()) {
            byte[] first = random(8 * MIB, 8);
            client.putObject(b -> b.bucket("capped").key("first"), RequestBody.fromBytes(first));
            client.putObject(b -> b.bucket("capped").key("second"), RequestBody.fromBytes(random(8 * MIB, 9)));
            org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                            client.putObject(b -> b.bucket("capped").key("third"), RequestBody.fromBytes(random(8 * MIB, 10))))
                    .isInstanceOfSatisfying(S3Exception.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(507);
                        assertThat(Fixture.code(e)).isEqualTo("InsufficientCapacity");
                        assertThat(e.awsErrorDetails().errorMessage()).contains("maxStoredBytes");
                    });
            assertThat(client.getObjectAsBytes(b -> b.bucket("capped").key("first")).asByteArray()).isEqualTo(first);
            assertCode(() -> client.headObject(b -> b.bucket("capped").key("third")), 404, null);

            client.deleteObject(b -> b.bucket("capped").key("second"));
            client.putObject(b -> b.bucket("capped").key("third"), RequestBody.fromBytes(random(8 * MIB, 10)));
            assertThat(client.headObject(b -> b.bucket("capped").key("third")).contentLength()).isEqualTo(8 * MIB);
        }
    }
}
