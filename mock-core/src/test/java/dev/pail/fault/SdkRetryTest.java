package dev.pail.fault;

import static dev.pail.S3ErrorCode.SLOW_DOWN;
import static dev.pail.verify.RequestPattern.anyKey;
import static dev.pail.verify.RequestPattern.getObject;
import static dev.pail.verify.RequestPattern.putObject;
import static dev.pail.verify.Times.times;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pail.Pail;
import dev.pail.recording.RecordedRequest;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** What users rely on: the real SDK v2 client's retries and timeouts meet Pail's faults. */
class SdkRetryTest {

    private Pail pail;
    private S3Client s3;

    @BeforeEach
    void start() {
        pail = Pail.builder().bucket("photos").start();
        s3 = FaultClients.retrying(pail);
    }

    @AfterEach
    void stop() {
        s3.close();
        pail.close();
    }

    @Test
    void twoSlowDownsThenSuccessSucceedThroughTheSdkRetries() {
        pail.when(putObject("photos", anyKey())).fail(S3Fault.error(SLOW_DOWN)).times(2);

        s3.putObject(b -> b.bucket("photos").key("cat.jpg"), RequestBody.fromString("meow"));

        pail.verify(times(3), putObject("photos", "cat.jpg"));
        assertThat(pail.requests()).extracting(RecordedRequest::status).containsExactly(503, 503, 200);
        assertThat(pail.requests()).extracting(r -> r.fault().map(Object::toString).orElse(null)).containsExactly("SlowDown 503", "SlowDown 503", null);
        assertThat(s3.getObjectAsBytes(b -> b.bucket("photos").key("cat.jpg")).asUtf8String()).isEqualTo("meow");
    }

    @Test
    void throttlingThatNeverEndsExhaustsTheRetryBudgetWithSlowDown() {
        pail.when(putObject("photos", anyKey())).fail(S3Fault.error(SLOW_DOWN)).always();

        assertThatThrownBy(() -> s3.putObject(b -> b.bucket("photos").key("cat.jpg"), RequestBody.fromString("meow")))
                .isInstanceOfSatisfying(S3Exception.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(503);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("SlowDown");
                    assertThat(e.numAttempts()).isEqualTo(FaultClients.STANDARD_ATTEMPTS);
                });
        pail.verify(times(FaultClients.STANDARD_ATTEMPTS), putObject("photos", "cat.jpg"));
    }

    @Test
    void aConnectionResetIsRetriedByTheSdk() {
        pail.when(putObject("photos", anyKey())).fail(S3Fault.connectionReset()).once();

        s3.putObject(b -> b.bucket("photos").key("cat.jpg"), RequestBody.fromString("meow"));

        assertThat(pail.requests()).extracting(r -> r.fault().map(Object::toString).orElse(null)).containsExactly("connection reset", null);
        assertThat(pail.requests().get(0).status()).as("no response was sent").isZero();
        assertThat(s3.getObjectAsBytes(b -> b.bucket("photos").key("cat.jpg")).asUtf8String()).isEqualTo("meow");
    }

    @Test
    void resetsThatNeverEndFailWithAClientExceptionAfterTheRetryBudget() {
        pail.when(getObject("photos", anyKey())).fail(S3Fault.connectionReset()).always();
        pail.seed().object("photos", "cat.jpg", "meow");

        assertThatThrownBy(() -> s3.getObjectAsBytes(b -> b.bucket("photos").key("cat.jpg")))
                .isInstanceOf(SdkClientException.class)
                .hasRootCauseInstanceOf(java.net.SocketException.class)
                .hasRootCauseMessage("Connection reset");
        pail.verify(times(FaultClients.STANDARD_ATTEMPTS), getObject("photos", "cat.jpg"));
    }

    @Test
    void aTruncatedBodyIsRetriedAndTheSdkReturnsTheWholeObject() {
        byte[] content = content(1000);
        pail.seed().object("photos", "big.bin", content);
        pail.when(getObject("photos", "big.bin")).fail(S3Fault.truncatedBody(100)).once();

        byte[] read = s3.getObjectAsBytes(b -> b.bucket("photos").key("big.bin")).asByteArray();

        assertThat(read).isEqualTo(content);
        assertThat(pail.requests()).extracting(r -> r.fault().map(Object::toString).orElse(null)).containsExactly("body cut after 100 bytes", null);
    }

    @Test
    void aBodyThatIsAlwaysCutShortIsReportedAndNeverReturned() {
        pail.seed().object("photos", "big.bin", content(1000));
        pail.when(getObject("photos", "big.bin")).fail(S3Fault.truncatedBody(100)).always();

        assertThatThrownBy(() -> s3.getObjectAsBytes(b -> b.bucket("photos").key("big.bin")))
                .isInstanceOf(SdkClientException.class)
                .hasRootCauseMessage("Premature end of Content-Length delimited message body (expected: 1,000; received: 100)");
        pail.verify(times(FaultClients.STANDARD_ATTEMPTS), getObject("photos", "big.bin"));
    }

    @Test
    void aStreamedBodyThatIsCutShortFailsTheRead() throws IOException {
        pail.seed().object("photos", "big.bin", content(1000));
        pail.when(getObject("photos", "big.bin")).fail(S3Fault.truncatedBody(100)).once();

        try (ResponseInputStream<GetObjectResponse> stream = s3.getObject(b -> b.bucket("photos").key("big.bin"))) {
            assertThat(stream.response().contentLength()).isEqualTo(1000);
            assertThatThrownBy(stream::readAllBytes).isInstanceOf(IOException.class);
        }
    }

    @Test
    void aDelayLongerThanTheAttemptTimeoutEndsInTheSdkTimeout() {
        pail.when(getObject("photos", anyKey())).fail(S3Fault.delay(Duration.ofSeconds(30))).always();
        pail.seed().object("photos", "cat.jpg", "meow");
        try (S3Client impatient = FaultClients.retryingWithAttemptTimeout(pail, Duration.ofMillis(300))) {
            assertThatThrownBy(() -> impatient.getObjectAsBytes(b -> b.bucket("photos").key("cat.jpg")))
                    .isInstanceOf(ApiCallAttemptTimeoutException.class);
        }
    }

    @Test
    void aFaultedPutObjectLeavesTheEarlierObjectIntact() {
        s3.putObject(b -> b.bucket("photos").key("cat.jpg"), RequestBody.fromString("first"));
        pail.when(putObject("photos", "cat.jpg")).fail(S3Fault.error(dev.pail.S3ErrorCode.INTERNAL_ERROR)).always();

        assertThatThrownBy(() -> s3.putObject(b -> b.bucket("photos").key("cat.jpg"), RequestBody.fromString("second")))
                .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(e.statusCode()).isEqualTo(500));

        assertThat(s3.getObjectAsBytes(b -> b.bucket("photos").key("cat.jpg")).asUtf8String()).isEqualTo("first");
    }

    private static byte[] content(int size) {
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = (byte) ('a' + i % 26);
        }
        return bytes;
    }
}
