package dev.pail.it.robustness;

import static dev.pail.verify.RequestPattern.anyOperation;
import static dev.pail.verify.RequestPattern.createBucket;
import static dev.pail.verify.RequestPattern.putObject;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pail.Pail;
import dev.pail.fault.FaultRule;
import dev.pail.fault.S3Fault;
import dev.pail.recording.RecordedRequest;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.model.Bucket;

/**
 * A reset is a wall: once {@code reset()} returns, a request that arrived before it changes nothing
 * that is served and never appears in the journal, however late it finishes.
 */
class ResetWallTest {

    private Pail pail;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeEach
    void start() {
        pail = Pail.builder().bucket("bkt").start();
    }

    @AfterEach
    void stop() {
        pail.close();
    }

    private CompletableFuture<HttpResponse<String>> send(String method, String path, String body) {
        return http.sendAsync(HttpRequest.newBuilder(URI.create(pail.endpoint() + path))
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aDelayedCreateBucketThatFinishesAfterTheResetCreatesNothingAndIsNotRecorded() {
        FaultRule delay = pail.when(createBucket("late")).fail(S3Fault.delay(Duration.ofMillis(300))).always();
        CompletableFuture<HttpResponse<String>> late = send("PUT", "/late", "");
        await(() -> delay.timesApplied() == 1);

        pail.reset();
        pail.client().headBucket(b -> b.bucket("bkt"));
        HttpResponse<String> lateResponse = late.join();

        assertThat(lateResponse.statusCode()).as("the late request failed against the discarded store").isEqualTo(404);
        assertThat(pail.client().listBuckets().buckets()).extracting(Bucket::name).containsExactly("bkt");
        assertThat(pail.requests()).extracting(RecordedRequest::sequence).containsExactly(1L, 2L);
        assertThat(pail.requests()).noneMatch(createBucket("late"));
    }

    @Test
    void anUploadInFlightAcrossTheResetStoresNothingAndGivesItsMemoryBack() throws Exception {
        try (Socket socket = new Socket(pail.host(), pail.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("PUT /bkt/k HTTP/1.1\r\nHost: " + pail.host() + "\r\nContent-Length: 6\r\nExpect: 100-continue\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            assertThat(new String(in.readNBytes(12), StandardCharsets.US_ASCII)).isEqualTo("HTTP/1.1 100");
            out.write("abc".getBytes(StandardCharsets.US_ASCII));
            out.flush();

            pail.reset();
            out.write("def".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);

            assertThat(response).contains("HTTP/1.1 404").contains("<Code>NoSuchBucket</Code>");
        }
        assertThat(pail.client().listObjectsV2(b -> b.bucket("bkt")).contents()).isEmpty();
        assertThat(pail.requests()).noneMatch(putObject("bkt", "k"));
    }

    @Test
    void aRequestInFlightAcrossResetRequestsIsNotRecorded() {
        FaultRule delay = pail.when(anyOperation()).fail(S3Fault.delay(Duration.ofMillis(300))).once();
        CompletableFuture<HttpResponse<String>> late = send("GET", "/bkt", "");
        await(() -> delay.timesApplied() == 1);

        pail.resetRequests();
        assertThat(late.join().statusCode()).isEqualTo(200);
        pail.client().headBucket(b -> b.bucket("bkt"));

        assertThat(pail.requests()).singleElement().satisfies(r -> assertThat(r.sequence()).isEqualTo(1L));
    }

    @Test
    void theJournalIsInOrderOfArrivalNotOfCompletion() {
        FaultRule delay = pail.when(putObject("bkt", "first")).fail(S3Fault.delay(Duration.ofMillis(300))).always();
        CompletableFuture<HttpResponse<String>> first = send("PUT", "/bkt/first", "1");
        await(() -> delay.timesApplied() == 1);
        send("PUT", "/bkt/second", "2").join();
        first.join();

        assertThat(pail.requests()).extracting(r -> r.key().orElseThrow()).containsExactly("first", "second");
        assertThat(pail.requests()).extracting(RecordedRequest::sequence).containsExactly(1L, 2L);
    }

    private static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited too long").isLessThan(deadline);
            LockSupport.parkNanos(1_000_000);
        }
    }
}
