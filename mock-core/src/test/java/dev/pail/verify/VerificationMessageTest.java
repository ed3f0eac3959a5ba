package dev.pail.verify;

import static dev.pail.verify.RequestPattern.anyKey;
import static dev.pail.verify.RequestPattern.getObject;
import static dev.pail.verify.RequestPattern.putObject;
import static dev.pail.verify.Times.never;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pail.S3Operation;
import dev.pail.recording.RecordedRequest;
import dev.pail.recording.RecordedRequests;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The exact text of verification failures: a snapshot, because the message is the product here. */
class VerificationMessageTest {

    private static final String SIGNATURE = "AWS4-HMAC-SHA256 Credential=pail/20261201/us-east-1/s3/aws4_request, "
            + "SignedHeaders=content-type;host;x-amz-date, Signature=0123456789abcdef0123456789abcdef0123456789abcdef01234567";

    private static RecordedRequest request(long sequence, S3Operation operation, String key, String contentType) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("x-amz-date", List.of("20261201T120000Z"));
        headers.put("host", List.of("127.0.0.1:9090"));
        if (contentType != null) {
            headers.put("content-type", List.of(contentType));
        }
        headers.put("authorization", List.of(SIGNATURE));
        return new RecordedRequest(sequence, Instant.EPOCH, operation, operation.httpMethod(), "/photos/" + key,
                Optional.of("photos"), Optional.of(key), Map.of(), headers, ByteBuffer.allocate(0), 0, 200,
                Optional.empty(), Optional.empty());
    }

    private static final RecordedRequests JOURNAL = RecordedRequests.of(List.of(
            request(1, S3Operation.PUT_OBJECT, "thumbs/cat.jpg", "image/png"),
            request(2, S3Operation.PUT_OBJECT, "cat.jpg", "image/jpeg"),
            request(3, S3Operation.GET_OBJECT, "thumbs/cat.jpg", null)), 0);

    @Test
    void aMissingRequestShowsTheThreeClosestFieldByFieldWithEveryHeaderTheyCarriedThenTheJournal() {
        assertThatThrownBy(() -> Verifier.verify(Times.atLeast(1),
                putObject("photos", "thumbs/cat.jpg").withHeader("content-type", "image/jpeg"), JOURNAL))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessage("""
                        Expected PutObject bucket="photos" key="thumbs/cat.jpg" header content-type="image/jpeg" \
                        to be requested at least once, but it was requested 0 times.

                        Closest recorded requests:
                          #1 PutObject PUT /photos/thumbs/cat.jpg -> 200
                               operation            PutObject
                               bucket               "photos"
                               key                  "thumbs/cat.jpg"
                            >> header content-type  expected "image/jpeg" but was "image/png"
                               headers (4):
                                 authorization: AWS4-HMAC-SHA256 Credential=pail/20261201/us-east-1/s3/aws4_request, SignedHeade...(179 chars)
                              >> content-type: image/png
                                 host: 127.0.0.1:9090
                                 x-amz-date: 20261201T120000Z
                          #2 PutObject PUT /photos/cat.jpg -> 200
                               operation            PutObject
                               bucket               "photos"
                            >> key                  expected "thumbs/cat.jpg" but was "cat.jpg"
                               header content-type  "image/jpeg"
                               headers (4):
                                 authorization: AWS4-HMAC-SHA256 Credential=pail/20261201/us-east-1/s3/aws4_request, SignedHeade...(179 chars)
                                 content-type: image/jpeg
                                 host: 127.0.0.1:9090
                                 x-amz-date: 20261201T120000Z
                          #3 GetObject GET /photos/thumbs/cat.jpg -> 200
                            >> operation            expected PutObject but was GetObject
                               bucket               "photos"
                               key                  "thumbs/cat.jpg"
                            >> header content-type  expected "image/jpeg" but was (none)
                               headers (3):
                                 authorization: AWS4-HMAC-SHA256 Credential=pail/20261201/us-east-1/s3/aws4_request, SignedHeade...(179 chars)
                                 host: 127.0.0.1:9090
                                 x-amz-date: 20261201T120000Z

                        All recorded requests (3):
                          #1 PutObject PUT /photos/thumbs/cat.jpg -> 200
                          #2 PutObject PUT /photos/cat.jpg -> 200
                          #3 GetObject GET /photos/thumbs/cat.jpg -> 200
                        """);
    }

    @Test
    void aTypoInAHeaderNameIsVisibleInTheHeadersTheRequestCarried() {
        assertThatThrownBy(() -> Verifier.verify(Times.atLeast(1),
                putObject("photos", "cat.jpg").withHeader("content_type", "image/jpeg"), JOURNAL))
                .hasMessageContaining(">> header content_type  expected \"image/jpeg\" but was (none)")
                .hasMessageContaining("content-type: image/jpeg");
    }

    @Test
    void theIdeDiffComparesThePatternWithTheClosestRequest() {
        assertThatThrownBy(() -> Verifier.verify(Times.atLeast(1),
                putObject("photos", "thumbs/cat.jpg").withHeader("content-type", "image/jpeg"), JOURNAL))
                .isInstanceOfSatisfying(AssertionFailedError.class, e -> {
                    assertThat(e.getExpected().getStringRepresentation()).isEqualTo("""
                            operation: PutObject
                            bucket: "photos"
                            key: "thumbs/cat.jpg"
                            header content-type: "image/jpeg"
                            """);
                    assertThat(e.getActual().getStringRepresentation()).isEqualTo("""
                            operation: PutObject
                            bucket: "photos"
                            key: "thumbs/cat.jpg"
                            header content-type: "image/png"
                            """);
                });
    }

    @Test
    void anUnwantedRequestIsListed() {
        assertThatThrownBy(() -> Verifier.verify(never(), getObject("photos", anyKey()), JOURNAL))
                .hasMessage("""
                        Expected GetObject bucket="photos" not to be requested, but it was requested once.

                        Matching requests:
                          #3 GetObject GET /photos/thumbs/cat.jpg -> 200

                        All recorded requests (3):
                          #1 PutObject PUT /photos/thumbs/cat.jpg -> 200
                          #2 PutObject PUT /photos/cat.jpg -> 200
                          #3 GetObject GET /photos/thumbs/cat.jpg -> 200
                        """);
    }

    @Test
    void tooFewMatchesShowBothTheMatchesAndTheClosestMisses() {
        assertThatThrownBy(() -> Verifier.verify(Times.times(3), putObject("photos", anyKey()), JOURNAL))
                .hasMessageStartingWith("""
                        Expected PutObject bucket="photos" to be requested exactly 3 times, but it was requested 2 times.

                        Matching requests:
                          #1 PutObject PUT /photos/thumbs/cat.jpg -> 200
                          #2 PutObject PUT /photos/cat.jpg -> 200

                        Closest recorded requests:
                          #3 GetObject GET /photos/thumbs/cat.jpg -> 200
                            >> operation  expected PutObject but was GetObject
                               bucket     "photos"
                               headers (3):
                        """);
    }

    @Test
    void anEmptyJournalSaysSo() {
        assertThatThrownBy(() -> Verifier.verify(Times.atLeast(1), putObject("photos", "x"), RecordedRequests.empty()))
                .hasMessage("""
                        Expected PutObject bucket="photos" key="x" to be requested at least once, but it was requested 0 times.

                        All recorded requests (0):
                          (none)
                        """);
    }
}
