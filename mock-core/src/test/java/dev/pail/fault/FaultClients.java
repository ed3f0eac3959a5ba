package dev.pail.fault;

import dev.pail.Pail;
import dev.pail.client.PailClients;
import java.time.Duration;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.s3.S3Client;

/** SDK clients for fault tests: the SDK's standard retries without waiting between attempts, or none. */
final class FaultClients {

    /** The standard strategy's attempt budget: the first attempt and two retries. */
    static final int STANDARD_ATTEMPTS = 3;

    private FaultClients() {
    }

    /** The SDK's standard retry strategy (3 attempts), retrying at once so that tests are fast. */
    static S3Client retrying(Pail pail) {
        return withStrategy(pail, fastStandardRetries());
    }

    /** A client that never retries. */
    static S3Client notRetrying(Pail pail) {
        return withStrategy(pail, AwsRetryStrategy.doNotRetry());
    }

    /** Standard retries, fast, with a time limit per attempt. */
    static S3Client retryingWithAttemptTimeout(Pail pail, Duration attemptTimeout) {
        return PailClients.s3Builder(pail.endpoint(), pail.config())
                .overrideConfiguration(o -> o.retryStrategy(fastStandardRetries()).apiCallAttemptTimeout(attemptTimeout))
                .build();
    }

    static RetryStrategy fastStandardRetries() {
        return AwsRetryStrategy.standardRetryStrategy().toBuilder()
                .backoffStrategy(BackoffStrategy.retryImmediately())
                .throttlingBackoffStrategy(BackoffStrategy.retryImmediately())
                .build();
    }

    private static S3Client withStrategy(Pail pail, RetryStrategy strategy) {
        return PailClients.s3Builder(pail.endpoint(), pail.config())
                .overrideConfiguration(o -> o.retryStrategy(strategy))
                .build();
    }
}
