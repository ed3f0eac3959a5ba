package dev.pail.assertj;

import static dev.pail.S3Operation.CREATE_BUCKET;
import static dev.pail.S3Operation.GET_OBJECT;
import static dev.pail.S3Operation.PUT_OBJECT;
import static dev.pail.assertj.PailAssertions.assertThat;
import static dev.pail.assertj.PailAssertions.assertThatThrownBy;
import static dev.pail.verify.RequestPattern.anyKey;
import static dev.pail.verify.RequestPattern.putObject;

import dev.pail.Pail;
import dev.pail.recording.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

class PailAssertionsTest {

    static Pail pail;

    @BeforeAll
    static void record() {
        pail = Pail.builder().start();
        S3Client s3 = pail.client();
        s3.createBucket(b -> b.bucket("photos"));
        s3.putObject(b -> b.bucket("photos").key("cat.jpg").contentType("image/jpeg"), RequestBody.fromString("meow"));
        try {
            s3.getObject(b -> b.bucket("photos").key("dog.jpg"));
        } catch (RuntimeException expected) {
            // recorded as a NoSuchKey
        }
    }

    @AfterAll
    static void stop() {
        pail.close();
    }

    @Test
    void listAssertionsAndPailAssertionsCombine() {
        assertThat(pail.requests()).containsOperationsExactly(CREATE_BUCKET, PUT_OBJECT, GET_OBJECT);
        assertThat(pail.requests()).hasSize(3).filteredOn(r -> r.status() >= 400).singleElement()
                .hasErrorCode("NoSuchKey").hasStatus(404).hasKey("dog.jpg");
        assertThat(pail.requests()).extracting(r -> r.key().orElse(null)).containsExactly(null, "cat.jpg", "dog.jpg");
        assertThat(pail.requests()).singleMatching(putObject("photos", anyKey()))
                .hasOperation(PUT_OBJECT).hasHeader("content-type", "image/jpeg").hasHeader("x-amz-content-sha256")
                .hasUtf8Body("meow").hasBody("meow".getBytes()).hasBodyContaining("eo").hasErrorCode((String) null);
        assertThat(pail.requests()).noneMatch(putObject("photos", "dog.jpg"));
        assertThat(pail.requests().get(0)).hasStatus(200);
    }

    @Test
    void failuresSayWhatWasExpectedAndWhatWasRecorded() {
        assertThatThrownBy(() -> assertThat(pail.requests()).containsOperationsExactly(PUT_OBJECT))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("to be exactly:")
                .hasMessageContaining("#2 PutObject PUT /photos/cat.jpg -> 200");
        assertThatThrownBy(() -> assertThat(pail.requests()).singleMatching(putObject("photos", "x")))
                .hasMessageContaining("Expecting exactly one request matching")
                .hasMessageContaining("but 0 matched");
        assertThatThrownBy(() -> assertThat(pail.requests().get(1)).hasHeader("content-type", "image/png"))
                .hasMessageContaining("to have header content-type: image/png but was image/jpeg");
        assertThatThrownBy(() -> assertThat(pail.requests().get(1)).hasStatus(201))
                .hasMessageContaining("to have status 201 but was 200");
        assertThatThrownBy(() -> assertThat(pail.requests().get(1)).hasUtf8Body("woof"))
                .hasMessageContaining("woof");
    }

    @Test
    void aFailedSingleMatchingListsTheRequestsOnLinesOfTheirOwn() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> assertThat(pail.requests())
                        .singleMatching(dev.pail.verify.RequestPattern.anyOperation()))
                .hasMessageNotContaining("%n")
                .hasMessageContaining("3 matched:" + System.lineSeparator() + "  #1");
    }
}
