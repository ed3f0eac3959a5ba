package dev.pail.internal.handler.object;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pail.S3ErrorCode;
import dev.pail.internal.error.S3Exception;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ByteRangeTest {

    private static final long SIZE = 100;

    static Stream<Arguments> satisfiable() {
        return Stream.of(
                Arguments.of("bytes=0-9", 0, 9),
                Arguments.of("bytes=10-19", 10, 19),
                Arguments.of("bytes=5-5", 5, 5),
                Arguments.of("bytes=0-99", 0, 99),
                Arguments.of("bytes=90-", 90, 99),
                Arguments.of("bytes=0-", 0, 99),
                Arguments.of("bytes=99-", 99, 99),
                Arguments.of("bytes=-10", 90, 99),
                Arguments.of("bytes=-1", 99, 99),
                Arguments.of("bytes=-100", 0, 99),
                Arguments.of("bytes=-500", 0, 99),
                Arguments.of("bytes=50-1000", 50, 99),
                Arguments.of("bytes=50-999999999999999999", 50, 99),
                Arguments.of(" bytes= 3 - 4 ", 3, 4));
    }

    @ParameterizedTest(name = "{0} -> {1}-{2}")
    @MethodSource("satisfiable")
    void parsesSatisfiableRanges(String header, long first, long last) {
        Optional<ByteRange> range = ByteRange.parse(Optional.of(header), SIZE);
        assertThat(range).contains(new ByteRange(first, last));
        assertThat(range.get().length()).isEqualTo(last - first + 1);
        assertThat(range.get().contentRange(SIZE)).isEqualTo("bytes " + first + "-" + last + "/" + SIZE);
    }

    @Test
    void noHeaderIsNoRange() {
        assertThat(ByteRange.parse(Optional.empty(), SIZE)).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"bytes=0-1,5-6", "bytes=0-1, 5-6", "items=0-1", "Bytes=0-1", "bytes 0-1", "0-1",
        "bytes=", "bytes=-", "bytes=abc", "bytes=a-b", "bytes=1-a", "bytes=5-2", "bytes=1.5-2", "bytes=+1-2",
        "bytes=--1", "bytes=0x1-2", ""})
    void ignoredHeadersGiveNoRange(String header) {
        assertThat(ByteRange.parse(Optional.of(header), SIZE)).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"bytes=100-", "bytes=100-200", "bytes=150-160", "bytes=-0"})
    void unsatisfiableRangeIsInvalidRangeWithSizeAndContentRange(String header) {
        assertThatThrownBy(() -> ByteRange.parse(Optional.of(header), SIZE))
                .isInstanceOfSatisfying(S3Exception.class, e -> {
                    assertThat(e.code()).isEqualTo(S3ErrorCode.INVALID_RANGE);
                    assertThat(e.code().httpStatus()).isEqualTo(416);
                    assertThat(e.details()).containsEntry("ActualObjectSize", "100")
                            .containsEntry("RangeRequested", header);
                    assertThat(e.headers()).contains(Map.entry("Content-Range", "bytes */100"));
                });
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"bytes=0-", "bytes=0-0", "bytes=-1"})
    void anyRangeOfAnEmptyObjectIsUnsatisfiable(String header) {
        assertThatThrownBy(() -> ByteRange.parse(Optional.of(header), 0))
                .isInstanceOfSatisfying(S3Exception.class, e -> {
                    assertThat(e.code()).isEqualTo(S3ErrorCode.INVALID_RANGE);
                    assertThat(e.details()).containsEntry("ActualObjectSize", "0");
                    assertThat(e.headers()).contains(Map.entry("Content-Range", "bytes */0"));
                });
    }
}
