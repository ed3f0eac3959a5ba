package dev.pail.internal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ReadOnlyBufferException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BlobTest {

    /** "0123456789" as three segments: "012", "3456", "789". */
    private static Blob threeSegments() {
        return Blob.concat(List.of(Blob.wrap(ascii("012")), Blob.wrap(ascii("3456")), Blob.wrap(ascii("789"))));
    }

    @Test
    void wrapKeepsBytesAndSize() {
        Blob blob = Blob.wrap(ascii("hello"));
        assertThat(blob.size()).isEqualTo(5);
        assertThat(blob.segmentCount()).isEqualTo(1);
        assertThat(blob.toByteArray()).isEqualTo(ascii("hello"));
    }

    @Test
    void wrapOfEmptyArrayIsEmpty() {
        assertThat(Blob.wrap(new byte[0])).isSameAs(Blob.EMPTY);
        assertThat(Blob.EMPTY.size()).isZero();
        assertThat(Blob.EMPTY.segmentCount()).isZero();
        assertThat(Blob.EMPTY.toByteArray()).isEmpty();
    }

    @Test
    void wrapRejectsNull() {
        assertThatNullPointerException().isThrownBy(() -> Blob.wrap(null));
    }

    @Test
    void wrapDoesNotCopyTheArray() {
        byte[] bytes = ascii("abcdef");
        Blob blob = Blob.wrap(bytes);
        bytes[0] = 'X'; // forbidden in production code; here it proves the array is shared
        assertThat(blob.toByteArray()).isEqualTo(ascii("Xbcdef"));
    }

    @Test
    void sliceSharesTheArray() {
        byte[] bytes = ascii("abcdef");
        Blob slice = Blob.wrap(bytes).slice(2, 3);
        bytes[3] = 'X';
        assertThat(slice.toByteArray()).isEqualTo(ascii("cXe"));
        assertThat(slice.segmentCount()).isEqualTo(1);
    }

    @Test
    void concatSharesArraysAndKeepsSegments() {
        byte[] first = ascii("ab");
        byte[] second = ascii("cd");
        Blob joined = Blob.concat(List.of(Blob.wrap(first), Blob.wrap(second)));
        assertThat(joined.size()).isEqualTo(4);
        assertThat(joined.segmentCount()).isEqualTo(2);
        first[1] = 'X';
        second[0] = 'Y';
        assertThat(joined.toByteArray()).isEqualTo(ascii("aXYd"));
    }

    @Test
    void concatSkipsEmptyBlobsAndOfNothingIsEmpty() {
        Blob joined = Blob.concat(List.of(Blob.EMPTY, Blob.wrap(ascii("ab")), Blob.EMPTY));
        assertThat(joined.segmentCount()).isEqualTo(1);
        assertThat(joined.toByteArray()).isEqualTo(ascii("ab"));
        assertThat(Blob.concat(List.of())).isSameAs(Blob.EMPTY);
        assertThat(Blob.concat(List.of(Blob.EMPTY, Blob.EMPTY))).isSameAs(Blob.EMPTY);
    }

    @Test
    void concatOfConcatsFlattensSegments() {
        Blob joined = Blob.concat(List.of(threeSegments(), threeSegments()));
        assertThat(joined.segmentCount()).isEqualTo(6);
        assertThat(new String(joined.toByteArray(), StandardCharsets.US_ASCII)).isEqualTo("01234567890123456789");
    }

    static Stream<Arguments> slices() {
        return Stream.of(
                Arguments.of(0, 10, "0123456789", 3),
                Arguments.of(0, 3, "012", 1),
                Arguments.of(3, 4, "3456", 1),
                Arguments.of(4, 2, "45", 1),
                Arguments.of(2, 2, "23", 2),
                Arguments.of(2, 6, "234567", 3),
                Arguments.of(1, 9, "123456789", 3),
                Arguments.of(6, 2, "67", 2),
                Arguments.of(9, 1, "9", 1),
                Arguments.of(5, 0, "", 0),
                Arguments.of(10, 0, "", 0));
    }

    @ParameterizedTest(name = "slice({0}, {1}) = {2} in {3} segments")
    @MethodSource("slices")
    void sliceAcrossSegmentsSharesArrays(long offset, long length, String expected, int segments) {
        Blob slice = threeSegments().slice(offset, length);
        assertThat(slice.size()).isEqualTo(length);
        assertThat(new String(slice.toByteArray(), StandardCharsets.US_ASCII)).isEqualTo(expected);
        assertThat(slice.segmentCount()).isEqualTo(segments);
    }

    @Test
    void sliceAcrossSegmentsReferencesTheOriginalArrays() {
        byte[] first = ascii("abc");
        byte[] second = ascii("def");
        Blob slice = Blob.concat(List.of(Blob.wrap(first), Blob.wrap(second))).slice(1, 4);
        first[2] = 'X';
        second[0] = 'Y';
        assertThat(slice.toByteArray()).isEqualTo(ascii("bXYe"));
    }

    @Test
    void sliceOfSliceIsRelativeToTheSlice() {
        Blob slice = threeSegments().slice(2, 7).slice(1, 4);
        assertThat(new String(slice.toByteArray(), StandardCharsets.US_ASCII)).isEqualTo("3456");
    }

    @Test
    void wholeSliceIsTheSameBlob() {
        Blob blob = threeSegments();
        assertThat(blob.slice(0, blob.size())).isSameAs(blob);
    }

    static Stream<Arguments> badSlices() {
        return Stream.of(
                Arguments.of(-1, 1),
                Arguments.of(0, -1),
                Arguments.of(0, 11),
                Arguments.of(10, 1),
                Arguments.of(11, 0),
                Arguments.of(5, 6));
    }

    @ParameterizedTest(name = "slice({0}, {1}) of 10 bytes")
    @MethodSource("badSlices")
    void sliceOutOfBoundsThrows(long offset, long length) {
        assertThatThrownBy(() -> threeSegments().slice(offset, length))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }
    @Test
    void sliceWithOverflowingLengthThrows() {
        assertThatThrownBy(() -> threeSegments().slice(1, Long.MAX_VALUE))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void buffersAreReadOnlyViewsOfEachSegmentInOrder() {
        byte[] first = ascii("abc");
        Blob blob = Blob.concat(List.of(Blob.wrap(first), Blob.wrap(ascii("defg")))).slice(1, 5);
        List<ByteBuffer> buffers = blob.buffers();
        assertThat(buffers).hasSize(2);
        assertThat(buffers).allMatch(ByteBuffer::isReadOnly);
        assertThat(text(buffers.get(0))).isEqualTo("bc");
        assertThat(text(buffers.get(1))).isEqualTo("def");
        first[1] = 'X';
        assertThat(buffers.get(0).get(buffers.get(0).position())).isEqualTo((byte) 'X');
        assertThatThrownBy(() -> buffers.get(0).put((byte) 0)).isInstanceOf(ReadOnlyBufferException.class);
    }

    @Test
    void openStreamReadsEveryByteAcrossSegments() throws IOException {
        try (InputStream in = threeSegments().slice(1, 8).openStream()) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.US_ASCII)).isEqualTo("12345678");
        }
    }

    @Test
    void openStreamSingleByteReadsReturnUnsignedValuesThenEnd() throws IOException {
        Blob blob = Blob.concat(List.of(Blob.wrap(new byte[] {(byte) 0xFF}), Blob.wrap(new byte[] {0, 0x7F})));
        InputStream in = blob.openStream();
        assertThat(in.read()).isEqualTo(0xFF);
        assertThat(in.read()).isEqualTo(0);
        assertThat(in.read()).isEqualTo(0x7F);
        assertThat(in.read()).isEqualTo(-1);
        assertThat(in.read()).isEqualTo(-1);
    }

    @Test
    void openStreamReadsIntoAnOffsetAndStopsAtSegmentEnds() throws IOException {
        InputStream in = threeSegments().openStream();
        byte[] buffer = new byte[20];
        Arrays.fill(buffer, (byte) '.');
        int n = in.read(buffer, 5, 10);
        assertThat(n).isBetween(1, 10);
        assertThat(new String(buffer, 0, 5 + n, StandardCharsets.US_ASCII)).isEqualTo("....." + "0123456789".substring(0, n));
        assertThat(buffer[5 + n]).isEqualTo((byte) '.');
        assertThatThrownBy(() -> in.read(buffer, 15, 10)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void openStreamOfEmptyBlobEndsAtOnce() throws IOException {
        assertThat(Blob.EMPTY.openStream().read()).isEqualTo(-1);
        assertThat(Blob.EMPTY.openStream().read(new byte[4], 0, 4)).isEqualTo(-1);
    }

    @Test
    void eachStreamStartsAtTheBeginning() throws IOException {
        Blob blob = threeSegments();
        blob.openStream().readAllBytes();
        assertThat(blob.openStream().readAllBytes()).isEqualTo(ascii("0123456789"));
    }

    @Test
    void writeToWritesEveryByteInOrder() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        threeSegments().slice(2, 7).writeTo(out);
        assertThat(out.toString(StandardCharsets.US_ASCII)).isEqualTo("2345678");
    }

    @Test
    void toByteArrayReturnsACopy() {
        byte[] bytes = ascii("abc");
        Blob blob = Blob.wrap(bytes);
        byte[] copy = blob.toByteArray();
        copy[0] = 'X';
        assertThat(copy).isNotSameAs(bytes);
        assertThat(blob.toByteArray()).isEqualTo(ascii("abc"));
    }

    private static String text(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.duplicate().get(bytes);
        return new String(bytes, StandardCharsets.US_ASCII);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
