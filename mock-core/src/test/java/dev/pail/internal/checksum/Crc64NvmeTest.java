package dev.pail.internal.checksum;

import static dev.pail.internal.checksum.Oracles.ascii;
import static dev.pail.internal.checksum.Oracles.crc64NvmeBitwise;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Random;
import java.util.function.IntUnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class Crc64NvmeTest {

    @Test
    void matchesTheCheckValue() {
        assertThat(crc(ascii("123456789"))).isEqualTo(0xae8b14860a799888L);
    }

    @Test
    void referenceImplementationMatchesTheCheckValue() {
        assertThat(crc64NvmeBitwise(ascii("123456789"))).isEqualTo(0xae8b14860a799888L);
    }

    /** Published vectors: aws-c-s3 tests ("aaaaaaaaaa", ""), crc64fast-nvme docs ("hello world!"). */
    @ParameterizedTest
    @CsvSource({"aaaaaaaaaa, 0c1a80036d65c555", "'', 0000000000000000", "hello world!, d9160d1fa8e418e3"})
    void matchesPublishedVectors(String text, String expectedHex) {
        assertThat(crc(ascii(text))).isEqualTo(Long.parseUnsignedLong(expectedHex, 16));
    }

    /** NVM Express NVM Command Set Specification, "64b CRC Test Cases": 4 KiB buffers. */
    @ParameterizedTest
    @CsvSource({"ZEROS, 6482d367eb22b64e", "ONES, c0ddba7302eca3ac", "INCREMENTING, 3e729f5f6750449c",
        "DECREMENTING, 9a2df64b8e9e517e"})
    void matchesNvmeSpecificationTestCases(String pattern, String expectedHex) {
        IntUnaryOperator fill = switch (pattern) {
            case "ZEROS" -> i -> 0;
            case "ONES" -> i -> 0xff;
            case "INCREMENTING" -> i -> i & 0xff;
            default -> i -> 0xff - (i & 0xff);
        };
        byte[] buffer = new byte[4096];
        for (int i = 0; i < buffer.length; i++) {
            buffer[i] = (byte) fill.applyAsInt(i);
        }
        long expected = Long.parseUnsignedLong(expectedHex, 16);
        assertThat(crc(buffer)).isEqualTo(expected);
        assertThat(crc64NvmeBitwise(buffer)).isEqualTo(expected);
    }

    @Test
    void matchesTheBitwiseReferenceForEveryShortLength() {
        Random random = new Random(1);
        byte[] data = Oracles.random(random, 300);
        for (int length = 0; length <= 300; length++) {
            int offset = random.nextInt(data.length - length + 1);
            Crc64Nvme crc = new Crc64Nvme();
            crc.update(data, offset, length);
            assertThat(crc.getValue()).as("length %d at offset %d", length, offset)
                    .isEqualTo(crc64NvmeBitwise(data, offset, length));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1 << 20, (1 << 20) + 13, 3 * (1 << 20) - 5})
    void matchesTheBitwiseReferenceOnLargeRandomData(int length) {
        byte[] data = Oracles.random(new Random(length), length);
        assertThat(crc(data)).isEqualTo(crc64NvmeBitwise(data));
    }

    @Test
    void singleByteUpdatesMatchArrayUpdates() {
        byte[] data = Oracles.random(new Random(5), 1021);
        Crc64Nvme crc = new Crc64Nvme();
        for (byte b : data) {
            crc.update(b);
        }
        assertThat(crc.getValue()).isEqualTo(crc64NvmeBitwise(data));
    }

    @Test
    void updateOfAnIntUsesOnlyItsLowByte() {
        Crc64Nvme crc = new Crc64Nvme();
        crc.update(0x1234_5661);
        crc.update(-0x9e);
        assertThat(crc.getValue()).isEqualTo(crc64NvmeBitwise(new byte[] {0x61, 0x62}));
    }

    @Test
    void directBuffersMatchTheReferenceAndKeepTheirByteOrder() {
        byte[] data = Oracles.random(new Random(9), 70_001);
        for (ByteOrder order : new ByteOrder[] {ByteOrder.BIG_ENDIAN, ByteOrder.LITTLE_ENDIAN}) {
            ByteBuffer direct = ByteBuffer.allocateDirect(data.length + 3).order(order);
            direct.position(3);
            direct.put(data);
            direct.position(3);
            Crc64Nvme crc = new Crc64Nvme();
            crc.update(direct);
            assertThat(crc.getValue()).as("%s", order).isEqualTo(crc64NvmeBitwise(data));
            assertThat(direct.order()).isEqualTo(order);
            assertThat(direct.hasRemaining()).isFalse();
        }
    }

    @Test
    void getValueDoesNotDisturbTheState() {
        byte[] data = ascii("123456789");
        Crc64Nvme crc = new Crc64Nvme();
        crc.update(data, 0, 4);
        long partial = crc.getValue();
        assertThat(crc.getValue()).isEqualTo(partial).isEqualTo(crc64NvmeBitwise(data, 0, 4));
        crc.update(data, 4, 5);
        assertThat(crc.getValue()).isEqualTo(0xae8b14860a799888L);
    }

    @Test
    void resetStartsOver() {
        Crc64Nvme crc = new Crc64Nvme();
        assertThat(crc.getValue()).isZero();
        crc.update(ascii("garbage"), 0, 7);
        crc.reset();
        assertThat(crc.getValue()).isZero();
        crc.update(ascii("123456789"));
        assertThat(crc.getValue()).isEqualTo(0xae8b14860a799888L);
    }

    @Test
    void instancesAreIndependent() {
        Crc64Nvme first = new Crc64Nvme();
        Crc64Nvme second = new Crc64Nvme();
        first.update(ascii("1234"));
        second.update(ascii("abc"));
        first.update(ascii("56789"));
        assertThat(first.getValue()).isEqualTo(0xae8b14860a799888L);
        assertThat(second.getValue()).isEqualTo(crc64NvmeBitwise(ascii("abc")));
    }

    @Test
    void rejectsBadRanges() {
        Crc64Nvme crc = new Crc64Nvme();
        byte[] bytes = new byte[8];
        assertThatThrownBy(() -> crc.update(bytes, 4, 5)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> crc.update(bytes, -1, 1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> crc.update(null, 0, 0)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> crc.update((ByteBuffer) null)).isInstanceOf(NullPointerException.class);
        assertThat(crc.getValue()).isZero();
    }

    @Test
    void detectsEverySingleBitFlip() {
        byte[] data = Oracles.random(new Random(11), 64);
        long original = crc(data);
        for (int bit = 0; bit < data.length * 8; bit++) {
            byte[] flipped = Arrays.copyOf(data, data.length);
            flipped[bit / 8] ^= (byte) (1 << (bit % 8));
            assertThat(crc(flipped)).as("bit %d", bit).isNotEqualTo(original);
        }
    }

    private static long crc(byte[] data) {
        Crc64Nvme crc = new Crc64Nvme();
        crc.update(data, 0, data.length);
        return crc.getValue();
    }
}
