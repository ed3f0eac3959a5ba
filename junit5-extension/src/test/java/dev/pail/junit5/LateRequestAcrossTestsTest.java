package dev.pail.junit5;

import static dev.pail.verify.RequestPattern.createBucket;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pail.Pail;
import dev.pail.fault.FaultRule;
import dev.pail.fault.S3Fault;
import dev.pail.recording.RecordedRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Bucket;

/**
 * The per-test reset is a wall: a request a test left in flight (a delayed CreateBucket its client
 * gave up on) finishes during the next test without changing its store or appearing in its journal.
 */
@PailTest(buckets = "bkt")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LateRequestAcrossTestsTest {

    private static CompletableFuture<HttpResponse<String>> late;

    @Test
    @Order(1)
    void leavesADelayedCreateBucketInFlight(Pail pail, URI endpoint) {
        FaultRule delay = pail.when(createBucket("late")).fail(S3Fault.delay(Duration.ofMillis(500))).always();
        late = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().sendAsync(
                HttpRequest.newBuilder(endpoint.resolve("/late")).PUT(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (delay.timesApplied() == 0 && System.nanoTime() < deadline) {
            LockSupport.parkNanos(1_000_000);
        }
        assertThat(delay.timesApplied()).isEqualTo(1);
    }

    @Test
    @Order(2)
    void theNextTestSeesNeitherItsBucketNorItsJournalEntry(S3Client s3, Pail pail) {
        s3.headBucket(b -> b.bucket("bkt"));
        assertThat(late.join().statusCode()).as("finished during this test, against the previous store").isEqualTo(404);

        assertThat(s3.listBuckets().buckets()).extracting(Bucket::name).containsExactly("bkt");
        assertThat(pail.requests()).extracting(RecordedRequest::sequence).containsExactly(1L, 2L);
        assertThat(pail.requests()).noneMatch(createBucket("late"));
        assertThat(pail.requests()).allSatisfy(r -> assertThat(r.fault()).isEmpty());
    }
}
