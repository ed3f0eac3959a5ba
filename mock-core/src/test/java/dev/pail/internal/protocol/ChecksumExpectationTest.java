package dev.pail.internal.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pail.S3ErrorCode;
import dev.pail.internal.checksum.ChecksumAlgorithm;
import dev.pail.internal.checksum.ChecksumEncoding;
import dev.pail.internal.error.S3Exception;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChecksumExpectationTest {

    private static final byte[] DATA = "hello".getBytes(StandardCharsets.UTF_8);

    @Test
    void noChecksumHeadersExpectNothing() {
        ChecksumExpectation expectation = ChecksumExpectation.from(headers("content-type", "text/plain"));
        assertThat(expectation.algorithm()).isEmpty();
        assertThat(expectation.headerValue()).isEmpty();
        assertThat(expectation.trailerName()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ChecksumAlgorithm.class)
    void headerValueNamesTheAlgorithmAndCarriesTheDecodedValue(ChecksumAlgorithm algorithm) {
        byte[] digest = algorithm.digest(DATA);
        ChecksumExpectation expectation = ChecksumExpectation.from(
                headers(algorithm.headerName(), ChecksumEncoding.base64(digest)));
        assertThat(expectation.algorithm()).contains(algorithm);
        assertThat(expectation.headerValue()).hasValueSatisfying(v -> assertThat(v).isEqualTo(digest));
        assertThat(expectation.trailerName()).isEmpty();
    }

    @Test
    void headerNameIsCaseInsensitiveAndValueIsTrimmed() {
        byte[] digest = ChecksumAlgorithm.CRC32.digest(DATA);
        ChecksumExpectation expectation = ChecksumExpectation.from(
                headers("X-Amz-Checksum-CRC32", " " + ChecksumEncoding.base64(digest) + " "));
        assertThat(expectation.algorithm()).contains(ChecksumAlgorithm.CRC32);
        assertThat(expectation.headerValue()).hasValueSatisfying(v -> assertThat(v).isEqualTo(digest));
    }

    @Test
    void trailerNamesTheAlgorithmAndTheLowerCasedTrailer() {
        ChecksumExpectation expectation = ChecksumExpectation.from(headers("x-amz-trailer", " X-Amz-Checksum-CRC32C "));
        assertThat(expectation.algorithm()).contains(ChecksumAlgorithm.CRC32C);
        assertThat(expectation.headerValue()).isEmpty();
        assertThat(expectation.trailerName()).contains("x-amz-checksum-crc32c");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"x-amz-sdk-checksum-algorithm", "x-amz-checksum-algorithm"})
    void algorithmOnlyNamesTheAlgorithmWithoutAValue(String header) {
        ChecksumExpectation expectation = ChecksumExpectation.from(headers(header, "sha256"));
        assertThat(expectation.algorithm()).contains(ChecksumAlgorithm.SHA256);
        assertThat(expectation.headerValue()).isEmpty();
        assertThat(expectation.trailerName()).isEmpty();
    }

    @Test
    void matchingSdkAlgorithmAndHeaderAreAccepted() {
        ChecksumExpectation expectation = ChecksumExpectation.from(headers(
                "x-amz-sdk-checksum-algorithm", "CRC32",
                "x-amz-checksum-crc32", ChecksumEncoding.base64(ChecksumAlgorithm.CRC32.digest(DATA))));
        assertThat(expectation.algorithm()).contains(ChecksumAlgorithm.CRC32);
        assertThat(expectation.headerValue()).isPresent();
    }

    @Test
    void trailerAndHeaderOfTheSameAlgorithmAreAccepted() {
        byte[] digest = ChecksumAlgorithm.CRC32.digest(DATA);
        ChecksumExpectation expectation = ChecksumExpectation.from(headers(
                "x-amz-trailer", "x-amz-checksum-crc32",
                "x-amz-checksum-crc32", ChecksumEncoding.base64(digest)));
        assertThat(expectation.algorithm()).contains(ChecksumAlgorithm.CRC32);
        assertThat(expectation.headerValue()).hasValueSatisfying(v -> assertThat(v).isEqualTo(digest));
        assertThat(expectation.trailerName()).contains("x-amz-checksum-crc32");
    }

    @Test
    void twoChecksumHeadersAreInvalidRequest() {
        assertInvalidRequest(headers(
                "x-amz-checksum-crc32", ChecksumEncoding.base64(ChecksumAlgorithm.CRC32.digest(DATA)),
                "x-amz-checksum-sha256", ChecksumEncoding.base64(ChecksumAlgorithm.SHA256.digest(DATA))));
    }

    @Test
    void trailerOfAnotherAlgorithmThanTheHeaderIsInvalidRequest() {
        assertInvalidRequest(headers(
                "x-amz-trailer", "x-amz-checksum-crc32c",
                "x-amz-checksum-crc32", ChecksumEncoding.base64(ChecksumAlgorithm.CRC32.digest(DATA))));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"not base64!", "AAAA", "AAAAAAAA", "mnuhqg", "mnuhqh==", " ", "AAAAAAA="})
    void badBase64OrWrongLengthIsInvalidRequest(String value) {
        // CRC32 values are four bytes in canonical, padded base64
        assertInvalidRequest(headers("x-amz-checksum-crc32", value));
    }

    @Test
    void unknownAlgorithmIsInvalidRequest() {
        assertInvalidRequest(headers("x-amz-sdk-checksum-algorithm", "MD5"));
        assertInvalidRequest(headers("x-amz-checksum-algorithm", "CRC16"));
    }

    @Test
    void unknownTrailerIsInvalidRequest() {
        assertInvalidRequest(headers("x-amz-trailer", "x-amz-checksum-md5"));
    }

    @Test
    void conflictingSdkChecksumAlgorithmIsInvalidRequest() {
        assertInvalidRequest(headers(
                "x-amz-sdk-checksum-algorithm", "SHA256",
                "x-amz-checksum-crc32", ChecksumEncoding.base64(ChecksumAlgorithm.CRC32.digest(DATA))));
        assertInvalidRequest(headers(
                "x-amz-sdk-checksum-algorithm", "SHA256",
                "x-amz-trailer", "x-amz-checksum-crc32"));
    }

    private static void assertInvalidRequest(Headers headers) {
        assertThatThrownBy(() -> ChecksumExpectation.from(headers))
                .isInstanceOfSatisfying(S3Exception.class,
                        e -> assertThat(e.code()).isEqualTo(S3ErrorCode.INVALID_REQUEST));
    }

    private static Headers headers(String... namesAndValues) {
        Headers.Builder builder = Headers.builder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            builder.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return builder.build();
    }
}
