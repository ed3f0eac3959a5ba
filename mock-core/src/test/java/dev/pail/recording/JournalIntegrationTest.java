package dev.pail.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pail.Pail;
import dev.pail.PailConfig;
import dev.pail.S3Operation;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

class JournalIntegrationTest {

    Pail pail;
    S3Client s3;

    @BeforeEach
    void start() {
        pail = Pail.builder().bucket("photos").bodyCaptureLimit(16).start();
        s3 = pail.client();
    }

    @AfterEach
    void stop() {
        pail.close();
    }

    @Test
    void everyRequestIsRecordedWithItsOperationAddressStatusAndDecodedBody() {
        s3.putObject(b -> b.bucket("photos").key("dir/cat.jpg").contentType("image/jpeg").metadata(java.util.Map.of("a", "b")),
                RequestBody.fromString("meow"));

        RecordedRequests requests = pail.requests();
        assertThat(requests).hasSize(1);
        RecordedRequest put = requests.get(0);
        assertThat(put.sequence()).isEqualTo(1);
        assertThat(put.operation()).isEqualTo(S3Operation.PUT_OBJECT);
        assertThat(put.method()).isEqualTo("PUT");
        assertThat(put.rawPath()).isEqualTo("/photos/dir/cat.jpg");
        assertThat(put.bucket()).hasValue("photos");
        assertThat(put.key()).hasValue("dir/cat.jpg");
        assertThat(put.header("Content-Type")).hasValue("image/jpeg");
        assertThat(put.header("x-amz-meta-a")).hasValue("b");
        // The SDK streams aws-chunked by default; the journal holds the decoded body, never the framing.
        assertThat(put.header("content-encoding")).hasValueSatisfying(v -> assertThat(v).contains("aws-chunked"));
        assertThat(put.bodyAsUtf8()).isEqualTo("meow");
        assertThat(put.bodySize()).isEqualTo(4);
        assertThat(put.isBodyTruncated()).isFalse();
        assertThat(put.status()).isEqualTo(200);
        assertThat(put.errorCode()).isEmpty();
        assertThat(put.time()).isNotNull();
        assertThat(put).hasToString("#1 PutObject PUT /photos/dir/cat.jpg -> 200");
    }

    @Test
    void bodiesBeyondTheCaptureLimitKeepTheirStartAndFullSize() {
        s3.putObject(b -> b.bucket("photos").key("long"), RequestBody.fromString("0123456789abcdefghijklmnopqrstuvwxyz"));
        RecordedRequest put = pail.requests().get(0);
        assertThat(put.bodyAsUtf8()).isEqualTo("0123456789abcdef");
        assertThat(put.bodySize()).isEqualTo(36);
        assertThat(put.isBodyTruncated()).isTrue();
    }

