package dev.pail.internal.checksum;

import static dev.pail.internal.checksum.Oracles.ascii;
import static dev.pail.internal.checksum.Oracles.hex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChecksumAlgorithmTest {

    @ParameterizedTest
    @CsvSource({
        "CRC32,     CRC32,     x-amz-checksum-crc32,     true,  4",
        "CRC32C,    CRC32C,    x-amz-checksum-crc32c,    true,  4",
        "CRC64NVME, CRC64NVME, x-amz-checksum-crc64nvme, true,  8",
        "SHA1,      SHA1,      x-amz-checksum-sha1,      false, 20",
        "SHA256,    SHA256,    x-amz-checksum-sha256,    false, 32",
    })
    void describesEachAlgorithm(ChecksumAlgorithm algorithm, String wire, String header, boolean crc, int length) {
        assertThat(algorithm.wireName()).isEqualTo(wire);
        assertThat(algorithm.headerName()).isEqualTo(header);
        assertThat(algorithm.isCrc()).isEqualTo(crc);
        assertThat(algorithm.digestLength()).isEqualTo(length);
    }

    @Test
    void hasExactlyTheFiveFlexibleChecksums() {
        assertThat(ChecksumAlgorithm.values()).extracting(ChecksumAlgorithm::wireName)
                .containsExactly("CRC32", "CRC32C", "CRC64NVME", "SHA1", "SHA256");
    }

    /** The catalogue check values of "123456789" (reveng.sourceforge.io; NVMe NVM Command Set spec). */
    @ParameterizedTest
    @CsvSource({"CRC32, cbf43926", "CRC32C, e3069283", "CRC64NVME, ae8b14860a799888"})
    void matchesCrcCheckValues(ChecksumAlgorithm algorithm, String checkValue) {
        assertThat(algorithm.digest(ascii("123456789"))).isEqualTo(hex(checkValue));
    }

    /** NIST FIPS 180 example vectors ("abc", the empty string, the 448-bit message). */
    @ParameterizedTest
    @CsvSource({
        "SHA1,   '',    da39a3ee5e6b4b0d3255bfef95601890afd80709",
        "SHA1,   abc,   a9993e364706816aba3e25717850c26c9cd0d89d",
        "SHA1,   abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq, 84983e441c3bd26ebaae4aa1f95129e5e54670f1",
        "SHA256, '',    e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        "SHA256, abc,   ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        "SHA256, abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq, "
                + "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
    })
    void matchesNistShaVectors(ChecksumAlgorithm algorithm, String message, String expectedHex) {
        assertThat(algorithm.digest(ascii(message))).isEqualTo(hex(expectedHex));
    }

    /** The header values of the AWS SDK for JavaScript v3 flexible-checksums integration tests. */
    @ParameterizedTest
    @CsvSource({
        "CRC32,     '',          AAAAAA==",
        "CRC32,     abc,         NSRBwg==",
        "CRC32,     Hello world, i9aeUg==",
        "CRC32C,    '',          AAAAAA==",
        "CRC32C,    abc,         Nks/tw==",
        "CRC32C,    Hello world, crUfeA==",
        "CRC64NVME, '',          AAAAAAAAAAA=",
        "CRC64NVME, abc,         BeXKuz/B+us=",
        "CRC64NVME, Hello world, OOJZ0D8xKts=",
        "SHA1,      '',          2jmj7l5rSw0yVb/vlWAYkK/YBwk=",
        "SHA1,      abc,         qZk+NkcGgWq6PiVxeFDCbJzQ2J0=",
        "SHA1,      Hello world, e1AsOh9IyGCa4hLN+2Od7jlnP14=",
        "SHA256,    '',          47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=",
        "SHA256,    abc,         ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=",
        "SHA256,    Hello world, ZOyIygCyaOW6GjVnihtTFtIS9PNmskdyMlNKiuyjfzw=",
    })
    void producesTheHeaderValuesAwsSdksSend(ChecksumAlgorithm algorithm, String body, String header) {
        assertThat(ChecksumEncoding.base64(algorithm.digest(ascii(body)))).isEqualTo(header);
    }

    @ParameterizedTest
    @EnumSource(ChecksumAlgorithm.class)
    void digestsHaveTheDeclaredLength(ChecksumAlgorithm algorithm) {
        assertThat(algorithm.digest(new byte[0])).hasSize(algorithm.digestLength());
        assertThat(algorithm.digest(new byte[1000])).hasSize(algorithm.digestLength());
    }

    @ParameterizedTest
    @EnumSource(ChecksumAlgorithm.class)
    void newHasherReturnsIndependentHashers(ChecksumAlgorithm algorithm) {
        Hasher first = algorithm.newHasher();
        Hasher second = algorithm.newHasher();
        first.update(ascii("Hello"));
        second.update(ascii("abc"));
        first.update(ascii(" world"));
        assertThat(first.digest()).isEqualTo(algorithm.digest(ascii("Hello world")));
        assertThat(second.digest()).isEqualTo(algorithm.digest(ascii("abc")));
    }

    @ParameterizedTest
    @EnumSource(ChecksumAlgorithm.class)
    void digestLeavesItsInputAlone(ChecksumAlgorithm algorithm) {
        byte[] data = ascii("Hello world");
        algorithm.digest(data);
        assertThat(data).isEqualTo(ascii("Hello world"));
    }

    @ParameterizedTest
    @EnumSource(ChecksumAlgorithm.class)
    void findsEachAlgorithmByWireNameIgnoringCaseAndWhitespace(ChecksumAlgorithm algorithm) {
        String name = algorithm.wireName();
        assertThat(ChecksumAlgorithm.fromWireName(name)).contains(algorithm);
        assertThat(ChecksumAlgorithm.fromWireName(name.toLowerCase(Locale.ROOT))).contains(algorithm);
        assertThat(ChecksumAlgorithm.fromWireName(" \t" + mixCase(name) + " ")).contains(algorithm);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "MD5", "CRC", "CRC64", "CRC-32", "CRC32 C", "SHA-1", "SHA-256", "SHA512",
        "x-amz-checksum-crc32", "CRC32CC"})
    void rejectsUnknownWireNames(String name) {
        assertThat(ChecksumAlgorithm.fromWireName(name)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(ChecksumAlgorithm.class)
    void findsEachAlgorithmByHeaderNameIgnoringCase(ChecksumAlgorithm algorithm) {
        String header = algorithm.headerName();
        assertThat(ChecksumAlgorithm.fromHeaderName(header)).contains(algorithm);
        assertThat(ChecksumAlgorithm.fromHeaderName(header.toUpperCase(Locale.ROOT))).contains(algorithm);
        assertThat(ChecksumAlgorithm.fromHeaderName(mixCase(header))).contains(algorithm);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "x-amz-checksum-", "x-amz-checksum-md5", "x-amz-checksum-algorithm",
        "x-amz-checksum-type", "x-amz-checksum-mode", "x-amz-sdk-checksum-algorithm", "content-md5", "CRC32",
        "x-amz-checksum-crc64", "x-amz-checksum-crc32cc"})
    void rejectsUnknownHeaderNames(String header) {
        assertThat(ChecksumAlgorithm.fromHeaderName(header)).isEmpty();
    }

    @Test
    void rejectsNullArguments() {
        assertThatThrownBy(() -> ChecksumAlgorithm.fromWireName(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> ChecksumAlgorithm.fromHeaderName(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> ChecksumAlgorithm.CRC32.digest(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void headerNamesAreDistinct() {
        assertThat(Arrays.stream(ChecksumAlgorithm.values()).map(ChecksumAlgorithm::headerName).distinct())
                .hasSize(ChecksumAlgorithm.values().length);
    }

    private static String mixCase(String text) {
        StringBuilder mixed = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            mixed.append(i % 2 == 0 ? Character.toUpperCase(c) : Character.toLowerCase(c));
        }
        return mixed.toString();
    }
}
