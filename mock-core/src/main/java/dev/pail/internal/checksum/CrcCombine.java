package dev.pail.internal.checksum;

import java.util.Objects;

/**
 * Combines CRCs of adjacent byte ranges: crc(A||B) from crc(A), crc(B) and len(B), as zlib's
 * {@code crc32_combine}, for each CRC of {@link ChecksumAlgorithm}. Used for S3's FULL_OBJECT
 * multipart checksums.
 *
 * <p>Works in GF(2)[x] modulo the CRC polynomial with bit-reflected operands: crc(A||B) =
 * crc(A)·x^(8·len(B)) + crc(B), valid because each of these CRCs has init equal to xorout.
 */
public final class CrcCombine {

    private static final Field CRC32 = new Field(32, 0xedb88320L);
    private static final Field CRC32C = new Field(32, 0x82f63b78L);
    private static final Field CRC64NVME = new Field(64, Crc64Nvme.REFLECTED_POLYNOMIAL);

    private CrcCombine() {
    }

    /**
     * Returns crc(A||B) given crc(A), crc(B) and len(B) in bytes. Values are the unsigned CRC
     * values (CRC32/CRC32C in the low 32 bits).
     *
     * @throws IllegalArgumentException if {@code crc} is not a CRC, {@code lengthB} is negative, or
     *     a CRC-32 value does not fit in 32 bits
     */
    public static long combine(ChecksumAlgorithm crc, long crcA, long crcB, long lengthB) {
        Field field = field(crc);
        field.checkValue(crcA, "crcA");
        field.checkValue(crcB, "crcB");
        if (lengthB < 0) {
            throw new IllegalArgumentException("lengthB must not be negative: " + lengthB);
        }
        return field.multiply(field.xPowEightTimes(lengthB), crcA) ^ crcB;
    }

    private static Field field(ChecksumAlgorithm crc) {
        switch (Objects.requireNonNull(crc, "crc")) {
            case CRC32:
                return CRC32;
            case CRC32C:
                return CRC32C;
            case CRC64NVME:
                return CRC64NVME;
            default:
                throw new IllegalArgumentException("not a CRC: " + crc);
        }
    }

    /** Polynomials modulo one CRC polynomial, bit-reflected: the top bit is x^0. */
    private static final class Field {

        private final int width;
        private final long reflectedPolynomial;
        private final long one;
        /** {@code powers[k]} = x^(2^k) mod p, for every k a 63-bit length can reach. */
        private final long[] powers = new long[Long.SIZE + 3];

        Field(int width, long reflectedPolynomial) {
            this.width = width;
            this.reflectedPolynomial = reflectedPolynomial;
            this.one = 1L << (width - 1);
            powers[0] = one >>> 1;
            for (int k = 1; k < powers.length; k++) {
                powers[k] = multiply(powers[k - 1], powers[k - 1]);
            }
        }

        void checkValue(long value, String name) {
            if (width < Long.SIZE && value >>> width != 0) {
                throw new IllegalArgumentException(name + " exceeds " + width + " bits: " + Long.toHexString(value));
            }
        }

        /** Returns a·b mod p, as zlib's {@code multmodp}. */
        long multiply(long a, long b) {
            long product = 0;
            for (long bit = one; bit != 0 && a != 0; bit >>>= 1) {
                if ((a & bit) != 0) {
                    product ^= b;
                    a ^= bit;
                }
                b = (b & 1) != 0 ? (b >>> 1) ^ reflectedPolynomial : b >>> 1;
            }
            return product;
        }

        /** Returns x^(8·n) mod p, as zlib's {@code x2nmodp(n, 3)}. */
        long xPowEightTimes(long n) {
            long result = one;
            for (int k = 3; n != 0; n >>>= 1, k++) {
                if ((n & 1) != 0) {
                    result = multiply(powers[k], result);
                }
            }
            return result;
        }
    }
}
