package dev.pail.verify;

import static dev.pail.verify.RequestPattern.anyKey;
import static dev.pail.verify.RequestPattern.getObject;
import static dev.pail.verify.RequestPattern.putObject;
import static dev.pail.verify.Times.never;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pail.Pail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** The exact text of verification failures: a snapshot, because the message is the product here. */
class VerificationMessageTest {

    Pail pail;

    @BeforeEach
    void recordThreeRequests() {
        pail = Pail.builder().bucket("photos").start();
        S3Client s3 = pail.client();
        s3.putObject(b -> b.bucket("photos").key("thumbs/cat.jpg").contentType("image/png"), RequestBody.fromString("png"));
        s3.putObject(b -> b.bucket("photos").key("cat.jpg").contentType("image/jpeg"), RequestBody.fromString("jpeg"));
        s3.getObjectAsBytes(b -> b.bucket("photos").key("thumbs/cat.jpg"));
    }

    @AfterEach
    void stop() {
        pail.close();
    }

    @Test
    void aMissingRequestShowsTheThreeClosestFieldByFieldThenTheWholeJournal() {
        assertThatThrownBy(() -> pail.verify(putObject("photos", "thumbs/cat.jpg").withHeader("content-type", "image/jpeg")))
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
                          #2 PutObject PUT /photos/cat.jpg -> 200
                               operation            PutObject
                               bucket               "photos"
                            >> key                  expected "thumbs/cat.jpg" but was "cat.jpg"
                               header content-type  "image/jpeg"
                          #3 GetObject GET /photos/thumbs/cat.jpg -> 200
                            >> operation            expected PutObject but was GetObject
                               bucket               "photos"
                               key                  "thumbs/cat.jpg"
                            >> header content-type  expected "image/jpeg" but was (none)

                        All recorded requests (3):
                          #1 PutObject PUT /photos/thumbs/cat.jpg -> 200
                          #2 PutObject PUT /photos/cat.jpg -> 200
                          #3 GetObject GET /photos/thumbs/cat.jpg -> 200
                        """);
    }

    @Test
    void theIdeDiffComparesThePatternWithTheClosestRequest() {
        assertThatThrownBy(() -> pail.verify(putObject("photos", "thumbs/cat.jpg").withHeader("content-type", "image/jpeg")))
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
        assertThatThrownBy(() -> pail.verify(never(), getObject("photos", anyKey())))
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
        assertThatThrownBy(() -> pail.verify(Times.times(3), putObject("photos", anyKey())))
                .hasMessageStartingWith("""
                        Expected PutObject bucket="photos" to be requested exactly 3 times, but it was requested 2 times.

                        Matching requests:
                          #1 PutObject PUT /photos/thumbs/cat.jpg -> 200
                          #2 PutObject PUT /photos/cat.jpg -> 200

                        Closest recorded requests:
                          #3 GetObject GET /photos/thumbs/cat.jpg -> 200
                            >> operation  expected PutObject but was GetObject
                               bucket     "photos"
                        """);
    }

    @Test
    void anEmptyJournalSaysSo() {
        pail.resetRequests();
        assertThatThrownBy(() -> pail.verify(putObject("photos", "x")))
                .hasMessage("""
                        Expected PutObject bucket="photos" key="x" to be requested at least once, but it was requested 0 times.

                        All recorded requests (0):
                          (none)
                        """);
    }
}
