package dev.pail.internal.protocol;

import static dev.pail.internal.protocol.AwsChunkedTestEncoder.ascii;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.pail.internal.protocol.AwsChunkedFormatException.Reason;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Malformed and truncated bodies, each failing with its reason, read whole and byte by byte. */
@Timeout(60)
class AwsChunkedErrorsTest {

    private static final String LONG = "a".repeat(AwsChunkedBuffer.MAX_LINE_LENGTH);

    static Stream<Arguments> malformedBodies() {
        return Stream.of(
            bad(Reason.BAD_CHUNK_SIZE, "not hex", "xyz\r\nabc\r\n0\r\n\r\n"),
            bad(Reason.BAD_CHUNK_SIZE, "empty header line", "\r\n0\r\n\r\n"),
            bad(Reason.BAD_CHUNK_SIZE, "garbage after the size", "5x\r\nhello\r\n0\r\n\r\n"),
            bad(Reason.BAD_CHUNK_SIZE, "blank before the size", " 5\r\nhello\r\n0\r\n\r\n"),
            bad(Reason.BAD_CHUNK_SIZE, "negative size", "-5\r\nhello\r\n0\r\n\r\n"),
            bad(Reason.BAD_CHUNK_SIZE, "0x prefix", "0x5\r\nhello\r\n0\r\n\r\n"),
            bad(Reason.BAD_CHUNK_SIZE, "only an extension", ";chunk-signature=ab\r\n\r\n"),
            bad(Reason.BAD_CHUNK_SIZE, "non-ASCII digit", "\u00b2\r\nab\r\n0\r\n\r\n"),
            bad(Reason.BAD_CHUNK_SIZE, "size overflows a long", "8000000000000000\r\nabc"),
            bad(Reason.BAD_CHUNK_SIZE, "size of 16 f", "ffffffffffffffff\r\nabc"),
            bad(Reason.BAD_CHUNK_SIZE, "17 digits", "00000000000000001\r\na\r\n0\r\n\r\n"),
            bad(Reason.BAD_CHUNK_SIZE, "bad size of a later chunk", "1\r\na\r\nz\r\nb\r\n0\r\n\r\n"),
            bad(Reason.MISSING_CRLF, "data longer than declared", "3\r\nhello\r\n0\r\n\r\n"),
            bad(Reason.MISSING_CRLF, "data shorter than declared", "7\r\nhello\r\n0\r\n\r\n"),
            bad(Reason.MISSING_CRLF, "data followed by LF only", "5\r\nhello\n0\r\n\r\n"),
            bad(Reason.MISSING_CRLF, "data followed by CR only", "5\r\nhello\r0\r\n\r\n"),
            bad(Reason.MISSING_CRLF, "data followed by LF CR", "5\r\nhello\n\r0\r\n\r\n"),
            bad(Reason.MISSING_CRLF, "header ending in LF only", "5\nhello\r\n0\r\n\r\n"),
            bad(Reason.MISSING_CRLF, "final header ending in LF only", "0\n\r\n"),
            bad(Reason.MISSING_CRLF, "trailer ending in LF only", "0\r\nx-amz-checksum-crc32:AAAAAA==\n\r\n"),
            bad(Reason.MISSING_CRLF, "final line LF only", "0\r\nx-amz-checksum-crc32:AAAAAA==\r\n\n"),
            bad(Reason.TRUNCATED, "empty body", ""),
            bad(Reason.TRUNCATED, "inside the first header", "5;chunk-sig"),
            bad(Reason.TRUNCATED, "between CR and LF of a header", "5\r"),
            bad(Reason.TRUNCATED, "inside data", "5\r\nhel"),
            bad(Reason.TRUNCATED, "before the CRLF after data", "5\r\nhello"),
            bad(Reason.TRUNCATED, "between CR and LF after data", "5\r\nhello\r"),
            bad(Reason.TRUNCATED, "before the final chunk", "5\r\nhello\r\n"),
            bad(Reason.TRUNCATED, "inside the final chunk header", "5\r\nhello\r\n0;chunk-signature=ab"),
            bad(Reason.TRUNCATED, "inside a trailer line", "0\r\nx-amz-checksum-crc32:AAA"),
            bad(Reason.TRUNCATED, "after a trailer line", "0\r\nx-amz-checksum-crc32:AAAAAA==\r\n"),
            bad(Reason.TRUNCATED, "after the trailer signature",
                "0;chunk-signature=ab\r\nx-amz-checksum-crc32:AAAAAA==\r\nx-amz-trailer-signature:cd\r\n"),
            bad(Reason.TRUNCATED, "inside the final empty line", "0\r\nx-amz-checksum-crc32:AAAAAA==\r\n\r"),
            bad(Reason.TRUNCATED, "inside the final empty line without trailers", "0\r\n\r"),
            bad(Reason.LINE_TOO_LONG, "long first header", "5;x=" + LONG + "\r\nhello\r\n0\r\n\r\n"),
            bad(Reason.LINE_TOO_LONG, "header one byte over the limit", "3;" + LONG.substring(1) + "\r\nabc\r\n0\r\n\r\n"),
            bad(Reason.LINE_TOO_LONG, "long header without CRLF before the end", "5;" + LONG),
            bad(Reason.LINE_TOO_LONG, "long final header", "1\r\na\r\n0;" + LONG + "\r\n\r\n"),
            bad(Reason.LINE_TOO_LONG, "long trailer line", "0\r\nx-amz-meta:" + LONG + "\r\n\r\n"),
            bad(Reason.MALFORMED_TRAILER, "trailer without colon", "0\r\nx-amz-checksum-crc32 AAAAAA==\r\n\r\n"),
            bad(Reason.MALFORMED_TRAILER, "trailer with empty name", "0\r\n:AAAAAA==\r\n\r\n"),
            bad(Reason.MALFORMED_TRAILER, "trailer with blank name", "0\r\n  :AAAAAA==\r\n\r\n"),
            bad(Reason.MALFORMED_TRAILER, "trailer name with a space", "0\r\nx-amz checksum:AAAAAA==\r\n\r\n"),
            bad(Reason.MALFORMED_TRAILER, "trailer name with a control character", "0\r\nx-amz\u0001:A\r\n\r\n"),
            bad(Reason.MALFORMED_TRAILER, "repeated trailer",
                "0\r\nx-amz-checksum-crc32:AAAAAA==\r\nX-Amz-Checksum-Crc32:AAAAAA==\r\n\r\n"),
            bad(Reason.MALFORMED_TRAILER, "too many trailers", "0\r\n" + manyTrailers(AwsChunkedInputStream.MAX_TRAILERS + 1) + "\r\n"),
            bad(Reason.TRAILING_DATA, "byte after the final empty line", "0\r\n\r\nX"),
            bad(Reason.TRAILING_DATA, "extra CRLF", "3\r\nabc\r\n0\r\nx-amz-checksum-crc32:AAAAAA==\r\n\r\n\r\n"),
            // Old .NET SDK versions framed an empty payload this way; S3 rejects it as well.
            bad(Reason.TRAILING_DATA, "two terminating chunks", "0\r\n\r\n0\r\nx-amz-checksum-crc32:AAAAAA==\r\n\r\n"),
            bad(Reason.TRAILING_DATA, "data after a signed end",
                "0;chunk-signature=ab\r\n\r\n5;chunk-signature=cd\r\nhello\r\n0;chunk-signature=ef\r\n\r\n"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("malformedBodies")
    void rejectsMalformedBodies(Reason reason, String description, String body) {
        assertReason(new ByteArrayInputStream(ascii(body)), reason);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("malformedBodies")
    void rejectsMalformedBodiesArrivingOneByteAtATime(Reason reason, String description, String body) {
        assertReason(FragmentingInputStream.oneByteAtATime(ascii(body)), reason);
    }

    @Test
    void stopsReadingALineThatNeverEnds() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'a';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) 'a');
                return len;
            }
        };
        assertReason(endless, Reason.LINE_TOO_LONG);
    }

    @Test
    void returnsThePayloadBeforeTheErrorAndKeepsFailing() throws IOException {
        List<Long> sizes = new ArrayList<>();
        AwsChunkedInputStream in = new AwsChunkedInputStream(
            new ByteArrayInputStream(ascii("3\r\nabc\r\n5\r\nhel")), (size, signature) -> sizes.add(size));
        byte[] b = new byte[10];
        assertThat(in.read(b)).isEqualTo(3);
        assertThat(in.read(b)).isEqualTo(3);
        AwsChunkedFormatException error = catchThrowableOfType(AwsChunkedFormatException.class, () -> in.read(b));
        assertThat(error.reason()).isEqualTo(Reason.TRUNCATED);
        assertThat(error).hasMessageContaining("TRUNCATED");
        assertThat(in.decodedLength()).isEqualTo(6);
        assertThat(in.isComplete()).isFalse();
        assertThat(sizes).containsExactly(3L, 5L);
        assertThatThrownBy(in::read).isSameAs(error);
        assertThatThrownBy(in::available).isSameAs(error);
    }

    @Test
    void reportsTheHugestValidSizeToTheListenerBeforeTheBodyRunsOut() {
        List<Long> sizes = new ArrayList<>();
        AwsChunkedInputStream in = new AwsChunkedInputStream(
            new ByteArrayInputStream(ascii("7fffffffffffffff\r\nabc")), (size, signature) -> sizes.add(size));
        assertReason(in, Reason.TRUNCATED);
        assertThat(sizes).containsExactly(Long.MAX_VALUE);
        assertThat(in.decodedLength()).isEqualTo(3);
    }

    @Test
    void failsWithIncompleteTrailersStillUnseenAsComplete() {
        AwsChunkedInputStream in = new AwsChunkedInputStream(
            new ByteArrayInputStream(ascii("1\r\na\r\n0\r\nx-amz-checksum-crc32:AAAAAA==\r\n")));
        assertReason(in, Reason.TRUNCATED);
        assertThat(in.isComplete()).isFalse();
    }

    private static void assertReason(InputStream encoded, Reason reason) {
        assertReason(new AwsChunkedInputStream(encoded), reason);
    }

    private static void assertReason(AwsChunkedInputStream in, Reason reason) {
        AwsChunkedFormatException error = catchThrowableOfType(AwsChunkedFormatException.class, () -> {
            byte[] buffer = new byte[1000];
            while (in.read(buffer) != -1) {
                // drain
            }
        });
        assertThat(error).as("expected %s", reason).isNotNull();
        assertThat(error.reason()).as(error.getMessage()).isEqualTo(reason);
    }

    private static Arguments bad(Reason reason, String description, String body) {
        return Arguments.of(reason, description, body);
    }

    private static String manyTrailers(int count) {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < count; i++) {
            lines.append("x-amz-meta-").append(i).append(":v\r\n");
        }
        return lines.toString();
    }
}
