package dev.pail.fault;

import static dev.pail.S3ErrorCode.ACCESS_DENIED;
import static dev.pail.S3ErrorCode.SLOW_DOWN;
import static dev.pail.verify.RequestPattern.anyKey;
import static dev.pail.verify.RequestPattern.createBucket;
import static dev.pail.verify.RequestPattern.deleteObject;
import static dev.pail.verify.RequestPattern.getObject;
import static dev.pail.verify.RequestPattern.headObject;
import static dev.pail.verify.RequestPattern.putObject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pail.Pail;
import dev.pail.S3ErrorCode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** Error and status faults: S3's status and XML on the wire, and nothing reaches the store. */
class ErrorFaultsTest {

    private Pail pail;
    private S3Client s3;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeEach
    void start() {
        pail = Pail.builder().bucket("photos").start();
        s3 = FaultClients.notRetrying(pail);
        pail.seed().object("photos", "cat.jpg", "meow");
    }

    @AfterEach
    void stop() {
        s3.close();
        pail.close();
    }

    @ParameterizedTest
    @EnumSource(names = {"SLOW_DOWN", "INTERNAL_ERROR", "SERVICE_UNAVAILABLE", "REQUEST_TIMEOUT", "ACCESS_DENIED", "NO_SUCH_KEY"})
    void anErrorFaultAnswersWithTheCodesStatusAndXml(S3ErrorCode code) throws Exception {
        pail.when(getObject("photos", "cat.jpg")).fail(S3Fault.error(code)).once();

        HttpResponse<String> response = get("/photos/cat.jpg");

        assertThat(response.statusCode()).isEqualTo(code.httpStatus());
        assertThat(response.headers().firstValue("content-type")).hasValue("application/xml");
        assertThat(response.headers().firstValue("x-amz-request-id")).isPresent();
        assertThat(response.body())
                .contains("<Error>")
                .contains("<Code>" + code.code() + "</Code>")
                .contains("<Message>" + code.defaultMessage() + "</Message>")
                .contains("<Resource>/photos/cat.jpg</Resource>");
        assertThat(pail.requests()).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(code.httpStatus());
            assertThat(r.errorCode()).hasValue(code);
            assertThat(r.fault()).hasValue(S3Fault.error(code));
        });
    }

    @ParameterizedTest
    @EnumSource(names = {"SLOW_DOWN", "INTERNAL_ERROR", "SERVICE_UNAVAILABLE", "REQUEST_TIMEOUT", "ACCESS_DENIED"})
    void theSdkSeesTheErrorCode(S3ErrorCode code) {
        pail.when(getObject("photos", "cat.jpg")).fail(S3Fault.error(code)).once();

        assertThatThrownBy(() -> s3.getObjectAsBytes(b -> b.bucket("photos").key("cat.jpg")))
                .isInstanceOfSatisfying(S3Exception.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(code.httpStatus());
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo(code.code());
                });
    }

    @Test
    void anErrorFaultMayCarryItsOwnMessage() {
        pail.when(getObject("photos", anyKey())).fail(S3Fault.error(ACCESS_DENIED, "Denied by the test")).once();

        assertThatThrownBy(() -> s3.getObjectAsBytes(b -> b.bucket("photos").key("cat.jpg")))
                .isInstanceOfSatisfying(S3Exception.class,
                        e -> assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Denied by the test"));
    }

    @Test
    void aBareStatusHasNoBodyAndNoErrorCode() throws Exception {
        pail.when(getObject("photos", "cat.jpg")).fail(S3Fault.status(418)).once();

        HttpResponse<String> response = get("/photos/cat.jpg");

        assertThat(response.statusCode()).isEqualTo(418);
        assertThat(response.body()).isEmpty();
        assertThat(pail.requests()).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(418);
            assertThat(r.errorCode()).isEmpty();
            assertThat(r.fault()).hasValue(S3Fault.status(418));
        });
    }

    @Test
    void aHeadRequestFaultedWithAnErrorGetsNoBody() throws Exception {
        pail.when(headObject("photos", "cat.jpg")).fail(S3Fault.error(SLOW_DOWN)).once();

        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/photos/cat.jpg"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).isEmpty();
        assertThat(pail.requests()).singleElement().satisfies(r -> assertThat(r.fault()).map(Object::toString).hasValue("SlowDown 503"));
        assertThatThrownBy(() -> s3.headObject(b -> b.bucket("photos").key("missing")))
                .as("the rule was used up: the next HEAD is served").isInstanceOf(NoSuchKeyException.class);
    }

    @Test
    void faultedWritesChangeNothingInTheStore() {
        pail.when(putObject("photos", anyKey())).fail(S3Fault.error(SLOW_DOWN)).always();
        pail.when(deleteObject("photos", anyKey())).fail(S3Fault.status(500)).always();
        pail.when(createBucket("albums")).fail(S3Fault.error(S3ErrorCode.INTERNAL_ERROR)).always();

        assertThatThrownBy(() -> s3.putObject(b -> b.bucket("photos").key("cat.jpg"), RequestBody.fromString("woof")));
        assertThatThrownBy(() -> s3.putObject(b -> b.bucket("photos").key("dog.jpg"), RequestBody.fromString("woof")));
        assertThatThrownBy(() -> s3.deleteObject(b -> b.bucket("photos").key("cat.jpg")));
        assertThatThrownBy(() -> s3.createBucket(b -> b.bucket("albums")));

        pail.resetFaults();
        assertThat(s3.getObjectAsBytes(b -> b.bucket("photos").key("cat.jpg")).asUtf8String()).isEqualTo("meow");
        assertThatThrownBy(() -> s3.headObject(b -> b.bucket("photos").key("dog.jpg"))).isInstanceOf(NoSuchKeyException.class);
        assertThat(s3.listBuckets().buckets()).extracting(b -> b.name()).containsExactly("photos");
    }

    @Test
    void anErrorFaultAnswersBeforeTheRequestIsDispatched() {
        pail.when(putObject("no-such-bucket", anyKey())).fail(S3Fault.error(SLOW_DOWN)).once();

        assertThatThrownBy(() -> s3.putObject(b -> b.bucket("no-such-bucket").key("k"), RequestBody.fromString("x")))
                .isInstanceOfSatisfying(S3Exception.class,
                        e -> assertThat(e.awsErrorDetails().errorCode()).as("not NoSuchBucket").isEqualTo("SlowDown"));
        assertThat(pail.requests()).singleElement().satisfies(r -> assertThat(r.bodySize()).as("body never read").isZero());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create(pail.endpoint() + path);
    }
}
