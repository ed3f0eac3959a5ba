package dev.pail.client;

import dev.pail.PailConfig;
import dev.pail.User;
import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import java.util.Objects;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.S3AsyncClientBuilder;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * AWS SDK v2 clients wired to a Pail server: its endpoint, region and credentials (the default user's,
 * or another user's with {@link #forUser}, or none with {@link #anonymous}), path-style
 * addressing, the SDK's retry policy with a short backoff ({@code retryBackoff}, 20 ms at most by
 * default, so fault tests take milliseconds), and otherwise the SDK's defaults (so checksums and
 * aws-chunked uploads behave as they will against S3). The SDK is an optional dependency of Pail;
 * only this package touches it.
 *
 * <pre>{@code
 * S3Client s3 = PailClients.s3Builder(pail.endpoint(), pail.config())
 *         .overrideConfiguration(PailClients.overrideConfiguration(pail.config())
 *                 .apiCallTimeout(Duration.ofSeconds(2)).build())
 *         .build();
 * }</pre>
 *
 * <p>An instance owns the clients it creates lazily and closes them in {@link #close()}. The static
 * {@code *Builder} methods return pre-configured builders for clients the caller owns.
 */
public final class PailClients implements AutoCloseable {

    private final URI endpoint;
    private final PailConfig config;
    private final AwsCredentialsProvider credentials;
    private S3Client s3;
    private S3AsyncClient s3Async;
    private S3Presigner presigner;

    /**
     * @param endpoint the server's endpoint
     * @param config   the server's configuration (region and credentials)
     */
    public PailClients(URI endpoint, PailConfig config) {
        this(endpoint, config, credentials(config.defaultUser()));
    }

    private PailClients(URI endpoint, PailConfig config, AwsCredentialsProvider credentials) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.config = Objects.requireNonNull(config, "config");
        this.credentials = credentials;
    }

    /** Clients that sign as a user (one of {@link PailConfig#users()}, or any other credentials). */
    public static PailClients forUser(URI endpoint, PailConfig config, User user) {
        return new PailClients(endpoint, config, credentials(Objects.requireNonNull(user, "user")));
    }

    /** Clients that do not sign: the anonymous principal (the default user in lenient authentication). */
    public static PailClients anonymous(URI endpoint, PailConfig config) {
        return new PailClients(endpoint, config, AnonymousCredentialsProvider.create());
    }

    /** The synchronous client, created on first use. */
    public synchronized S3Client s3() {
        if (s3 == null) {
            S3Client built = s3Builder(endpoint, config).credentialsProvider(credentials).build();
            s3 = config.bucketPrefix().isEmpty() ? built : BucketPrefixes.wrap(S3Client.class, built, config.bucketPrefix());
        }
        return s3;
    }

    /** The asynchronous client, created on first use. */
    public synchronized S3AsyncClient s3Async() {
        if (s3Async == null) {
            S3AsyncClient built = s3AsyncBuilder(endpoint, config).credentialsProvider(credentials).build();
            s3Async = config.bucketPrefix().isEmpty() ? built
                    : BucketPrefixes.wrap(S3AsyncClient.class, built, config.bucketPrefix());
        }
        return s3Async;
    }

    /** The presigner, created on first use. */
    public synchronized S3Presigner presigner() {
        if (presigner == null) {
            presigner = presignerBuilder(endpoint, config).credentialsProvider(credentials).build();
        }
        return presigner;
    }

    /** A builder for a synchronous client of this server; the caller owns what it builds. */
    public static S3ClientBuilder s3Builder(URI endpoint, PailConfig config) {
        S3ClientBuilder builder = S3Client.builder()
                .endpointOverride(endpoint)
                .region(Region.of(config.region()))
                .credentialsProvider(credentials(config.defaultUser()))
                .forcePathStyle(true)
                .overrideConfiguration(overrideConfiguration(config).build());
        SdkHttpClient.Builder<?> http = HttpClients.preferredSync();
        if (http != null) {
            builder.httpClientBuilder(http);
        }
        return builder;
    }

    /** A builder for an asynchronous client of this server; the caller owns what it builds. */
    public static S3AsyncClientBuilder s3AsyncBuilder(URI endpoint, PailConfig config) {
        S3AsyncClientBuilder builder = S3AsyncClient.builder()
                .endpointOverride(endpoint)
                .region(Region.of(config.region()))
                .credentialsProvider(credentials(config.defaultUser()))
                .forcePathStyle(true)
                .overrideConfiguration(overrideConfiguration(config).build());
        SdkAsyncHttpClient.Builder<?> http = HttpClients.preferredAsync();
        if (http != null) {
            builder.httpClientBuilder(http);
        }
        return builder;
    }

    /** A builder for a presigner of this server; the caller owns what it builds. */
    public static S3Presigner.Builder presignerBuilder(URI endpoint, PailConfig config) {
        return S3Presigner.builder()
                .endpointOverride(endpoint)
                .region(Region.of(config.region()))
                .credentialsProvider(credentials(config.defaultUser()))
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build());
    }

    /**
     * The override configuration of Pail's clients, to extend: the SDK's own retry policy (its
     * attempts, its retryable errors) with the backoff capped at {@code retryBackoff}. The SDK's
     * {@code overrideConfiguration(Consumer)} starts from scratch, so add to this one instead:
     *
     * <pre>{@code
     * S3Client s3 = PailClients.s3Builder(pail.endpoint(), pail.config())
     *         .overrideConfiguration(PailClients.overrideConfiguration(pail.config())
     *                 .apiCallTimeout(Duration.ofSeconds(2)).build())
     *         .build();
     * }</pre>
     */
    public static ClientOverrideConfiguration.Builder overrideConfiguration(PailConfig config) {
        ClientOverrideConfiguration.Builder override = ClientOverrideConfiguration.builder();
        config.retryBackoff().ifPresent(maximum -> {
            BackoffStrategy backoff = maximum.isZero() ? BackoffStrategy.retryImmediately()
                    : BackoffStrategy.exponentialDelay(maximum.dividedBy(10).isZero() ? Duration.ofMillis(1)
                    : maximum.dividedBy(10), maximum);
            override.retryStrategy(strategy -> strategy.backoffStrategy(backoff).throttlingBackoffStrategy(backoff));
        });
        return override;
    }

    private static StaticCredentialsProvider credentials(User user) {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(user.accessKeyId(), user.secretAccessKey()));
    }

    /** Closes every client created by this instance. */
    @Override
    public synchronized void close() {
        RuntimeException failure = null;
        for (AutoCloseable client : new AutoCloseable[] {s3, s3Async, presigner}) {
            if (client != null) {
                try {
                    client.close();
                } catch (Exception e) {
                    if (failure == null) {
                        failure = new IllegalStateException("closing an S3 client failed", e);
                    }
                }
            }
        }
        s3 = null;
        s3Async = null;
        presigner = null;
        if (failure != null) {
            throw failure;
        }
    }
}
