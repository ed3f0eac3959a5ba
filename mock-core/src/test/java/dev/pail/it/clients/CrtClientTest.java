package dev.pail.it.clients;

import static dev.pail.it.clients.LargeObjects.MIB;
import static dev.pail.it.clients.LargeObjects.SIZE;
import static dev.pail.verify.RequestPattern.getObject;
import static dev.pail.verify.RequestPattern.headObject;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pail.Pail;
import dev.pail.verify.Times;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.async.AsyncRequestBody;
import software.amazon.awssdk.core.async.AsyncResponseTransformer;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.model.ChecksumMode;
import software.amazon.awssdk.services.s3.model.ChecksumType;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;

/**
 * The CRT-based client ({@code S3AsyncClient.crtBuilder()}, native code from {@code aws-crt}) over
 * plain HTTP on 127.0.0.1: it uploads in 8 MiB parts (aws-chunked, trailing CRC32, {@code Expect:
 * 100-continue} on every request) and downloads with a HeadObject then ranged GETs pinned by
 * {@code If-Match}.
 */
class CrtClientTest {

    static Pail pail;
    static S3AsyncClient s3;
    @TempDir
    static Path dir;

    @BeforeAll
    static void start() {
        pail = Pail.builder().bucket("big").start();
        s3 = crtClient(pail);
    }

    @AfterAll
    static void stop() {
        s3.close();
        pail.close();
    }

    /**
     * A CRT client for a Pail: endpoint, region, credentials, path-style, checksums sent and
     * validated (what the deprecated {@code checksumValidationEnabled(true)} did), 8 MiB parts.
     */
    static S3AsyncClient crtClient(Pail pail) {
        return S3AsyncClient.crtBuilder()
                .endpointOverride(pail.endpoint())
                .region(Region.of(pail.region()))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(pail.config().accessKeyId(), pail.config().secretAccessKey())))
                .forcePathStyle(true)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_SUPPORTED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_SUPPORTED)
                .minimumPartSizeInBytes(8L * MIB)
                .targetThroughputInGbps(1.0)
                .build();
    }

    @Test
    void putsALargeObjectInPartsAndGetsItBackInRanges() {
        Path source = LargeObjects.write(dir.resolve("up.bin"), SIZE, 2);

        PutObjectResponse put = s3.putObject(b -> b.bucket("big").key("k"), AsyncRequestBody.fromFile(source)).join();

        StoredObjects.assertStoredInParts(pail, "big", "k", source);
        assertThat(put.eTag()).endsWith("-8\"");
        pail.resetRequests();

        Path down = dir.resolve("down.bin");
        GetObjectResponse got = s3.getObject(b -> b.bucket("big").key("k").checksumMode(ChecksumMode.ENABLED),
                AsyncResponseTransformer.toFile(down)).join();
        LargeObjects.assertSameBytes(down, source);
        assertThat(got.contentLength()).isEqualTo(SIZE);
        assertThat(got.checksumType()).isEqualTo(ChecksumType.COMPOSITE);
        assertThat(got.checksumCRC32()).endsWith("-8");
        pail.verify(Times.atMost(1), headObject("big", "k"));
        pail.verify(Times.atLeast(2), getObject("big", "k").withStatus(206)
                .withHeader("range", "a byte range", range -> range.startsWith("bytes="))
                .withHeader("if-match", put.eTag()));
    }
}
