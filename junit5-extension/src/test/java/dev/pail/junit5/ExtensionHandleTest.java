package dev.pail.junit5;

import static dev.pail.S3ErrorCode.SLOW_DOWN;
import static dev.pail.verify.RequestPattern.anyKey;
import static dev.pail.verify.RequestPattern.getObject;
import static dev.pail.verify.RequestPattern.putObject;
import static dev.pail.verify.Times.times;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pail.fault.S3Fault;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.async.AsyncRequestBody;
import software.amazon.awssdk.core.sync.RequestBody;

/** A programmatically registered extension is itself the handle: no {@code ext.pail()} needed. */
class ExtensionHandleTest {

    @RegisterExtension
    static PailExtension s3 = PailExtension.builder().bucket("handle-bucket")
            .configure(b -> b.maxStoredBytes(16L << 20).retryBackoff(Duration.ZERO)).build();

    @Test
    void verifiesRequestsAndSeedsThroughTheExtension() {
        s3.seed().object("handle-bucket", "seeded", "s");
        s3.client().putObject(b -> b.bucket("handle-bucket").key("k"), RequestBody.fromString("x"));

        s3.verify(putObject("handle-bucket", "k"));
        s3.verify(times(1), putObject("handle-bucket", anyKey()));
        assertThat(s3.requests()).hasSize(1);
        assertThat(s3.pail().config().maxStoredBytes()).as("configure reaches every builder option").isEqualTo(16L << 20);
    }

    @Test
    void injectsFaultsAndAwaitsAsynchronousRequests() {
        s3.when(putObject("handle-bucket", anyKey())).fail(S3Fault.error(SLOW_DOWN)).once();
        s3.asyncClient().putObject(b -> b.bucket("handle-bucket").key("later"), AsyncRequestBody.fromString("x"));

        assertThat(s3.awaitRequest(putObject("handle-bucket", "later").withStatus(200), Duration.ofSeconds(10)).status())
                .isEqualTo(200);
        s3.verify(times(2), putObject("handle-bucket", "later"));
    }

    @Test
    void presignsForTheServer() throws Exception {
        s3.seed().object("handle-bucket", "shared", "presigned");
        URI url = s3.presigner().presignGetObject(p -> p.signatureDuration(Duration.ofMinutes(5))
                .getObjectRequest(g -> g.bucket("handle-bucket").key("shared"))).url().toURI();

        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(url).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.body()).isEqualTo("presigned");
        s3.verify(getObject("handle-bucket", "shared"));
        assertThat(s3.takeRequest(Duration.ofSeconds(5))).isPresent();
    }
}
