package dev.pail.internal.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pail.S3ErrorCode;
import dev.pail.internal.error.S3Exception;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ContentSha256Test {

    private static final String EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    @Test
    void absentHeaderIsAbsent() {
        ContentSha256 parsed = ContentSha256.parse(Optional.empty());
        assertThat(parsed.kind()).isEqualTo(ContentSha256.Kind.ABSENT);
        assertThat(parsed.hex()).isEmpty();
        assertThat(parsed.kind().chunked()).isFalse();
        assertThat(parsed.kind().trailer()).isFalse();
    }

    static Stream<Arguments> namedForms() {
        return Stream.of(
                Arguments.of("UNSIGNED-PAYLOAD", ContentSha256.Kind.UNSIGNED, false, false),
                Arguments.of("STREAMING-UNSIGNED-PAYLOAD-TRAILER", ContentSha256.Kind.STREAMING_UNSIGNED_TRAILER, true, true),
                Arguments.of("STREAMING-AWS4-HMAC-SHA256-PAYLOAD", ContentSha256.Kind.STREAMING_SIGNED, true, false),
                Arguments.of("STREAMING-AWS4-ECDSA-P256-SHA256-PAYLOAD", ContentSha256.Kind.STREAMING_SIGNED, true, false),
                Arguments.of("STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER", ContentSha256.Kind.STREAMING_SIGNED_TRAILER, true, true),
                Arguments.of("STREAMING-AWS4-ECDSA-P256-SHA256-PAYLOAD-TRAILER", ContentSha256.Kind.STREAMING_SIGNED_TRAILER,
                        true, true),
                Arguments.of("  UNSIGNED-PAYLOAD  ", ContentSha256.Kind.UNSIGNED, false, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("namedForms")
    void namedFormsMapToTheirKind(String header, ContentSha256.Kind kind, boolean chunked, boolean trailer) {
        ContentSha256 parsed = ContentSha256.parse(Optional.of(header));
        assertThat(parsed.kind()).isEqualTo(kind);
        assertThat(parsed.hex()).isEmpty();
        assertThat(parsed.kind().chunked()).isEqualTo(chunked);
        assertThat(parsed.kind().trailer()).isEqualTo(trailer);
    }

    @Test
    void hexDigestIsSha256InLowerCase() {
        ContentSha256 parsed = ContentSha256.parse(Optional.of(EMPTY_SHA256));
        assertThat(parsed.kind()).isEqualTo(ContentSha256.Kind.SHA256);
        assertThat(parsed.hex()).contains(EMPTY_SHA256);
        assertThat(parsed.kind().chunked()).isFalse();
    }

    @Test
    void hexDigestIsCaseInsensitive() {
        assertThat(ContentSha256.parse(Optional.of(EMPTY_SHA256.toUpperCase())).hex()).contains(EMPTY_SHA256);
        assertThat(ContentSha256.parse(Optional.of("E3b0C44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852B855"))
                .hex()).contains(EMPTY_SHA256);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "unsigned-payload", "UNSIGNED", "STREAMING-AWS4-HMAC-SHA256",
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b85",
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b8555",
        "g3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        "e3b0c44298fc1c14 afbf4c8996fb92427ae41e4649b934ca495991b7852b855"})
    void anythingElseIsInvalidArgument(String header) {
        assertThatThrownBy(() -> ContentSha256.parse(Optional.of(header)))
                .isInstanceOfSatisfying(S3Exception.class, e -> {
                    assertThat(e.code()).isEqualTo(S3ErrorCode.INVALID_ARGUMENT);
                    assertThat(e.details()).containsEntry("ArgumentName", "x-amz-content-sha256");
                });
    }
}
