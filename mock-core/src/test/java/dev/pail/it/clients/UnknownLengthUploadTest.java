package dev.pail.it.clients;

import static dev.pail.it.clients.LargeObjects.MIB;
import static dev.pail.it.clients.LargeObjects.SIZE;
import static dev.pail.verify.RequestPattern.anyOperation;
import static dev.pail.verify.RequestPattern.createMultipartUpload;
import static dev.pail.verify.RequestPattern.keyEqualTo;
import static dev.pail.verify.RequestPattern.putObject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pail.Pail;
import dev.pail.client.PailClients;
import dev.pail.verify.Times;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.async.AsyncResponseTransformer;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.s3.S3AsyncClient;

/**
 * Uploads of unknown length ({@code AsyncRequestBody.fromPublisher} without a content length): the
 * multipart-enabled client and the CRT client cut the stream into parts, each with its length; the
 * plain async client refuses such a body before sending anything.
 */
class UnknownLengthUploadTest {

    /** Not a multiple of the part size, so the last part is short. */
    static final long UNEVEN = SIZE + 12_345;
    @AutoClose
    static final Pail pail = Pail.builder().bucket("big").start();
    @TempDir
    static Path dir;

    @BeforeEach
    void empty() {
        pail.reset();
    }

    @Test
    void multipartClientUploadsAStreamOfUnknownLengthInParts() {
        try (S3AsyncClient s3 = PailClients.s3AsyncBuilder(pail.endpoint(), pail.config()).multipartEnabled(true).build()) {
            s3.putObject(b -> b.bucket("big").key("stream"), LargeObjects.unknownLength(UNEVEN, 5, 64 * 1024)).join();

            assertStreamStored(s3, "stream", 5);
        }
    }

    @Test
    void crtClientUploadsAStreamOfUnknownLengthInParts() {
        try (S3AsyncClient s3 = CrtClientTest.crtClient(pail)) {
            s3.putObject(b -> b.bucket("big").key("stream"), LargeObjects.unknownLength(UNEVEN, 6, 64 * 1024)).join();

            assertStreamStored(s3, "stream", 6);
        }
    }

    @Test
    void multipartClientSendsAShortStreamOfUnknownLengthInOnePut() {
        try (S3AsyncClient s3 = PailClients.s3AsyncBuilder(pail.endpoint(), pail.config()).multipartEnabled(true).build()) {
            s3.putObject(b -> b.bucket("big").key("short"), LargeObjects.unknownLength(MIB + 7, 7, 64 * 1024)).join();

            pail.verify(Times.once(), putObject("big", "short").withStatus(200));
            pail.verify(Times.never(), createMultipartUpload("big", keyEqualTo("short")));
            Path down = dir.resolve("short-down.bin");
            s3.getObject(b -> b.bucket("big").key("short"), AsyncResponseTransformer.toFile(down)).join();
            LargeObjects.assertSameBytes(down, LargeObjects.write(dir.resolve("short.bin"), MIB + 7, 7));
        }
    }

    @Test
    void plainAsyncClientRefusesAStreamOfUnknownLengthWithoutSendingIt() {
        try (S3AsyncClient s3 = PailClients.s3AsyncBuilder(pail.endpoint(), pail.config()).build()) {
            assertThatThrownBy(() -> s3.putObject(b -> b.bucket("big").key("plain"),
                    LargeObjects.unknownLength(MIB, 8, 64 * 1024)).join())
                    .hasCauseInstanceOf(SdkClientException.class)
                    .hasMessageContaining("Content-Length header must be specified");
        }
        pail.verify(Times.never(), anyOperation());
    }

    private void assertStreamStored(S3AsyncClient s3, String key, long seed) {
        Path expected = LargeObjects.write(dir.resolve(key + seed + ".bin"), UNEVEN, seed);
        List<Long> parts = StoredObjects.assertStoredInParts(pail, "big", key, expected);
        assertThat(parts.get(parts.size() - 1)).as("the short last part").isLessThan(parts.get(0));
        Path down = dir.resolve(key + seed + "-down.bin");
        s3.getObject(b -> b.bucket("big").key(key), AsyncResponseTransformer.toFile(down)).join();
        LargeObjects.assertSameBytes(down, expected);
    }
}
