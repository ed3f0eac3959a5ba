package dev.pail.fault;

import static dev.pail.S3ErrorCode.SLOW_DOWN;
import static dev.pail.verify.RequestPattern.getObject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pail.Pail;
import dev.pail.recording.RecordedRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.async.AsyncResponseTransformer;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Delays and slow bodies wait without holding a thread: requests for other keys go on meanwhile,
 * even when more requests wait than the server has worker threads (32). Completion order is
 * asserted, never durations.
 */
class DelayTest {

    /** More than the most worker threads the server ever starts (512). */
    private static final int MORE_THAN_WORKER_THREADS = 520;

    private Pail pail;
    private HttpClient http;

    @BeforeEach
    void start() {
        pail = Pail.builder().bucket("photos").start();
        pail.seed().object("photos", "slow", "slow content").object("photos", "fast", "fast content");
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    }

    @AfterEach
    void stop() {
        pail.close();
    }

    @Test
    void aTwoSecondDelayOnOneKeyDoesNotSlowRequestsForOtherKeys() {
        FaultRule delay = pail.when(getObject("photos", "slow")).fail(S3Fault.delay(Duration.ofSeconds(2))).always();
        CompletableFuture<ResponseBytes<GetObjectResponse>> slow = pail.asyncClient()
                .getObject(b -> b.bucket("photos").key("slow"), AsyncResponseTransformer.toBytes());
        Await.until("the slow request is being delayed", () -> delay.timesApplied() == 1);

        String fast = pail.client().getObjectAsBytes(b -> b.bucket("photos").key("fast")).asUtf8String();

        assertThat(fast).isEqualTo("fast content");
        assertThat(slow).as("still delayed when the other key was served").isNotDone();
        assertThat(slow.join().asUtf8String()).isEqualTo("slow content");
        assertThat(pail.requests()).as("the journal is in order of arrival").extracting(r -> r.key().orElseThrow(),
                r -> r.fault().map(Object::toString).orElse(null)).containsExactly(
                org.assertj.core.groups.Tuple.tuple("slow", "delay 2s then serve"),
                org.assertj.core.groups.Tuple.tuple("fast", null));
    }

    @Test
    void moreDelayedRequestsThanWorkerThreadsHoldNoThread() {
        FaultRule delay = pail.when(getObject("photos", "slow")).fail(S3Fault.delay(Duration.ofSeconds(2))).always();
        List<CompletableFuture<HttpResponse<String>>> slow = fire(MORE_THAN_WORKER_THREADS, "slow");
        Await.until("every slow request is being delayed", () -> delay.timesApplied() == MORE_THAN_WORKER_THREADS);

        HttpResponse<String> fast = fire(1, "fast").get(0).join();

        assertThat(fast.body()).isEqualTo("fast content");
        assertThat(slow).as("all still delayed when the other key was served").noneMatch(CompletableFuture::isDone);
        assertThat(slow).allSatisfy(f -> assertThat(f.join().body()).isEqualTo("slow content"));
        assertThat(pail.requests().get(MORE_THAN_WORKER_THREADS).key()).as("the last to arrive").hasValue("fast");
    }

    @Test
    void slowBodiesHoldNoThreadBetweenSlices() {
        byte[] content = new byte[5000];
        for (int i = 0; i < content.length; i++) {
            content[i] = (byte) ('a' + i % 26);
        }
        pail.seed().object("photos", "slow", content);
        FaultRule trickle = pail.when(getObject("photos", "slow")).fail(S3Fault.slowBody(1000)).always();
        List<CompletableFuture<HttpResponse<String>>> slow = fire(MORE_THAN_WORKER_THREADS, "slow");
        Await.until("every slow body has started", () -> trickle.timesApplied() == MORE_THAN_WORKER_THREADS);

        HttpResponse<String> fast = fire(1, "fast").get(0).join();

        assertThat(fast.body()).isEqualTo("fast content");
        assertThat(slow).as("all still trickling when the other key was served").noneMatch(CompletableFuture::isDone);
        assertThat(slow).allSatisfy(f -> assertThat(f.join().body()).isEqualTo(new String(content, java.nio.charset.StandardCharsets.US_ASCII)));
    }

    @Test
    void aDelayCanEndInAnotherFault() {
        pail.when(getObject("photos", "slow")).fail(S3Fault.delay(Duration.ofMillis(50), S3Fault.error(SLOW_DOWN))).once();
        try (S3Client s3 = FaultClients.notRetrying(pail)) {
            assertThatThrownBy(() -> s3.getObjectAsBytes(b -> b.bucket("photos").key("slow")))
                    .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("SlowDown"));
        }
        assertThat(pail.requests()).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(503);
            assertThat(r.errorCode()).hasValue(dev.pail.S3ErrorCode.SLOW_DOWN);
            assertThat(r.fault()).map(Object::toString).hasValue("delay 50ms then SlowDown 503");
        });
    }

    @Test
    void delaysNest() {
        pail.when(getObject("photos", "slow"))
                .fail(S3Fault.delay(Duration.ofMillis(20), S3Fault.delay(Duration.ofMillis(20), S3Fault.status(418)))).once();
        pail.when(getObject("photos", "slow")).fail(S3Fault.delay(Duration.ZERO)).once();

        assertThat(fire(2, "slow")).extracting(f -> f.join().statusCode()).containsExactlyInAnyOrder(418, 200);
        assertThat(pail.requests()).extracting(r -> r.fault().map(Object::toString).orElse(null))
                .containsExactlyInAnyOrder("delay 20ms then delay 20ms then status 418", "delay 0s then serve");
    }

    @Test
    void aServerWideLatencyLongerThanTheAttemptTimeoutEndsInTheSdkTimeout() {
        try (Pail slowNetwork = Pail.builder().bucket("photos").latency(Latency.fixed(Duration.ofSeconds(30))).start();
             S3Client impatient = FaultClients.retryingWithAttemptTimeout(slowNetwork, Duration.ofMillis(200))) {
            assertThat(slowNetwork.config().latency()).isEqualTo(Latency.fixed(Duration.ofSeconds(30)));
            assertThatThrownBy(() -> impatient.headBucket(b -> b.bucket("photos")))
                    .isInstanceOf(software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException.class);
        }
    }

    @Test
    void aServerWideLatencyStillServesEveryRequest() {
        Latency latency = Latency.uniform(Duration.ZERO, Duration.ofMillis(5), 7);
        try (Pail network = Pail.builder().bucket("photos").latency(latency).start()) {
            network.client().putObject(b -> b.bucket("photos").key("a"),
                    software.amazon.awssdk.core.sync.RequestBody.fromString("A"));
            assertThat(network.client().getObjectAsBytes(b -> b.bucket("photos").key("a")).asUtf8String()).isEqualTo("A");
            assertThat(network.requests()).allSatisfy(r -> assertThat(r.fault()).isEmpty());
        }
    }

    private List<CompletableFuture<HttpResponse<String>>> fire(int count, String key) {
        List<CompletableFuture<HttpResponse<String>>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(pail.endpoint() + "/photos/" + key)).GET().build();
            futures.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
        }
        return futures;
    }
}
