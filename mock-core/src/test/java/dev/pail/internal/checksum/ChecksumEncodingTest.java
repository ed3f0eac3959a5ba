package dev.pail.internal.checksum;

import static dev.pail.internal.checksum.Oracles.hex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChecksumEncodingTest {

    @Test
    void encodesBase64WithPadding() {
        assertThat(ChecksumEncoding.base64(hex("8bd69e52"))).isEqualTo("i9aeUg==");
        assertThat(ChecksumEncoding.base64(hex("cbf43926"))).isEqualTo("y/Q5Jg==");
        assertThat(ChecksumEncoding.base64(hex("ae8b14860a799888"))).isEqualTo("rosUhgp5mIg=");
        assertThat(ChecksumEncoding.base64(hex("d41d8cd98f00b204e9800998ecf8427e")))
                .isEqualTo("1B2M2Y8AsgTpgAmY7PhCfg==");
        assertThat(ChecksumEncoding.base64(new byte[0])).isEmpty();
    }

    @Test
    void encodesLowerCaseHex() {
        assertThat(ChecksumEncoding.hex(new byte[] {(byte) 0xAB, 0x0c, 0x00, (byte) 0xFF})).isEqualTo("ab0c00ff");
        assertThat(ChecksumEncoding.hex(new byte[0])).isEmpty();
    }

    @Test
    void decodesValidValuesOfTheExpectedLength() {
        assertThat(ChecksumEncoding.decodeBase64("i9aeUg==", 4)).hasValueSatisfying(
                bytes -> assertThat(bytes).isEqualTo(hex("8bd69e52")));
        assertThat(ChecksumEncoding.decodeBase64("OOJZ0D8xKts=", 8)).hasValueSatisfying(
                bytes -> assertThat(bytes).isEqualTo(hex("38e259d03f312adb")));
        assertThat(ChecksumEncoding.decodeBase64("47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=", 32))
                .hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(
                        hex("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")));
        assertThat(ChecksumEncoding.decodeBase64("", 0)).hasValueSatisfying(bytes -> assertThat(bytes).isEmpty());
    }

    @ParameterizedTest
    @CsvSource({"i9aeUg==, 8", "i9aeUg==, 3", "i9aeUg==, 20", "OOJZ0D8xKts=, 4", "'', 4",
        "2jmj7l5rSw0yVb/vlWAYkK/YBwk=, 32"})
    void rejectsWrongLengths(String value, int expectedLength) {
        assertThat(ChecksumEncoding.decodeBase64(value, expectedLength)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"i9ae*g==", "i9aeUg", "i9aeUg=", "i9aeUg===", " i9aeUg==", "i9aeUg== ", "i9ae\nUg==",
        "i9aeUh==", "i9aeUg==i9aeUg==", "=i9aeUg=", "i9a", "ý9aeUg==", "Nks_tw=="})
    void rejectsValuesThatAreNotCanonicalBase64(String value) {
        assertThat(ChecksumEncoding.decodeBase64(value, 4)).isEmpty();
    }

    @Test
    void rejectsUrlSafeAlphabet() {
        assertThat(ChecksumEncoding.decodeBase64("rosUhgp5mIg=", 8)).isPresent();
        assertThat(ChecksumEncoding.decodeBase64("qZk-NkcGgWq6PiVxeFDCbJzQ2J0=", 20)).isEmpty();
        assertThat(ChecksumEncoding.decodeBase64("qZk+NkcGgWq6PiVxeFDCbJzQ2J0=", 20)).isPresent();
    }

    @Test
    void roundTripsRandomDigests() {
        Random random = new Random(17);
        for (int length : new int[] {4, 8, 16, 20, 32}) {
            for (int round = 0; round < 50; round++) {
                byte[] digest = Oracles.random(random, length);
                assertThat(ChecksumEncoding.decodeBase64(ChecksumEncoding.base64(digest), length))
                        .hasValueSatisfying(decoded -> assertThat(decoded).isEqualTo(digest));
            }
        }
    }

    @Test
    void rejectsBadDecodeArguments() {
        assertThatThrownBy(() -> ChecksumEncoding.decodeBase64(null, 4)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> ChecksumEncoding.decodeBase64("i9aeUg==", -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChecksumEncoding.base64(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> ChecksumEncoding.hex(null)).isInstanceOf(NullPointerException.class);
    }

    @ParameterizedTest
    @CsvSource({
        "CRC32,     cbf43926,         cbf43926",
        "CRC32,     0,                00000000",
        "CRC32,     ffffffff,         ffffffff",
        "CRC32C,    80000001,         80000001",
        "CRC32C,    1,                00000001",
        "CRC64NVME, ae8b14860a799888, ae8b14860a799888",
        "CRC64NVME, ffffffffffffffff, ffffffffffffffff",
        "CRC64NVME, 1,                0000000000000001",
    })
    void convertsCrcValuesToBigEndianBytesAndBack(ChecksumAlgorithm crc, String valueHex, String bytesHex) {
        long value = Long.parseUnsignedLong(valueHex, 16);
        assertThat(ChecksumEncoding.crcToBytes(crc, value)).isEqualTo(hex(bytesHex));
        assertThat(ChecksumEncoding.bytesToCrc(hex(bytesHex))).isEqualTo(value);
    }

    @ParameterizedTest
    @EnumSource(names = {"CRC32", "CRC32C", "CRC64NVME"})
    void bytesToCrcInvertsCrcDigests(ChecksumAlgorithm crc) {
        byte[] data = Oracles.random(new Random(crc.ordinal()), 777);
        long value = ChecksumEncoding.bytesToCrc(crc.digest(data));
        assertThat(value).isEqualTo(Oracles.crcValue(crc, data));
        assertThat(ChecksumEncoding.crcToBytes(crc, value)).isEqualTo(crc.digest(data));
    }

    @Test
    void readsCrc32ValuesAsUnsigned() {
        assertThat(ChecksumEncoding.bytesToCrc(hex("ffffffff"))).isEqualTo(0xffff_ffffL);
        assertThat(ChecksumEncoding.bytesToCrc(hex("80000000"))).isEqualTo(0x8000_0000L);
    }

    @Test
    void rejectsBadCrcConversions() {
        assertThatThrownBy(() -> ChecksumEncoding.crcToBytes(ChecksumAlgorithm.SHA1, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChecksumEncoding.crcToBytes(ChecksumAlgorithm.CRC32, 1L << 32))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChecksumEncoding.crcToBytes(ChecksumAlgorithm.CRC32C, -1L))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChecksumEncoding.crcToBytes(null, 1)).isInstanceOf(NullPointerException.class);
        for (int length : new int[] {0, 1, 3, 5, 7, 9, 16, 20, 32}) {
            assertThatThrownBy(() -> ChecksumEncoding.bytesToCrc(new byte[length]))
                    .as("length %d", length).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> ChecksumEncoding.bytesToCrc(null)).isInstanceOf(NullPointerException.class);
    }
}
