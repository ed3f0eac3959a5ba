package dev.pail.it.config;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pail.Pail;
import dev.pail.PailConfig;
import dev.pail.client.PailClients;
import dev.pail.internal.server.PailServer;
import dev.pail.internal.store.VersioningState;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * One server per test class, registered with {@code @RegisterExtension static final ConfigFixture
 * fixture = new ConfigFixture();}: its SDK clients (sync and async, each with the SDK's default
 * checksums and with {@code WHEN_REQUIRED}), fresh bucket names, and assertions on S3 errors.
 * The server is started directly so tests can set up state other operation families own
 * (versioning) through the store.
 */
final class ConfigFixture implements BeforeAllCallback, AfterAllCallback {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final HttpClient http = HttpClient.newHttpClient();
    private PailServer server;
    private URI endpoint;
    private S3Client sync;
    private S3Client syncWhenRequired;
    private S3AsyncClient async;
    private S3AsyncClient asyncWhenRequired;

    @Override
    public void beforeAll(ExtensionContext context) {
        PailConfig config = Pail.builder().build();
        this.server = PailServer.start(config);
        this.endpoint = server.endpoint();
        this.sync = PailClients.s3Builder(endpoint, config).build();
        this.syncWhenRequired = PailClients.s3Builder(endpoint, config)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED).build();
        this.async = PailClients.s3AsyncBuilder(endpoint, config).build();
        this.asyncWhenRequired = PailClients.s3AsyncBuilder(endpoint, config)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED).build();
    }

    /** The sync client with the SDK's default checksum behaviour. */
    S3Client client() {
        return sync;
    }

    /** The sync client that sends checksums only where the model requires them. */
    S3Client clientWhenRequired() {
        return syncWhenRequired;
    }

    /** An async client: with the SDK's default checksums, or only where required. */
    S3AsyncClient async(boolean whenRequired) {
        return whenRequired ? asyncWhenRequired : async;
    }

    /** A bucket that exists, with a name no other test uses. */
    String bucket() {
        String name = uniqueName();
        sync.createBucket(b -> b.bucket(name));
        return name;
    }

    /** A bucket that exists with versioning enabled. */
    String versionedBucket() {
        String name = bucket();
        enableVersioning(name);
        return name;
    }

    /** Enables versioning through the store (PutBucketVersioning belongs to another operation family). */
    void enableVersioning(String bucket) {
        server.store().existingBucket(bucket).setVersioning(VersioningState.ENABLED);
    }

    static String uniqueName() {
        return "config-" + COUNTER.incrementAndGet() + "-" + Long.toHexString(System.nanoTime() & 0xFFFFFF);
    }

    /** Sends a raw, unsigned request to the server, for what the SDK will not send. */
    HttpResponse<String> raw(String method, String pathAndQuery, String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint.resolve(pathAndQuery))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Asserts that a call fails with an S3 error of that status and code. */
    static void assertS3Error(ThrowingCallable call, int status, String code) {
        assertS3Error(call, status, code, e -> { });
    }

    /** Asserts that a call fails with an S3 error of that status and code, then more about it. */
    static void assertS3Error(ThrowingCallable call, int status, String code, Consumer<S3Exception> more) {
        assertThatThrownBy(() -> {
            try {
                call.call();
            } catch (CompletionException e) {
                throw e.getCause();
            }
        }).isInstanceOfSatisfying(S3Exception.class, e -> {
            org.assertj.core.api.Assertions.assertThat(e.statusCode()).as("status of %s", e.getMessage()).isEqualTo(status);
            org.assertj.core.api.Assertions.assertThat(e.awsErrorDetails().errorCode()).as("code of %s", e.getMessage())
                    .isEqualTo(code);
            more.accept(e);
        });
    }

    @Override
    public void afterAll(ExtensionContext context) {
        sync.close();
        syncWhenRequired.close();
        async.close();
        asyncWhenRequired.close();
        server.stop();
    }
}
