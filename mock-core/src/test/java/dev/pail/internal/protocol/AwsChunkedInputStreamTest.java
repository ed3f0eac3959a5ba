package dev.pail.internal.protocol;

import static dev.pail.internal.protocol.AwsChunkedTestDecoder.decode;
import static dev.pail.internal.protocol.AwsChunkedTestEncoder.ascii;
import static dev.pail.internal.protocol.AwsChunkedTestEncoder.encode;
import static dev.pail.internal.protocol.AwsChunkedTestEncoder.randomPayload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pail.internal.protocol.AwsChunkedTestDecoder.Decoded;
import dev.pail.internal.protocol.AwsChunkedTestEncoder.Chunk;
import dev.pail.internal.protocol.AwsChunkedTestEncoder.Encoded;
import dev.pail.internal.protocol.AwsChunkedTestEncoder.Mode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Round trips of every framing, the lenient cases real clients need, and the stream's state. */
@Timeout(60)
class AwsChunkedInputStreamTest {

    private static final int KIB = 1024;
    private static final int MIB = 1024 * KIB;

    static Stream<Arguments> payloads() {
        int[][] sizeAndChunk = {
            {0, 64 * KIB}, {1, 1}, {1, 64 * KIB}, {300, 1}, {1000, 7}, {64 * KIB, 64 * KIB},
            {64 * KIB + 1, 64 * KIB}, {300 * KIB, 128 * KIB}, {3 * MIB + 17, 64 * KIB}, {2 * MIB, 2 * MIB},
        };
        return Stream.of(Mode.values()).flatMap(mode -> Stream.of(sizeAndChunk)
            .map(c -> Arguments.of(mode, c[0], c[1])));
    }

    @ParameterizedTest(name = "{0}: {1} bytes in chunks of {2}")
    @MethodSource("payloads")
    void decodesThePayloadTrailersAndChunkMetadata(Mode mode, int size, int chunkSize) throws IOException {
        byte[] payload = randomPayload(size, size);
        Encoded encoded = encode(mode, payload, chunkSize);

        Decoded decoded = decode(new ByteArrayInputStream(encoded.body()), 16 * KIB);

        assertThat(decoded.payload()).isEqualTo(payload);
        assertThat(decoded.chunks()).isEqualTo(encoded.chunks());
        assertThat(decoded.stream().trailers()).isEqualTo(encoded.trailers());
        assertThat(decoded.stream().decodedLength()).isEqualTo(size);
        assertThat(decoded.stream().isComplete()).isTrue();
    }

    @Test
    void passesPayloadThatLooksLikeFramingThrough() throws IOException {
        byte[] payload = ascii("0\r\n\r\n5;chunk-signature=ab\r\nx-amz-checksum-crc32:AAAAAA==\r\n\r\n\n\r");
        for (Mode mode : Mode.values()) {
            for (int chunkSize : new int[] {1, 2, 5, payload.length}) {
                Encoded encoded = encode(mode, payload, chunkSize);
                Decoded decoded = decode(new ByteArrayInputStream(encoded.body()), 4);
                assertThat(decoded.payload()).as(mode + " / " + chunkSize).isEqualTo(payload);
                assertThat(decoded.stream().trailers()).isEqualTo(encoded.trailers());
            }
        }
    }

    @Test
    void acceptsHexSizesInEitherCaseAndSixteenDigits() throws IOException {
        byte[] body = ascii("A\r\n0123456789\r\nb\r\nabcdefghijk\r\n000000000000000C\r\nABCDEFGHIJKL\r\n0\r\n\r\n");
        Decoded decoded = decode(new ByteArrayInputStream(body), 100);
        assertThat(new String(decoded.payload(), "ISO-8859-1")).isEqualTo("0123456789abcdefghijkABCDEFGHIJKL");
        assertThat(decoded.chunks()).extracting(Chunk::size).containsExactly(10L, 11L, 12L, 0L);
    }

