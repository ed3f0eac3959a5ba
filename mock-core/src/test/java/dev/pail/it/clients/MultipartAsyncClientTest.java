package dev.pail.it.clients;

import static dev.pail.it.clients.LargeObjects.SIZE;
import static dev.pail.verify.RequestPattern.getObject;
import static dev.pail.verify.RequestPattern.keyEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pail.Pail;
import dev.pail.S3Operation;
import dev.pail.client.PailClients;
import dev.pail.verify.RequestPattern;
import dev.pail.verify.Times;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.async.AsyncRequestBody;
import software.amazon.awssdk.core.async.AsyncResponseTransformer;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.model.ChecksumMode;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

/**
 * {@code S3AsyncClient.builder().multipartEnabled(true)}, unmodified: it uploads a large object in
 * parts (8 MiB, aws-chunked with a trailing CRC32, in parallel), downloads it part by part
 * ({@code GET ?partNumber=N}, validating each part's CRC32), and copies it with UploadPartCopy.
 */
class MultipartAsyncClientTest {

    static Pail pail;
    static S3AsyncClient s3;
    @TempDir
    static Path dir;

    @BeforeAll
    static void start() {
        pail = Pail.builder().bucket("big").start();
        s3 = PailClients.s3AsyncBuilder(pail.endpoint(), pail.config()).multipartEnabled(true).build();
    }

    @AfterAll
    static void stop() {
        s3.close();
        pail.close();
    }

    @BeforeEach
    void empty() {
        pail.reset();
    }

    @Test
    void putsALargeObjectInPartsAndGetsItBackPartByPart() {
        Path source = LargeObjects.write(dir.resolve("up.bin"), SIZE, 1);

        s3.putObject(b -> b.bucket("big").key("k"), AsyncRequestBody.fromFile(source)).join();

        List<Long> parts = StoredObjects.assertStoredInParts(pail, "big", "k", source);
        assertThat(parts).hasSize(8).allMatch(size -> size == 8L << 20);
        pail.resetRequests();

        Path down = dir.resolve("down.bin");
        GetObjectResponse first = s3.getObject(b -> b.bucket("big").key("k").checksumMode(ChecksumMode.ENABLED),
                AsyncResponseTransformer.toFile(down)).join();
        LargeObjects.assertSameBytes(down, source);
        assertThat(first.partsCount()).isEqualTo(8);
        assertThat(first.checksumCRC32()).as("part 1's CRC32, which the client validated").isNotNull();
        pail.verify(Times.times(8), getObject("big", "k").withQueryParam("partNumber").withStatus(206)
                .withHeader("x-amz-checksum-mode", "ENABLED"));
    }

    @Test
    void copiesALargeObjectPartByPartWithoutMovingItsBytesThroughTheClient() {
        Path source = LargeObjects.write(dir.resolve("copy-source.bin"), SIZE, 2);
        s3.putObject(b -> b.bucket("big").key("original"), AsyncRequestBody.fromFile(source)).join();
        pail.resetRequests();

        s3.copyObject(b -> b.sourceBucket("big").sourceKey("original").destinationBucket("big")
                .destinationKey("copy")).join();

        pail.verify(Times.atLeast(2), RequestPattern.operation(S3Operation.UPLOAD_PART_COPY, "big", keyEqualTo("copy"))
                .withHeader("x-amz-copy-source-range", "a byte range", range -> range.startsWith("bytes="))
                .withStatus(200));
        pail.verify(Times.once(), RequestPattern.completeMultipartUpload("big", keyEqualTo("copy")).withStatus(200));
        Path down = dir.resolve("copy.bin");
        s3.getObject(b -> b.bucket("big").key("copy"), AsyncResponseTransformer.toFile(down)).join();
        LargeObjects.assertSameBytes(down, source);
    }
}
