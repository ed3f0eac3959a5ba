package dev.pail.internal.handler.object;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pail.S3ErrorCode;
import dev.pail.internal.error.S3Exception;
import dev.pail.internal.handler.object.ReadConditions.Outcome;
import dev.pail.internal.protocol.Headers;
import dev.pail.internal.store.Blob;
import dev.pail.internal.store.ObjectMetadata;
import dev.pail.internal.store.ObjectVersion;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReadConditionsTest {

    /** Last modified at 10:00:00.600, i.e. 10:00:00 at HTTP-date precision. */
    private static final ObjectVersion VERSION = new ObjectVersion("k", "null", false,
            Instant.parse("2024-05-01T10:00:00.600Z"), Blob.EMPTY, "\"abc\"", ObjectMetadata.defaults(),
            Optional.empty(), List.of());

    private static final String SAME_SECOND = "Wed, 01 May 2024 10:00:00 GMT";
    private static final String SECOND_BEFORE = "Wed, 01 May 2024 09:59:59 GMT";
    private static final String SECOND_AFTER = "Wed, 01 May 2024 10:00:01 GMT";

    @Test
    void noConditionsProceed() {
        assertThat(ReadConditions.evaluate(Headers.empty(), VERSION)).isEqualTo(Outcome.PROCEED);
    }

    @ParameterizedTest(name = "If-Match: {0}")
    @ValueSource(strings = {"\"abc\"", "abc", "*", "\"x\", \"abc\""})
    void ifMatchThatHoldsProceeds(String value) {
        assertThat(evaluate("If-Match", value)).isEqualTo(Outcome.PROCEED);
    }

    @Test
    void ifMatchThatFailsIsPreconditionFailed() {
        assertPreconditionFailed(headers("If-Match", "\"other\""), "If-Match");
    }

    @Test
    void ifUnmodifiedSinceAloneFailsOnlyWhenModifiedAfter() {
        assertThat(evaluate("If-Unmodified-Since", SAME_SECOND)).isEqualTo(Outcome.PROCEED);
        assertThat(evaluate("If-Unmodified-Since", SECOND_AFTER)).isEqualTo(Outcome.PROCEED);
        assertPreconditionFailed(headers("If-Unmodified-Since", SECOND_BEFORE), "If-Unmodified-Since");
    }

    @Test
    void ifNoneMatchThatMatchesIsNotModified() {
        assertThat(evaluate("If-None-Match", "\"abc\"")).isEqualTo(Outcome.NOT_MODIFIED);
        assertThat(evaluate("If-None-Match", "*")).isEqualTo(Outcome.NOT_MODIFIED);
        assertThat(evaluate("If-None-Match", "\"other\"")).isEqualTo(Outcome.PROCEED);
    }

    @Test
    void ifModifiedSinceAloneIsNotModifiedUnlessModifiedAfter() {
        assertThat(evaluate("If-Modified-Since", SAME_SECOND)).isEqualTo(Outcome.NOT_MODIFIED);
        assertThat(evaluate("If-Modified-Since", SECOND_AFTER)).isEqualTo(Outcome.NOT_MODIFIED);
        assertThat(evaluate("If-Modified-Since", SECOND_BEFORE)).isEqualTo(Outcome.PROCEED);
    }

    @Test
    void datesCompareAtSecondPrecision() {
        // the object was modified 600 ms after SAME_SECOND, which HTTP dates cannot express
        assertThat(evaluate("If-Unmodified-Since", SAME_SECOND)).isEqualTo(Outcome.PROCEED);
        assertThat(evaluate("If-Modified-Since", SAME_SECOND)).isEqualTo(Outcome.NOT_MODIFIED);
    }

    @Test
    void ifMatchThatHoldsOverridesFailingIfUnmodifiedSince() {
        assertThat(ReadConditions.evaluate(headers("If-Match", "\"abc\"", "If-Unmodified-Since", SECOND_BEFORE),
                VERSION)).isEqualTo(Outcome.PROCEED);
    }

    @Test
    void failingIfMatchFailsEvenWithHoldingIfUnmodifiedSince() {
        assertPreconditionFailed(headers("If-Match", "\"other\"", "If-Unmodified-Since", SECOND_AFTER), "If-Match");
    }

    @Test
    void matchingIfNoneMatchWinsOverHoldingIfModifiedSince() {
        assertThat(ReadConditions.evaluate(headers("If-None-Match", "\"abc\"", "If-Modified-Since", SECOND_BEFORE),
                VERSION)).isEqualTo(Outcome.NOT_MODIFIED);
    }

    @Test
    void nonMatchingIfNoneMatchOverridesFailingIfModifiedSince() {
        assertThat(ReadConditions.evaluate(headers("If-None-Match", "\"other\"", "If-Modified-Since", SECOND_AFTER),
                VERSION)).isEqualTo(Outcome.PROCEED);
    }

    @Test
    void preconditionFailureComesBeforeNotModified() {
        assertPreconditionFailed(headers("If-Match", "\"other\"", "If-None-Match", "\"abc\""), "If-Match");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"garbage", "", "2024-05-01", "Wed, 01 May 2024 25:00:00 GMT", "Thu, 01 May 2024 10:00:00 GMT"})
    void unparseableDatesAreIgnored(String value) {
        assertThat(evaluate("If-Modified-Since", value)).isEqualTo(Outcome.PROCEED);
        assertThat(evaluate("If-Unmodified-Since", value)).isEqualTo(Outcome.PROCEED);
    }

    private static Outcome evaluate(String name, String value) {
        return ReadConditions.evaluate(headers(name, value), VERSION);
    }

    private static void assertPreconditionFailed(Headers headers, String condition) {
        assertThatThrownBy(() -> ReadConditions.evaluate(headers, VERSION))
                .isInstanceOfSatisfying(S3Exception.class, e -> {
                    assertThat(e.code()).isEqualTo(S3ErrorCode.PRECONDITION_FAILED);
                    assertThat(e.details()).containsEntry("Condition", condition);
                });
    }

    private static Headers headers(String... namesAndValues) {
        Headers.Builder builder = Headers.builder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            builder.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return builder.build();
    }
}