    @Test
    void takesTheSignatureAmongOtherChunkExtensions() throws IOException {
        byte[] body = ascii("3;foo=bar;chunk-signature=aaa1;baz\r\nabc\r\n"
            + "3 ; Chunk-Signature = \"bbb2\" \r\ndef\r\n"
            + "3;foo\r\nghi\r\n"
            + "3;chunk-signature=ccc3;chunk-signature=ddd4\r\njkl\r\n"
            + "0;x=y\r\n\r\n");
        Decoded decoded = decode(new ByteArrayInputStream(body), 100);
        assertThat(decoded.payload()).isEqualTo(ascii("abcdefghijkl"));
        assertThat(decoded.chunks()).containsExactly(new Chunk(3, Optional.of("aaa1")),
            new Chunk(3, Optional.of("bbb2")), new Chunk(3, Optional.empty()),
            new Chunk(3, Optional.of("ccc3")), new Chunk(0, Optional.empty()));
    }

    @Test
    void passesSigV4aSignaturesThroughWithTheirPadding() throws IOException {
        String signature = "3045022100" + "ab".repeat(32) + "0220" + "cd".repeat(32);
        String padded = signature + "*".repeat(144 - signature.length());
        byte[] body = ascii("3;chunk-signature=" + padded + "\r\nabc\r\n0;chunk-signature=" + padded + "\r\n\r\n");
        Decoded decoded = decode(new ByteArrayInputStream(body), 100);
        assertThat(decoded.payload()).isEqualTo(ascii("abc"));
        assertThat(decoded.chunks()).containsExactly(new Chunk(3, Optional.of(padded)), new Chunk(0, Optional.of(padded)));
    }

    @Test
    void lowerCasesTrailerNamesAndTrimsNamesAndValues() throws IOException {
        byte[] body = ascii("2\r\nhi\r\n0\r\nX-Amz-Checksum-CRC32 :  Fp8/0A== \r\nx-amz-meta-Empty:\r\n"
            + "x-amz-colons:a:b::c\r\n\r\n");
        Decoded decoded = decode(new ByteArrayInputStream(body), 100);
        assertThat(decoded.stream().trailers()).containsExactly(Map.entry("x-amz-checksum-crc32", "Fp8/0A=="),
            Map.entry("x-amz-meta-empty", ""), Map.entry("x-amz-colons", "a:b::c"));
    }

    @Test
    void acceptsABodyThatEndsRightAfterTheTerminatingChunk() throws IOException {
        // The JavaScript SDK omits the final empty line when it sends no trailer.
        for (String body : List.of("5\r\nhello\r\n0\r\n", "5;chunk-signature=aa\r\nhello\r\n0;chunk-signature=bb\r\n")) {
            Decoded decoded = decode(new ByteArrayInputStream(ascii(body)), 100);
            assertThat(decoded.payload()).isEqualTo(ascii("hello"));
            assertThat(decoded.stream().isComplete()).isTrue();
            assertThat(decoded.stream().trailers()).isEmpty();
        }
    }

    @Test
    void acceptsLinesUpToTheLimitAndUpToTheMaximumNumberOfTrailers() throws IOException {
        String header = "3;chunk-signature=" + "a".repeat(AwsChunkedBuffer.MAX_LINE_LENGTH - 18);
        String trailer = "x-amz-long:" + "v".repeat(AwsChunkedBuffer.MAX_LINE_LENGTH - 11);
        StringBuilder body = new StringBuilder(header + "\r\nabc\r\n0\r\n" + trailer + "\r\n");
        Map<String, String> expected = new LinkedHashMap<>(Map.of("x-amz-long", trailer.substring(11)));
        for (int i = 1; i < AwsChunkedInputStream.MAX_TRAILERS; i++) {
            body.append("x-amz-meta-").append(i).append(':').append(i).append("\r\n");
            expected.put("x-amz-meta-" + i, String.valueOf(i));
        }
        Decoded decoded = decode(FragmentingInputStream.oneByteAtATime(ascii(body + "\r\n")), 2);
        assertThat(header).hasSize(AwsChunkedBuffer.MAX_LINE_LENGTH);
        assertThat(decoded.payload()).isEqualTo(ascii("abc"));
        assertThat(decoded.stream().trailers()).isEqualTo(expected);
    }

