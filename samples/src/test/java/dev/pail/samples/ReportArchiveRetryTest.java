package dev.pail.samples;

import static dev.pail.S3ErrorCode.SLOW_DOWN;
import static dev.pail.verify.RequestPattern.anyKey;
import static dev.pail.verify.RequestPattern.putObject;
import static dev.pail.verify.Times.times;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pail.Pail;
import dev.pail.client.PailClients;
import dev.pail.fault.S3Fault;
import dev.pail.junit5.PailInject;
import dev.pail.junit5.PailTest;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The archive's retry path, with S3 throttling on purpose. The archive's client uses the SDK's
 * standard retry strategy (three attempts) without waiting between attempts, so the test is fast.
 */
@PailTest(buckets = "reports")
class ReportArchiveRetryTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);

    @PailInject
    Pail pail;

    S3Client s3;
    ReportArchive archive;

    @BeforeEach
    void archiveWithImpatientRetries() {
        s3 = PailClients.s3Builder(pail.endpoint(), pail.config())
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder()
                        .backoffStrategy(BackoffStrategy.retryImmediately())
                        .throttlingBackoffStrategy(BackoffStrategy.retryImmediately())
                        .build()))
                .build();
        archive = new ReportArchive(s3, "reports");
    }

    @AfterEach
    void closeClient() {
        s3.close();
    }

    @Test
    void anUploadThrottledTwiceSucceedsThroughTheSdkRetries() {
        pail.when(putObject("reports", anyKey())).fail(S3Fault.error(SLOW_DOWN)).times(2);

        String key = archive.upload(DAY, "sales.csv", "alice", "region,total\neu,42\n");

        pail.verify(times(3), putObject("reports", key));
        assertThat(archive.fetch(key)).hasValue("region,total\neu,42\n");
    }

    @Test
    void throttlingThatNeverEndsReachesTheCallerAndStoresNothing() {
        pail.when(putObject("reports", anyKey())).fail(S3Fault.error(SLOW_DOWN)).always();

        assertThatThrownBy(() -> archive.upload(DAY, "sales.csv", "alice", "region,total\neu,42\n"))
                .isInstanceOfSatisfying(S3Exception.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(503);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("SlowDown");
                });

        pail.verify(times(3), putObject("reports", anyKey()));
        assertThat(archive.listDay(DAY)).isEmpty();
    }
}