    @Test
    void rejectedRequestsAreRecordedWithTheirErrorCode() throws Exception {
        assertThatThrownBy(() -> s3.getObject(b -> b.bucket("photos").key("missing"))).isInstanceOf(NoSuchKeyException.class);
        HttpClient http = HttpClient.newHttpClient();
        http.send(HttpRequest.newBuilder(pail.endpoint().resolve("/photos/x?tagging")).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        http.send(HttpRequest.newBuilder(pail.endpoint().resolve("/photos/x")).header("If-None-Match", "\"e\"")
                .PUT(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.discarding());
        http.send(HttpRequest.newBuilder(pail.endpoint().resolve("/photos/x")).method("PATCH", HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.discarding());

        RecordedRequests requests = pail.requests();
        assertThat(requests).extracting(RecordedRequest::operation)
                .containsExactly(S3Operation.GET_OBJECT, S3Operation.GET_OBJECT_TAGGING, S3Operation.PUT_OBJECT,
                        S3Operation.UNKNOWN);
        assertThat(requests).extracting(RecordedRequest::status).containsExactly(404, 404, 501, 405);
        assertThat(requests).extracting(r -> r.errorCode().map(dev.pail.S3ErrorCode::code).orElse(null))
                .containsExactly("NoSuchKey", "NoSuchKey", "NotImplemented", "MethodNotAllowed");
        assertThat(requests.get(1).queryParameter("tagging")).hasValue("");
        assertThat(requests.get(3)).hasToString("#4 Unknown PATCH /photos/x -> 405 MethodNotAllowed");
        assertThat(requests.ofOperation(S3Operation.GET_OBJECT)).hasSize(1);
    }

    @Test
    void theSnapshotIsImmutableAndResetRequestsForgetsButKeepsTheStore() {
        s3.putObject(b -> b.bucket("photos").key("k"), RequestBody.fromString("v"));
        RecordedRequests before = pail.requests();
        assertThatThrownBy(() -> before.add(before.get(0))).isInstanceOf(UnsupportedOperationException.class);

        pail.resetRequests();
        assertThat(pail.requests()).isEmpty();
        assertThat(before).hasSize(1);
        assertThat(s3.getObjectAsBytes(b -> b.bucket("photos").key("k")).asUtf8String()).isEqualTo("v");
        assertThat(pail.requests()).singleElement().satisfies(r -> assertThat(r.sequence()).isEqualTo(1));
    }

    @Test
    void takeRequestWaitsForTheNextRequestAndReturnsNullOnTimeout() throws Exception {
        assertThat(pail.takeRequest(Duration.ofMillis(50))).isEmpty();
        CompletableFuture<?> async = pail.asyncClient().headBucket(b -> b.bucket("photos"));
        RecordedRequest taken = pail.takeRequest(Duration.ofSeconds(30)).orElseThrow();
        assertThat(taken).isNotNull();
        assertThat(taken.operation()).isEqualTo(S3Operation.HEAD_BUCKET);
        async.join();
        s3.headBucket(b -> b.bucket("photos"));
        assertThat(pail.takeRequest(Duration.ofSeconds(30)).orElseThrow().sequence()).isEqualTo(2);
        assertThat(pail.takeRequest(Duration.ofMillis(20))).isEmpty();
    }

    @Test
    void seededStateIsNotInTheJournalAndResetRestoresTheConfiguredBuckets() {
        pail.seed().object("photos", "seeded.txt", "hello").object("extra", "x", new byte[] {1, 2});
        assertThat(pail.requests()).isEmpty();
        assertThat(s3.getObjectAsBytes(b -> b.bucket("photos").key("seeded.txt")).asUtf8String()).isEqualTo("hello");
        assertThat(s3.getObjectAsBytes(b -> b.bucket("extra").key("x")).asByteArray()).containsExactly(1, 2);

        pail.reset();
        assertThat(pail.requests()).isEmpty();
        assertThat(s3.listBuckets().buckets()).extracting(b -> b.name()).containsExactly("photos");
        assertThatThrownBy(() -> s3.getObject(b -> b.bucket("photos").key("seeded.txt"))).isInstanceOf(NoSuchKeyException.class);
    }

    @Test
    void theJournalKeepsItsCapacityAndCountsWhatItDropped() {
        try (Pail small = Pail.builder().bucket("b1b").journalCapacity(2).start()) {
            for (int i = 0; i < 5; i++) {
                small.client().headBucket(b -> b.bucket("b1b"));
            }
            RecordedRequests requests = small.requests();
            assertThat(requests).extracting(RecordedRequest::sequence).containsExactly(4L, 5L);
            assertThat(requests.dropped()).isEqualTo(3);
        }
    }

    @Test
    void contractModeHandlesSkipJournalQueriesWithAReason() {
        Pail remote = Pail.connect(URI.create("https://s3.example.com"), Pail.builder().region("eu-west-1").build());
        assertThat(remote.isEmbedded()).isFalse();
        assertThat(remote.endpoint()).isEqualTo(URI.create("https://s3.example.com"));
        assertThatThrownBy(remote::requests)
                .isInstanceOf(org.opentest4j.TestAbortedException.class)
                .hasMessageContaining("needs the embedded Pail server")
                .hasMessageContaining("https://s3.example.com");
        assertThatThrownBy(() -> remote.verify(dev.pail.verify.RequestPattern.anyOperation()))
                .isInstanceOf(org.opentest4j.TestAbortedException.class);
        remote.resetRequests(); // nothing recorded there, nothing to forget
        remote.close();
        assertThat(PailConfig.DEFAULT_BODY_CAPTURE_LIMIT).isEqualTo(64 * 1024);
    }
}