    @Test
    void reportsProgressAndCompletionOnlyOnceTheTrailersAreConsumed() throws IOException {
        List<Long> sizesSeen = new ArrayList<>();
        byte[] body = ascii("4\r\nabcd\r\n2\r\nef\r\n0\r\nx-amz-checksum-crc32:AAAAAA==\r\n\r\n");
        AwsChunkedInputStream in = new AwsChunkedInputStream(new ByteArrayInputStream(body),
            (size, signature) -> sizesSeen.add(size));
        assertThat(in.decodedLength()).isZero();
        assertThat(in.isComplete()).isFalse();
        assertThat(sizesSeen).isEmpty();

        byte[] b = new byte[10];
        assertThat(in.read(b, 0, 3)).isEqualTo(3);
        assertThat(in.decodedLength()).isEqualTo(3);
        assertThat(sizesSeen).containsExactly(4L);
        assertThat(in.available()).isEqualTo(1);
        assertThat(in.read(b, 3, 7)).as("reads stop at the chunk's end").isEqualTo(1);
        assertThat(in.available()).isZero();
        assertThat(in.read(b, 4, 6)).isEqualTo(2);
        assertThat(in.decodedLength()).isEqualTo(6);
        assertThat(in.isComplete()).isFalse();
        assertThat(in.trailers()).isEmpty();

        assertThat(in.read(b, 0, 0)).isZero();
        assertThat(in.read(b, 6, 4)).isEqualTo(-1);
        assertThat(in.isComplete()).isTrue();
        assertThat(in.decodedLength()).isEqualTo(6);
        assertThat(sizesSeen).containsExactly(4L, 2L, 0L);
        assertThat(in.trailers()).containsExactly(Map.entry("x-amz-checksum-crc32", "AAAAAA=="));
        assertThat(in.read(b, 0, 4)).isEqualTo(-1);
        assertThat(in.read()).isEqualTo(-1);
        assertThat(new String(b, 0, 6, "ISO-8859-1")).isEqualTo("abcdef");
    }

    @Test
    void endsAnEmptyPayloadAtOnce() throws IOException {
        List<Chunk> chunks = new ArrayList<>();
        AwsChunkedInputStream in = new AwsChunkedInputStream(new ByteArrayInputStream(ascii("0\r\n\r\n")),
            (size, signature) -> chunks.add(new Chunk(size, signature)));
        assertThat(in.read(new byte[8])).isEqualTo(-1);
        assertThat(in.isComplete()).isTrue();
        assertThat(in.decodedLength()).isZero();
        assertThat(chunks).containsExactly(new Chunk(0, Optional.empty()));
    }

    @Test
    void trailersAreUnmodifiable() throws IOException {
        Decoded decoded = decode(new ByteArrayInputStream(encode(Mode.UNSIGNED_TRAILER, new byte[3], 2).body()), 10);
        assertThatThrownBy(() -> decoded.stream().trailers().put("x", "y"))
            .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> decoded.stream().trailers().clear())
            .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void closeClosesTheUnderlyingStream() throws IOException {
        FragmentingInputStream source = FragmentingInputStream.whole(ascii("3\r\nabc\r\n0\r\n\r\n"));
        AwsChunkedInputStream in = new AwsChunkedInputStream(source);
        in.close();
        assertThat(source.isClosed()).isTrue();
        assertThatThrownBy(in::read).isInstanceOf(IOException.class).hasMessageContaining("closed");
    }

    @Test
    void checksArguments() {
        AwsChunkedInputStream in = new AwsChunkedInputStream(new ByteArrayInputStream(ascii("0\r\n\r\n")));
        assertThatThrownBy(() -> in.read(new byte[4], 3, 2)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> new AwsChunkedInputStream(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new AwsChunkedInputStream(in, null)).isInstanceOf(NullPointerException.class);
    }
}
