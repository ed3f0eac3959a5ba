package dev.pail.internal.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BlobWriterTest {

    private static final int MAX = BlobWriter.MAX_CHUNK;

    @Test
    void knownSizeGivesExactlySizedChunksOfAtMostMaxChunk() throws IOException {
        byte[] data = random(2 * MAX + 123, 1);
        BlobWriter writer = new BlobWriter(data.length);
        writer.readFrom(new ByteArrayInputStream(data), (b, o, l) -> { });
        Blob blob = writer.toBlob();
        assertThat(chunkSizes(blob)).containsExactly(MAX, MAX, 123);
        assertThat(blob.toByteArray()).isEqualTo(data);
        assertThat(writer.size()).isEqualTo(data.length);
    }

    @ParameterizedTest(name = "{0} bytes")
    @ValueSource(ints = {1, 100, 8192, BlobWriter.MAX_CHUNK})
    void knownSizeFitsOneChunkWithoutExtraChunk(int size) throws IOException {
        byte[] data = random(size, size);
        BlobWriter writer = new BlobWriter(size);
        writer.readFrom(new ByteArrayInputStream(data), (b, o, l) -> { });
        Blob blob = writer.toBlob();
        assertThat(chunkSizes(blob)).containsExactly(size);
        assertThat(blob.toByteArray()).isEqualTo(data);
    }

    @Test
    void knownSizeChunksAreTheArraysFilledNotCopies() throws IOException {
        byte[] data = random(5000, 2);
        BlobWriter writer = new BlobWriter(data.length);
        writer.readFrom(new ByteArrayInputStream(data), (b, o, l) -> { });
        ByteBuffer only = writer.toBlob().buffers().get(0);
        // an exactly sized chunk is kept as it is: its backing array is exactly the object's length
        assertThat(only.position()).isZero();
        assertThat(only.capacity()).isEqualTo(data.length);
    }

    @Test
    void unknownSizeGrowsChunksAndTrimsTheLast() throws IOException {
        int size = 3 * MAX + 777;
        byte[] data = random(size, 3);
        BlobWriter writer = new BlobWriter(-1);
        writer.readFrom(new ByteArrayInputStream(data), (b, o, l) -> { });
        Blob blob = writer.toBlob();
        List<Integer> sizes = chunkSizes(blob);
        assertThat(sizes.stream().mapToLong(Integer::longValue).sum()).isEqualTo(size);
        assertThat(sizes).allMatch(s -> s <= MAX);
        assertThat(sizes.get(0)).isLessThan(MAX); // starts small
        for (int i = 1; i < sizes.size() - 1; i++) {
            assertThat(sizes.get(i)).isGreaterThanOrEqualTo(sizes.get(i - 1)); // then grows
        }
        assertThat(sizes.size()).isLessThan(20); // grows geometrically, not in fixed small steps
        for (ByteBuffer buffer : blob.buffers()) {
            assertThat(buffer.capacity()).as("trimmed array").isEqualTo(buffer.remaining());
        }
        assertThat(blob.toByteArray()).isEqualTo(data);
    }

    @Test
    void unknownSizeSmallPayloadIsOneTrimmedChunk() throws IOException {
        byte[] data = random(10, 4);
        BlobWriter writer = new BlobWriter(-1);
        writer.readFrom(new ByteArrayInputStream(data), (b, o, l) -> { });
        Blob blob = writer.toBlob();
        assertThat(chunkSizes(blob)).containsExactly(10);
        assertThat(blob.buffers().get(0).capacity()).isEqualTo(10);
        assertThat(blob.toByteArray()).isEqualTo(data);
    }

    @Test
    void moreBytesThanAnnouncedAreAllKept() throws IOException {
        byte[] data = random(100_000, 5);
        BlobWriter writer = new BlobWriter(1000);
        writer.readFrom(new ByteArrayInputStream(data), (b, o, l) -> { });
        Blob blob = writer.toBlob();
        assertThat(writer.size()).isEqualTo(data.length);
        assertThat(blob.toByteArray()).isEqualTo(data);
        assertThat(chunkSizes(blob).get(0)).isEqualTo(1000);
        assertThat(chunkSizes(blob)).allMatch(s -> s <= MAX);
    }

    @Test
    void fewerBytesThanAnnouncedKeepsWhatArrived() throws IOException {
        byte[] data = random(300, 6);
        BlobWriter writer = new BlobWriter(1000);
        writer.readFrom(new ByteArrayInputStream(data), (b, o, l) -> { });
        Blob blob = writer.toBlob();
        assertThat(blob.size()).isEqualTo(300);
        assertThat(blob.buffers().get(0).capacity()).isEqualTo(300);
        assertThat(blob.toByteArray()).isEqualTo(data);
    }

    @ParameterizedTest(name = "expected size {0}")
    @ValueSource(longs = {-1, 0, 2000, 5000})
    void readFromAStreamReturningOneByteAtATime(long expected) throws IOException {
        byte[] data = random(2000, 7);
        BlobWriter writer = new BlobWriter(expected);
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        writer.readFrom(new OneByteAtATime(data), (b, o, l) -> seen.write(b, o, l));
        assertThat(writer.toBlob().toByteArray()).isEqualTo(data);
        assertThat(seen.toByteArray()).isEqualTo(data);
    }

    @ParameterizedTest(name = "expected size {0}")
    @ValueSource(longs = {-1, 0, 1, 65_536, 200_000, 300_000})
    void sinkSeesEveryByteExactlyOnceInOrder(long expected) throws IOException {
        byte[] data = random(200_000, 8);
        BlobWriter writer = new BlobWriter(expected);
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        long[] calls = {0};
        writer.readFrom(new ByteArrayInputStream(data), (b, o, l) -> {
            calls[0]++;
            seen.write(b, o, l);
        });
        assertThat(seen.toByteArray()).isEqualTo(data);
        assertThat(writer.toBlob().toByteArray()).isEqualTo(data);
        assertThat(calls[0]).isPositive();
    }

    @ParameterizedTest(name = "expected size {0}")
    @ValueSource(longs = {-1, 0, 10})
    void emptyInputGivesEmptyBlob(long expected) throws IOException {
        BlobWriter writer = new BlobWriter(expected);
        long[] bytesSeen = {0};
        writer.readFrom(new ByteArrayInputStream(new byte[0]), (b, o, l) -> bytesSeen[0] += l);
        Blob blob = writer.toBlob();
        assertThat(blob).isSameAs(Blob.EMPTY);
        assertThat(writer.size()).isZero();
        assertThat(bytesSeen[0]).isZero();
    }

    @Test
    void writeAppendsAcrossChunks() {
        byte[] data = random(3 * MAX / 2, 9);
        BlobWriter writer = new BlobWriter(data.length);
        writer.write(data, 0, 10);
        writer.write(data, 10, data.length - 10);
        Blob blob = writer.toBlob();
        assertThat(chunkSizes(blob)).containsExactly(MAX, MAX / 2);
        assertThat(blob.toByteArray()).isEqualTo(data);
    }

    @Test
    void writeHonoursOffsetAndLength() {
        byte[] data = {1, 2, 3, 4, 5};
        BlobWriter writer = new BlobWriter(-1);
        writer.write(data, 1, 3);
        assertThat(writer.size()).isEqualTo(3);
        assertThat(writer.toBlob().toByteArray()).containsExactly(2, 3, 4);
    }

    private static List<Integer> chunkSizes(Blob blob) {
        return blob.buffers().stream().map(ByteBuffer::remaining).toList();
    }

    private static byte[] random(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    /** A stream that hands out one byte per read, however much is asked for. */
    private static final class OneByteAtATime extends InputStream {
        private final byte[] data;
        private int position;

        OneByteAtATime(byte[] data) {
            this.data = data;
        }

        @Override
        public int read() {
            return position < data.length ? data[position++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (len == 0) {
                return 0;
            }
            if (position == data.length) {
                return -1;
            }
            b[off] = data[position++];
            return 1;
        }
    }

    /**
     * G1 regions are at least 1 MiB and an array of half a region or more is "humongous" (it takes
     * whole regions, about twice its size on small heaps): no chunk may come near that.
     */
    @Test
    void noChunkIsEverAHumongousObjectAtAnyHeapSize() {
        int smallestRegion = 1 << 20;
        int arrayHeader = 16;
        assertThat(BlobWriter.MAX_CHUNK + arrayHeader).isLessThan(smallestRegion / 2);
    }
}
