package dev.pail.it.clients;

import static dev.pail.it.clients.LargeObjects.MIB;
import static dev.pail.verify.RequestPattern.completeMultipartUpload;
import static dev.pail.verify.RequestPattern.keyEqualTo;
import static dev.pail.verify.RequestPattern.uploadPart;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pail.Pail;
import dev.pail.S3ErrorCode;
import dev.pail.S3Operation;
import dev.pail.client.PailClients;
import dev.pail.recording.RecordedRequest;
import dev.pail.verify.Times;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.async.AsyncRequestBody;
import software.amazon.awssdk.core.async.AsyncResponseTransformer;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The cap on stored bytes ({@code Pail.builder().maxStoredBytes(..)}) seen through real clients: an
 * upload that would pass it fails with 507 {@code InsufficientCapacity} and leaves nothing behind,
 * and the memory of an aborted upload's parts serves later uploads. No test waits for the garbage
 * collector: when the cap is reached the store asks for a collection itself before refusing.
 * (After a refused multipart upload, parts the client had in flight may still be arriving; the test
 * that reuses memory therefore aborts an upload it drives itself, part by part.)
 */
class MemoryCapTest {

    static final long CAP = 100L * MIB;
    @TempDir
    static Path dir;
    /**
     * A server per test: parts of a refused upload that were still in flight when the client gave
     * up finish (and are refused) on their own time, so they must not count against the next test.
     */
    Pail pail;
    S3AsyncClient multipart;

    @BeforeEach
    void start() {
        pail = Pail.builder().bucket("big").maxStoredBytes(CAP).start();
        multipart = PailClients.s3AsyncBuilder(pail.endpoint(), pail.config()).multipartEnabled(true).build();
    }

    @AfterEach
    void stop() {
        multipart.close();
        pail.close();
    }

    @Test
    void multipartUploadBeyondTheCapFailsWith507AndLeavesNothingBehind() throws Exception {
        Path kept = LargeObjects.write(dir.resolve("kept.bin"), 40L * MIB, 1);
        multipart.putObject(b -> b.bucket("big").key("kept"), AsyncRequestBody.fromFile(kept)).join();
        Path tooMuch = LargeObjects.write(dir.resolve("too-much.bin"), 80L * MIB, 2);
        pail.resetRequests();

        assertThatThrownBy(() -> multipart.putObject(b -> b.bucket("big").key("too-much"),
                AsyncRequestBody.fromFile(tooMuch)).join())
                .cause().isInstanceOfSatisfying(S3Exception.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(507);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InsufficientCapacity");
                    assertThat(e.getMessage()).contains("maxStoredBytes");
                });
        awaitAbort();

        pail.verify(Times.atLeast(1), uploadPart("big", keyEqualTo("too-much"))
                .withErrorCode(S3ErrorCode.INSUFFICIENT_CAPACITY).withStatus(507));
        pail.verify(Times.never(), completeMultipartUpload("big", keyEqualTo("too-much")));
        S3Client s3 = pail.client();
        assertThatThrownBy(() -> s3.headObject(b -> b.bucket("big").key("too-much")))
                .isInstanceOf(NoSuchKeyException.class);
        assertThat(s3.listObjectsV2(b -> b.bucket("big")).contents()).extracting(S3Object::key).containsExactly("kept");
        assertThat(s3.listMultipartUploads(b -> b.bucket("big")).uploads()).isEmpty();
        assertSame("kept", kept);
    }

    @Test
    void abortingAnUploadFreesItsPartsForTheNextUpload() {
        S3Client s3 = pail.client();
        Path kept = LargeObjects.write(dir.resolve("kept30.bin"), 30L * MIB, 4);
        s3.putObject(b -> b.bucket("big").key("kept"), RequestBody.fromFile(kept));
        Path part = LargeObjects.write(dir.resolve("part.bin"), 20L * MIB, 5);
        String uploadId = s3.createMultipartUpload(b -> b.bucket("big").key("held")).uploadId();
        for (int number = 1; number <= 3; number++) {
            int n = number;
            s3.uploadPart(b -> b.bucket("big").key("held").uploadId(uploadId).partNumber(n), RequestBody.fromFile(part));
        }
        Path next = LargeObjects.write(dir.resolve("next.bin"), 40L * MIB, 6);

        assertThatThrownBy(() -> s3.putObject(b -> b.bucket("big").key("next"), RequestBody.fromFile(next)))
                .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(e.statusCode()).isEqualTo(507));
        s3.abortMultipartUpload(b -> b.bucket("big").key("held").uploadId(uploadId));
        s3.putObject(b -> b.bucket("big").key("next"), RequestBody.fromFile(next));

        assertSame("next", next);
        assertSame("kept", kept);
        assertThatThrownBy(() -> s3.headObject(b -> b.bucket("big").key("held"))).isInstanceOf(NoSuchKeyException.class);
    }

    /** The multipart client aborts a failed upload after failing the call: wait for that request. */
    private void awaitAbort() {
        RecordedRequest request = pail.awaitRequest(dev.pail.verify.RequestPattern.operation(
                S3Operation.ABORT_MULTIPART_UPLOAD), Duration.ofSeconds(30));
        assertThat(request.status()).isEqualTo(204);
    }

    private void assertSame(String key, Path expected) {
        Path down = dir.resolve(expected.getFileName() + ".down");
        multipart.getObject(b -> b.bucket("big").key(key), AsyncResponseTransformer.toFile(down)).join();
        LargeObjects.assertSameBytes(down, expected);
    }
}
