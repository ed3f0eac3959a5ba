package dev.pail.fault;

import static dev.pail.S3ErrorCode.SLOW_DOWN;
import static dev.pail.verify.RequestPattern.anyKey;
import static dev.pail.verify.RequestPattern.putObject;
import static dev.pail.verify.Times.times;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pail.Pail;
import dev.pail.client.PailClients;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The clients Pail hands out keep the SDK's retry policy (the same attempts, the same retryable
 * errors) with a short backoff, so a test of "S3 throttles twice" takes milliseconds, not the
 * seconds of the SDK's throttling backoff.
 */
class RetryBackoffTest {

    @Test
    void throttledTwiceThenServedTakesMilliseconds() {
        try (Pail pail = Pail.builder().bucket("photos").start()) {
            pail.client().listBuckets(); // the SDK's start-up is not what this measures
            pail.when(putObject("photos", anyKey())).fail(S3Fault.error(SLOW_DOWN)).times(2);

            long started = System.nanoTime();
            pail.client().putObject(b -> b.bucket("photos").key("k"), RequestBody.fromString("x"));
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            pail.verify(times(3), putObject("photos", "k"));
            assertThat(took).as("two retries with backoff capped at 20 ms").isLessThan(Duration.ofMillis(900));
        }
    }

    @Test
    void theSdksAttemptsAreKept() {
        try (Pail pail = Pail.builder().bucket("photos").start()) {
            pail.when(putObject("photos", anyKey())).fail(S3Fault.error(SLOW_DOWN));

            assertThatThrownBy(() -> pail.client().putObject(b -> b.bucket("photos").key("k"), RequestBody.fromString("x")))
                    .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(e.statusCode()).isEqualTo(503));
            pail.verify(times(4), putObject("photos", "k")); // the SDK's default for S3 (legacy mode): 4 attempts
        }
    }

    @Test
    void theOverrideConfigurationCanBeExtendedWithoutLosingTheBackoff() {
        try (Pail pail = Pail.builder().bucket("photos").retryBackoff(Duration.ZERO).start();
             S3Client s3 = PailClients.s3Builder(pail.endpoint(), pail.config())
                     .overrideConfiguration(PailClients.overrideConfiguration(pail.config())
                             .apiCallTimeout(Duration.ofSeconds(30)).build())
                     .build()) {
            s3.listBuckets();
            pail.when(putObject("photos", anyKey())).fail(S3Fault.error(SLOW_DOWN)).times(2);

            long started = System.nanoTime();
            s3.putObject(b -> b.bucket("photos").key("k"), RequestBody.fromString("x"));

            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(900));
            pail.verify(times(3), putObject("photos", "k"));
        }
    }
}
