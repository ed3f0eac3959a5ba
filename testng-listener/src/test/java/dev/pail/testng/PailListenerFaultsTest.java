package dev.pail.testng;

import static dev.pail.S3ErrorCode.SLOW_DOWN;
import static dev.pail.verify.RequestPattern.anyKey;
import static dev.pail.verify.RequestPattern.putObject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pail.Pail;
import dev.pail.client.PailClients;
import dev.pail.fault.Latency;
import dev.pail.fault.S3Fault;
import java.time.Duration;
import org.testng.annotations.Listeners;
import org.testng.annotations.Test;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** Fault rules end with the test method that made them; the latency attributes reach the server. */
@Listeners(PailListener.class)
@PailTest(buckets = "photos", latencyMillis = 2, latencyJitterMillis = 3, latencySeed = 7)
public class PailListenerFaultsTest {

    @PailInject
    S3Client s3;

    @PailInject
    Pail pail;

    @Test(priority = 1)
    public void aRuleAppliesWithinItsTest() {
        pail.when(putObject("photos", anyKey())).fail(S3Fault.error(SLOW_DOWN)).always();
        try (S3Client once = PailClients.s3Builder(pail.endpoint(), pail.config())
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry())).build()) {
            assertThatThrownBy(() -> once.putObject(b -> b.bucket("photos").key("a"), RequestBody.fromString("x")))
                    .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(e.statusCode()).isEqualTo(503));
        }
    }

    @Test(priority = 2)
    public void theNextTestStartsWithoutRules() {
        s3.putObject(b -> b.bucket("photos").key("a"), RequestBody.fromString("x"));

        assertThat(pail.requests()).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.fault()).isEmpty();
        });
    }

    @Test
    public void theLatencyAttributesMapOntoTheConfiguration() {
        assertThat(pail.config().latency()).isEqualTo(Latency.uniform(Duration.ofMillis(2), Duration.ofMillis(5), 7));
        assertThat(dev.pail.internal.harness.HarnessSettings.DEFAULTS.config().latency()).isEqualTo(Latency.none());
    }
}
