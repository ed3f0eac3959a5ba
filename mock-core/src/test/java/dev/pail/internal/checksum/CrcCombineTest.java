package dev.pail.internal.checksum;

import static dev.pail.internal.checksum.Oracles.concat;
import static dev.pail.internal.checksum.Oracles.crcValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CrcCombineTest {

    private static final int[] LENGTHS = {0, 1, 2, 7, 8, 9, 16, 17, 1000, (1 << 20) + 5};

    @ParameterizedTest
    @EnumSource(names = {"CRC32", "CRC32C", "CRC64NVME"})
    void combinesAdjacentRangesOfEveryLengthPair(ChecksumAlgorithm crc) {
        Random random = new Random(crc.ordinal());
        for (int lengthA : LENGTHS) {
            for (int lengthB : LENGTHS) {
                byte[] a = Oracles.random(random, lengthA);
                byte[] b = Oracles.random(random, lengthB);
                long combined = CrcCombine.combine(crc, crcValue(crc, a), crcValue(crc, b), lengthB);
                assertThat(combined).as("%s, |A| = %d, |B| = %d", crc, lengthA, lengthB)
                        .isEqualTo(crcValue(crc, concat(a, b)));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(names = {"CRC32", "CRC32C", "CRC64NVME"})
    void foldsManyPartsIntoTheWholeObjectCrc(ChecksumAlgorithm crc) {
        Random random = new Random(100 + crc.ordinal());
        byte[] whole = Oracles.random(random, 3_000_000);
        long folded = 0;
        for (int offset = 0; offset < whole.length; ) {
            int length = Math.min(whole.length - offset, random.nextInt(400_000));
            byte[] part = Arrays.copyOfRange(whole, offset, offset + length);
            folded = CrcCombine.combine(crc, folded, crcValue(crc, part), length);
            offset += length;
        }
        assertThat(folded).isEqualTo(crcValue(crc, whole));
    }

    @ParameterizedTest
    @EnumSource(names = {"CRC32", "CRC32C", "CRC64NVME"})
    void isAssociativeForLengthsBeyondFourGibibytes(ChecksumAlgorithm crc) {
        Random random = new Random(200 + crc.ordinal());
        long mask = crc == ChecksumAlgorithm.CRC64NVME ? -1L : 0xffff_ffffL;
        for (int round = 0; round < 50; round++) {
            long a = random.nextLong() & mask;
            long b = random.nextLong() & mask;
            long c = random.nextLong() & mask;
            long lengthB = random.nextLong() >>> (2 + random.nextInt(40));
            long lengthC = random.nextLong() >>> (2 + random.nextInt(40));
            long left = CrcCombine.combine(crc, CrcCombine.combine(crc, a, b, lengthB), c, lengthC);
            long right = CrcCombine.combine(crc, a, CrcCombine.combine(crc, b, c, lengthC), lengthB + lengthC);
            assertThat(left).as("|B| = %d, |C| = %d", lengthB, lengthC).isEqualTo(right);
        }
    }

    @ParameterizedTest
    @EnumSource(names = {"CRC32", "CRC32C", "CRC64NVME"})
    void appendingNothingKeepsTheCrc(ChecksumAlgorithm crc) {
        long value = crcValue(crc, Oracles.ascii("123456789"));
        assertThat(CrcCombine.combine(crc, value, 0, 0)).isEqualTo(value);
    }

    @ParameterizedTest
    @EnumSource(names = {"CRC32", "CRC32C", "CRC64NVME"})
    void prependingNothingKeepsTheCrc(ChecksumAlgorithm crc) {
        byte[] data = Oracles.random(new Random(1), 12_345);
        long value = crcValue(crc, data);
        assertThat(CrcCombine.combine(crc, 0, value, data.length)).isEqualTo(value);
    }

    @ParameterizedTest
    @EnumSource(names = {"SHA1", "SHA256"})
    void rejectsNonCrcAlgorithms(ChecksumAlgorithm algorithm) {
        assertThatThrownBy(() -> CrcCombine.combine(algorithm, 1, 2, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsNegativeLengthsAndOversizedCrc32Values() {
        assertThatThrownBy(() -> CrcCombine.combine(ChecksumAlgorithm.CRC32, 1, 2, -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CrcCombine.combine(ChecksumAlgorithm.CRC32, 1L << 32, 2, 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CrcCombine.combine(ChecksumAlgorithm.CRC32C, 1, -1L, 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CrcCombine.combine(null, 1, 2, 3)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void acceptsFullSixtyFourBitValuesForCrc64Nvme() {
        byte[] a = Oracles.ascii("1234");
        byte[] b = Oracles.ascii("56789");
        long crcA = Oracles.crc64NvmeBitwise(a);
        long crcB = Oracles.crc64NvmeBitwise(b);
        assertThat(CrcCombine.combine(ChecksumAlgorithm.CRC64NVME, crcA, crcB, b.length))
                .isEqualTo(0xae8b14860a799888L);
    }
}
