package dev.pail.verify;

import static dev.pail.verify.RequestPattern.anyKey;
import static dev.pail.verify.RequestPattern.anyOperation;
import static dev.pail.verify.RequestPattern.getObject;
import static dev.pail.verify.RequestPattern.keyMatching;
import static dev.pail.verify.RequestPattern.keyStartingWith;
import static dev.pail.verify.RequestPattern.listBuckets;
import static dev.pail.verify.RequestPattern.operation;
import static dev.pail.verify.RequestPattern.putObject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pail.S3ErrorCode;
import dev.pail.S3Operation;
import dev.pail.recording.RecordedRequest;
import dev.pail.recording.RecordedRequests;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestPatternTest {

    static RecordedRequest request(long sequence, S3Operation operation, String bucket, String key, String body, int status,
                                   String errorCode) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return new RecordedRequest(sequence, Instant.EPOCH, operation, operation.httpMethod(),
                "/" + bucket + (key == null ? "" : "/" + key), java.util.Optional.ofNullable(bucket),
                java.util.Optional.ofNullable(key), Map.of("versionId", List.of("v1")),
                Map.of("content-type", List.of("image/jpeg")), java.nio.ByteBuffer.wrap(bytes), bytes.length, status,
                java.util.Optional.ofNullable(errorCode).flatMap(dev.pail.S3ErrorCode::fromCode), java.util.Optional.empty());
    }

    static final RecordedRequest PUT = request(1, S3Operation.PUT_OBJECT, "photos", "thumbs/cat.jpg", "meow", 200, null);
    static final RecordedRequest GET_MISSING = request(2, S3Operation.GET_OBJECT, "photos", "dog.jpg", "", 404, "NoSuchKey");

    @Test
    void operationBucketAndKeyMatchers() {
        assertThat(putObject("photos", "thumbs/cat.jpg").matches(PUT)).isTrue();
        assertThat(putObject("photos", "cat.jpg").matches(PUT)).isFalse();
        assertThat(putObject("other", "thumbs/cat.jpg").matches(PUT)).isFalse();
        assertThat(getObject("photos", "thumbs/cat.jpg").matches(PUT)).isFalse();
        assertThat(putObject("photos", anyKey()).matches(PUT)).isTrue();
        assertThat(putObject("photos", keyStartingWith("thumbs/")).matches(PUT)).isTrue();
        assertThat(putObject("photos", keyStartingWith("thumbs/x")).matches(PUT)).isFalse();
        assertThat(putObject("photos", keyMatching(".*\\.jpg")).matches(PUT)).isTrue();
        assertThat(putObject("photos", keyMatching("cat")).matches(PUT)).as("whole-key match").isFalse();
        assertThat(anyOperation().matches(PUT)).isTrue();
        assertThat(operation(S3Operation.PUT_OBJECT).matches(PUT)).isTrue();
        assertThat(listBuckets().matches(PUT)).isFalse();
        assertThat(keyStartingWith("a").matches(null)).isFalse();
    }

    @Test
    void headerQueryBodyStatusAndErrorMatchers() {
        assertThat(putObject("photos", anyKey()).withHeader("Content-Type", "image/jpeg").matches(PUT)).isTrue();
        assertThat(putObject("photos", anyKey()).withHeader("content-type", "image/png").matches(PUT)).isFalse();
        assertThat(anyOperation().withHeader("content-type", "an image", v -> v.startsWith("image/")).matches(PUT)).isTrue();
        assertThat(anyOperation().withoutHeader("x-amz-tagging").matches(PUT)).isTrue();
        assertThat(anyOperation().withoutHeader("content-type").matches(PUT)).isFalse();
        assertThat(anyOperation().withQueryParam("versionId", "v1").matches(PUT)).isTrue();
        assertThat(anyOperation().withQueryParam("versionId").matches(PUT)).isTrue();
        assertThat(anyOperation().withQueryParam("uploadId").matches(PUT)).isFalse();
        assertThat(anyOperation().withUtf8Body("meow").matches(PUT)).isTrue();
        assertThat(anyOperation().withBody("meow".getBytes(StandardCharsets.UTF_8)).matches(PUT)).isTrue();
        assertThat(anyOperation().withUtf8Body("woof").matches(PUT)).isFalse();
        assertThat(anyOperation().withBody("four bytes", b -> b.length == 4).matches(PUT)).isTrue();
        assertThat(anyOperation().withStatus(404).matches(GET_MISSING)).isTrue();
        assertThat(anyOperation().withErrorCode(S3ErrorCode.NO_SUCH_KEY).matches(GET_MISSING)).isTrue();
        assertThat(anyOperation().withErrorCode(S3ErrorCode.NO_SUCH_KEY).matches(PUT)).isFalse();
    }

    @Test
    void aTruncatedBodyNeverMatchesAnExactBody() {
        byte[] start = "0123".getBytes(StandardCharsets.UTF_8);
        RecordedRequest truncated = new RecordedRequest(3, Instant.EPOCH, S3Operation.PUT_OBJECT, "PUT", "/b/k",
                java.util.Optional.of("b"), java.util.Optional.of("k"), Map.of(), Map.of(), java.nio.ByteBuffer.wrap(start),
                1000, 200, java.util.Optional.empty(), java.util.Optional.empty());
        assertThat(anyOperation().withBody(start).matches(truncated)).isFalse();
    }

    @Test
    void patternsDescribeThemselves() {
        assertThat(putObject("photos", "cat.jpg").withHeader("content-type", "image/jpeg"))
                .hasToString("PutObject bucket=\"photos\" key=\"cat.jpg\" header content-type=\"image/jpeg\"");
        assertThat(getObject("photos", keyStartingWith("thumbs/"))).hasToString("GetObject bucket=\"photos\" key=starting with \"thumbs/\"");
        assertThat(anyOperation()).hasToString("any request");
        assertThat(anyOperation().withStatus(500)).hasToString("any operation status=500");
    }

    @Test
    void timesCountAndDescribe() {
        assertThat(Times.times(2).test(2)).isTrue();
        assertThat(Times.times(2).test(3)).isFalse();
        assertThat(Times.atLeast(2).test(7)).isTrue();
        assertThat(Times.atMost(1).test(2)).isFalse();
        assertThat(Times.never().test(0)).isTrue();
        assertThat(Times.once()).hasToString("exactly once");
        assertThat(Times.atLeast(1)).hasToString("at least once");
        assertThat(Times.atLeast(3)).hasToString("at least 3 times");
        assertThat(Times.atMost(2)).hasToString("at most 2 times");
        assertThat(Times.times(4)).hasToString("exactly 4 times");
        assertThatThrownBy(() -> Times.times(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void verifierPassesSilentlyWhenTheCountHolds() {
        RecordedRequests journal = RecordedRequests.of(List.of(PUT, GET_MISSING), 0);
        Verifier.verify(Times.once(), putObject("photos", anyKey()), journal);
        Verifier.verify(Times.never(), operation(S3Operation.DELETE_OBJECT), journal);
        assertThatThrownBy(() -> Verifier.verify(Times.times(2), putObject("photos", anyKey()), journal))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("but it was requested once");
    }

    @Test
    void aFullJournalSaysHowManyRequestsItDropped() {
        RecordedRequests journal = RecordedRequests.of(List.of(PUT), 41);
        assertThatThrownBy(() -> Verifier.verify(Times.once(), getObject("photos", "x"), journal))
                .hasMessageEndingWith("(41 older requests were dropped: the journal is full)\n");
    }
}
