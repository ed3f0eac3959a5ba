package dev.pail.it.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pail.Authentication;
import dev.pail.Pail;
import dev.pail.it.SharedBuckets;
import dev.pail.recording.AuthMethod;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.async.AsyncRequestBody;
import software.amazon.awssdk.core.async.AsyncResponseTransformer;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The CRT client and the async client sign with their own signers (the CRT's is native code): in
 * STRICT authentication their uploads, multipart and chunked included, verify, and a wrong secret
 * is refused.
 */
class CrtStrictAuthenticationTest {

    @AutoClose
    static final Pail pail = Pail.builder().bucket("crt").user("alice", "alice-secret")
            .authentication(Authentication.STRICT).start();

    @BeforeAll
    static void share() {
        SharedBuckets.shareWithEveryUser(pail, "crt");
    }

    @Test
    void crtUploadsInPartsAndDownloadsVerify() {
        byte[] body = new byte[20 << 20];
        new java.util.Random(3).nextBytes(body);
        try (S3AsyncClient crt = CrtClientTest.crtClient(pail)) {
            crt.putObject(b -> b.bucket("crt").key("big"), AsyncRequestBody.fromBytes(body)).join();
            byte[] back = crt.getObject(b -> b.bucket("crt").key("big"), AsyncResponseTransformer.toBytes()).join()
                    .asByteArray();
            assertThat(back).isEqualTo(body);
        }
        assertThat(pail.requests()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.status()).isLessThan(300);
            assertThat(r.principal()).hasValue("pail");
            assertThat(r.authMethod()).isNotEqualTo(AuthMethod.UNSIGNED);
        });
    }

    @Test
    void theAsyncClientsChunkedUploadVerifiesAndAWrongSecretIsRefused() {
        pail.asyncClientFor("alice").putObject(b -> b.bucket("crt").key("async"), AsyncRequestBody.fromString("x".repeat(100_000)))
                .join();
        assertThat(pail.requests().get(pail.requests().size() - 1).principal()).hasValue("alice");

        try (S3AsyncClient wrong = S3AsyncClient.crtBuilder().endpointOverride(pail.endpoint())
                .region(Region.of(pail.region())).forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("alice", "wrong")))
                .build()) {
            assertThatThrownBy(() -> wrong.headBucket(b -> b.bucket("crt")).join())
                    .isInstanceOf(CompletionException.class).cause().isInstanceOfSatisfying(S3Exception.class,
                            e -> assertThat(e.statusCode()).isEqualTo(403));
        }
    }
}
