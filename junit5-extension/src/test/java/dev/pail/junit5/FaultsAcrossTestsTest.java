package dev.pail.junit5;

import static dev.pail.S3ErrorCode.INTERNAL_ERROR;
import static dev.pail.S3ErrorCode.SLOW_DOWN;
import static dev.pail.verify.RequestPattern.anyKey;
import static dev.pail.verify.RequestPattern.putObject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pail.Pail;
import dev.pail.client.PailClients;
import dev.pail.fault.Latency;
import dev.pail.fault.S3Fault;
import dev.pail.recording.RecordedRequest;
import java.time.Duration;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** Fault rules end with the test that made them; the latency attributes reach the server. */
@PailTest(buckets = "photos", latencyMillis = 1, latencyJitterMillis = 2, latencySeed = 42)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultsAcrossTestsTest {

    @Test
    @Order(1)
    void aRuleAppliesWithinItsTest(Pail pail) {
        pail.when(putObject("photos", anyKey())).fail(S3Fault.error(SLOW_DOWN)).always();
        try (S3Client once = notRetrying(pail)) {
            assertThatThrownBy(() -> once.putObject(b -> b.bucket("photos").key("a"), RequestBody.fromString("x")))
                    .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(e.statusCode()).isEqualTo(503));
        }
    }

    @Test
    @Order(2)
    void theNextTestStartsWithoutRules(S3Client s3, Pail pail) {
        s3.putObject(b -> b.bucket("photos").key("a"), RequestBody.fromString("x"));

        assertThat(pail.requests()).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.fault()).isEmpty();
        });
    }

    @Test
    void theLatencyAttributesMapOntoTheConfiguration(Pail pail) {
        assertThat(pail.config().latency())
                .isEqualTo(Latency.uniform(Duration.ofMillis(1), Duration.ofMillis(3), 42));
    }

    @Fixture
    static class BuilderLatencyFixture {
        @RegisterExtension
        static PailExtension extension = PailExtension.builder().latency(Latency.fixed(Duration.ofMillis(3))).build();

        @Test
        void theServerHasTheLatency() {
            assertThat(extension.pail().config().latency()).isEqualTo(Latency.fixed(Duration.ofMillis(3)));
        }
    }

    @Test
    void theBuilderTakesALatency() {
        ExtensionBehaviourTest.run(BuilderLatencyFixture.class).assertStatistics(stats -> stats.started(1).succeeded(1));
    }

    @Fixture
    @PailTest(buckets = "b-strict-faults", strict = true)
    static class StrictFixtureWithInjectedInternalError {
        @Test
        void aFaultedInternalErrorIsNotPailsFault(Pail pail) {
            pail.when(putObject("b-strict-faults", anyKey())).fail(S3Fault.error(INTERNAL_ERROR)).always();
            try (S3Client once = notRetrying(pail)) {
                assertThatThrownBy(() -> once.putObject(b -> b.bucket("b-strict-faults").key("a"), RequestBody.fromString("x")))
                        .isInstanceOf(S3Exception.class);
            }
            assertThat(pail.requests()).extracting(RecordedRequest::status).containsExactly(500);
        }
    }

    @Test
    void strictModeIgnoresInjectedFaults() {
        ExtensionBehaviourTest.run(StrictFixtureWithInjectedInternalError.class).assertStatistics(stats -> stats.started(1).succeeded(1).failed(0));
    }

    static S3Client notRetrying(Pail pail) {
        return PailClients.s3Builder(pail.endpoint(), pail.config())
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()))
                .build();
    }
}
