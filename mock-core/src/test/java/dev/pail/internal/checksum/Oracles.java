package dev.pail.internal.checksum;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/** Independent reference computations and data helpers for the checksum tests. */
final class Oracles {

    private Oracles() {
    }

    /** CRC-64/NVME computed bit by bit straight from its definition, no tables. */
    static long crc64NvmeBitwise(byte[] data, int offset, int length) {
        long crc = ~0L;
        for (int i = offset; i < offset + length; i++) {
            crc ^= data[i] & 0xff;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 1) != 0 ? (crc >>> 1) ^ 0x9a6c9329ac4bc9b5L : crc >>> 1;
            }
        }
        return ~crc;
    }

    static long crc64NvmeBitwise(byte[] data) {
        return crc64NvmeBitwise(data, 0, data.length);
    }

    /** The unsigned CRC of {@code data}, computed without the code under test where possible. */
    static long crcValue(ChecksumAlgorithm algorithm, byte[] data) {
        switch (algorithm) {
            case CRC32: {
                CRC32 crc = new CRC32();
                crc.update(data);
                return crc.getValue();
            }
            case CRC32C: {
                CRC32C crc = new CRC32C();
                crc.update(data);
                return crc.getValue();
            }
            case CRC64NVME:
                return crc64NvmeBitwise(data);
            default:
                throw new IllegalArgumentException(algorithm.name());
        }
    }

    /** The expected digest of {@code data} (CRCs big-endian), computed independently of the hashers. */
    static byte[] digest(String name, byte[] data) {
        switch (name) {
            case "CRC32":
            case "CRC32C":
                return ByteBuffer.allocate(4).putInt((int) crcValue(ChecksumAlgorithm.valueOf(name), data)).array();
            case "CRC64NVME":
                return ByteBuffer.allocate(8).putLong(crc64NvmeBitwise(data)).array();
            case "SHA1":
                return jdkDigest("SHA-1", data);
            case "SHA256":
                return jdkDigest("SHA-256", data);
            case "MD5":
                return jdkDigest("MD5", data);
            default:
                throw new IllegalArgumentException(name);
        }
    }

    static byte[] jdkDigest(String jdkName, byte[] data) {
        try {
            return MessageDigest.getInstance(jdkName).digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] hex(String hex) {
        return HexFormat.of().parseHex(hex);
    }

    static byte[] random(Random random, int length) {
        byte[] data = new byte[length];
        random.nextBytes(data);
        return data;
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] result = new byte[a.length + b.length];
        System.arraycopy(a, 0, result, 0, a.length);
        System.arraycopy(b, 0, result, a.length, b.length);
        return result;
    }
}
