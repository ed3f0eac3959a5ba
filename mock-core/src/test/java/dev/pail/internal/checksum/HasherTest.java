package dev.pail.internal.checksum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Incremental feeding, in every shape, must give the digest of the whole input. */
class HasherTest {

    /** Lengths around the 8- and 16-byte blocks of Crc64Nvme, plus larger unaligned ones. */
    private static final int[] LENGTHS = {0, 1, 2, 7, 8, 9, 15, 16, 17, 23, 24, 31, 32, 33, 255, 1000, 4099, 65_537};

    static Stream<Arguments> hashers() {
        Stream<Arguments> flexible = Stream.of(ChecksumAlgorithm.values())
                .map(a -> Arguments.of(a.name(), (Supplier<Hasher>) a::newHasher));
        return Stream.concat(flexible, Stream.of(
                Arguments.of("MD5", (Supplier<Hasher>) Digests::md5),
                Arguments.of("SHA256", (Supplier<Hasher>) Digests::sha256)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hashers")
    void oneShotMatchesTheReference(String name, Supplier<Hasher> factory) {
        for (int length : LENGTHS) {
            byte[] data = data(length);
            Hasher hasher = factory.get();
            hasher.update(data);
            assertThat(hasher.digest()).as("length %d", length).isEqualTo(Oracles.digest(name, data));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hashers")
    void singleBytesMatchOneShot(String name, Supplier<Hasher> factory) {
        assertChunked(name, factory, 1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hashers")
    void sevenByteChunksMatchOneShot(String name, Supplier<Hasher> factory) {
        assertChunked(name, factory, 7);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hashers")
    void randomSplitsMatchOneShot(String name, Supplier<Hasher> factory) {
        Random random = new Random(42);
        for (int round = 0; round < 20; round++) {
            byte[] data = Oracles.random(random, 1 + random.nextInt(40_000));
            Hasher hasher = factory.get();
            for (int offset = 0; offset < data.length; ) {
                int chunk = Math.min(data.length - offset, random.nextInt(random.nextBoolean() ? 40 : 5000));
                hasher.update(data, offset, chunk);
                offset += chunk;
            }
            assertThat(hasher.digest()).as("round %d", round).isEqualTo(Oracles.digest(name, data));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hashers")
    void rangesInsideLargerArraysAreHashedAlone(String name, Supplier<Hasher> factory) {
        Random random = new Random(7);
        for (int length : LENGTHS) {
            byte[] data = data(length);
            int offset = 1 + random.nextInt(13);
            byte[] padded = Oracles.random(random, offset + length + 1 + random.nextInt(13));
            System.arraycopy(data, 0, padded, offset, length);
            Hasher hasher = factory.get();
            hasher.update(padded, offset, length);
            assertThat(hasher.digest()).as("length %d at %d", length, offset).isEqualTo(Oracles.digest(name, data));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hashers")
    void heapBuffersMatchOneShot(String name, Supplier<Hasher> factory) {
        for (int length : LENGTHS) {
            byte[] data = data(length);
            byte[] padded = new byte[length + 5];
            System.arraycopy(data, 0, padded, 3, length);
            ByteBuffer sliced = ByteBuffer.wrap(padded, 2, length + 1).slice();
            sliced.position(1).limit(length + 1);
            assertBuffersMatch(name, factory, data, sliced);
            assertBuffersMatch(name, factory, data, ByteBuffer.wrap(data).asReadOnlyBuffer());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hashers")
    void directBuffersMatchOneShot(String name, Supplier<Hasher> factory) {
        for (int length : LENGTHS) {
            byte[] data = data(length);
            ByteBuffer direct = ByteBuffer.allocateDirect(length + 8);
            direct.position(5);
            direct.put(data);
            direct.position(5).limit(5 + length);
            assertBuffersMatch(name, factory, data, direct);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hashers")
    void mixedArrayAndBufferUpdatesMatchOneShot(String name, Supplier<Hasher> factory) {
        Random random = new Random(3);
        byte[] data = Oracles.random(random, 100_003);
        ByteBuffer direct = ByteBuffer.allocateDirect(data.length).put(data).flip();
        Hasher hasher = factory.get();
        int offset = 0;
        for (int piece = 0; offset < data.length; piece++) {
            int chunk = Math.min(data.length - offset, 1 + random.nextInt(3000));
            if (piece % 3 == 0) {
                hasher.update(data, offset, chunk);
            } else if (piece % 3 == 1) {
                hasher.update(ByteBuffer.wrap(data, offset, chunk));
            } else {
                hasher.update(direct.duplicate().position(offset).limit(offset + chunk));
            }
            offset += chunk;
        }
        assertThat(hasher.digest()).isEqualTo(Oracles.digest(name, data));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hashers")
    void isSpentAfterDigest(String name, Supplier<Hasher> factory) {
        Hasher hasher = factory.get();
        hasher.update(new byte[3]);
        hasher.digest();
        assertThatThrownBy(hasher::digest).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> hasher.update(new byte[1])).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> hasher.update(ByteBuffer.allocate(1))).isInstanceOf(IllegalStateException.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hashers")
    void rejectsBadArguments(String name, Supplier<Hasher> factory) {
        Hasher hasher = factory.get();
        byte[] bytes = new byte[10];
        assertThatThrownBy(() -> hasher.update(bytes, -1, 2)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> hasher.update(bytes, 9, 2)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> hasher.update(bytes, 0, -1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> hasher.update((byte[]) null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> hasher.update(null, 0, 0)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> hasher.update((ByteBuffer) null)).isInstanceOf(NullPointerException.class);
        hasher.update(bytes, 10, 0);
        assertThat(hasher.digest()).as("failed updates leave no trace").isEqualTo(Oracles.digest(name, new byte[0]));
    }

    private static void assertChunked(String name, Supplier<Hasher> factory, int chunk) {
        for (int length : LENGTHS) {
            byte[] data = data(length);
            Hasher hasher = factory.get();
            for (int offset = 0; offset < length; offset += chunk) {
                hasher.update(data, offset, Math.min(chunk, length - offset));
            }
            assertThat(hasher.digest()).as("length %d", length).isEqualTo(Oracles.digest(name, data));
        }
    }

    private static void assertBuffersMatch(String name, Supplier<Hasher> factory, byte[] data, ByteBuffer buffer) {
        int limit = buffer.limit();
        Hasher whole = factory.get();
        whole.update(buffer.duplicate());
        assertThat(whole.digest()).as("%s whole, length %d", buffer, data.length)
                .isEqualTo(Oracles.digest(name, data));

        Hasher pieces = factory.get();
        int start = buffer.position();
        for (int position = start; position < limit; position += 7) {
            ByteBuffer piece = buffer.duplicate();
            piece.position(position).limit(Math.min(position + 7, limit));
            pieces.update(piece);
            assertThat(piece.hasRemaining()).as("consumed").isFalse();
        }
        assertThat(pieces.digest()).as("%s in 7-byte pieces", buffer).isEqualTo(Oracles.digest(name, data));

        Hasher consuming = factory.get();
        consuming.update(buffer);
        assertThat(buffer.position()).as("position moves to the limit").isEqualTo(limit);
        assertThat(buffer.limit()).isEqualTo(limit);
        consuming.digest();
    }

    /** Deterministic, non-repeating content for a given length. */
    private static byte[] data(int length) {
        return Oracles.random(new Random(length), length);
    }
}
