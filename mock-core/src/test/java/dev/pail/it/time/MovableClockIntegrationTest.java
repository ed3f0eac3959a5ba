package dev.pail.it.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pail.Pail;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** Every time Pail reports or judges follows {@code pail.clock()}, which the test moves. */
class MovableClockIntegrationTest {

    static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");
    Pail pail;
    S3Client s3;

    @BeforeEach
    void start() {
        pail = Pail.builder().bucket("timed").start();
        s3 = pail.client();
    }

    @AfterEach
    void stop() {
        pail.close();
    }

    @Test
    void lastModifiedTheDateHeaderAndInitiatedFollowTheClock() throws Exception {
        pail.clock().set(T0);
        s3.putObject(b -> b.bucket("timed").key("k"), RequestBody.fromString("v"));
        assertThat(s3.headObject(b -> b.bucket("timed").key("k")).lastModified()).isEqualTo(T0);
        pail.clock().advance(Duration.ofDays(2));
        String upload = s3.createMultipartUpload(b -> b.bucket("timed").key("m")).uploadId();
        assertThat(s3.listMultipartUploads(b -> b.bucket("timed")).uploads()).singleElement()
                .satisfies(u -> assertThat(u.initiated()).isEqualTo(T0.plus(Duration.ofDays(2))));
        s3.abortMultipartUpload(b -> b.bucket("timed").key("m").uploadId(upload));

        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(pail.endpoint() + "/timed/k")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(ZonedDateTime.parse(response.headers().firstValue("Date").orElseThrow(),
                DateTimeFormatter.RFC_1123_DATE_TIME).toInstant()).isEqualTo(T0.plus(Duration.ofDays(2)));
    }

    @Test
    void aPresignedUrlExpiresWhenTheClockPassesItsExpiry() throws Exception {
        s3.putObject(b -> b.bucket("timed").key("k"), RequestBody.fromString("v"));
        URI url = pail.presigner().presignGetObject(p -> p.signatureDuration(Duration.ofMinutes(5))
                .getObjectRequest(g -> g.bucket("timed").key("k"))).url().toURI();
        HttpClient http = HttpClient.newHttpClient();
        assertThat(http.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(200);
        pail.clock().advance(Duration.ofMinutes(6));
        HttpResponse<String> expired = http.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(expired.statusCode()).isEqualTo(403);
        assertThat(expired.body()).contains("Request has expired");
        pail.clock().system();
        assertThat(http.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(200);
    }

    @Test
    void aClockGivenToTheBuilderIsFollowedAndCanStillBeMoved() {
        try (Pail fixed = Pail.builder().bucket("fixed").clock(Clock.fixed(T0, ZoneOffset.UTC)).start()) {
            fixed.client().putObject(b -> b.bucket("fixed").key("k"), RequestBody.fromString("v"));
            assertThat(fixed.client().headObject(b -> b.bucket("fixed").key("k")).lastModified()).isEqualTo(T0);
            fixed.clock().advance(Duration.ofHours(1));
            fixed.client().putObject(b -> b.bucket("fixed").key("k"), RequestBody.fromString("w"));
            assertThat(fixed.client().headObject(b -> b.bucket("fixed").key("k")).lastModified())
                    .isEqualTo(T0.plus(Duration.ofHours(1)));
        }
    }

    @Test
    void aMovedClockIsNotASkewedRequest() {
        pail.clock().advance(Duration.ofDays(365));
        s3.putObject(b -> b.bucket("timed").key("k"), RequestBody.fromString("v"));
        assertThatThrownBy(() -> s3.getObject(b -> b.bucket("timed").key("missing"))).isInstanceOf(S3Exception.class);
        assertThat(s3.headObject(b -> b.bucket("timed").key("k")).lastModified()).isAfter(Instant.now().plus(Duration.ofDays(364)));
    }
}
