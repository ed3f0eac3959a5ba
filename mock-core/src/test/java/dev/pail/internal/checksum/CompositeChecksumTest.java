package dev.pail.internal.checksum;

import static dev.pail.internal.checksum.Oracles.ascii;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CompositeChecksumTest {

    @Test
    void crc32IsTheCrcOfTheBigEndianPartCrcs() {
        long[] partCrcs = new long[3];
        String[] parts = {"Hello", ", ", "world"};
        for (int i = 0; i < parts.length; i++) {
            CRC32 crc = new CRC32();
            crc.update(ascii(parts[i]));
            partCrcs[i] = crc.getValue();
        }
        ByteBuffer concatenated = ByteBuffer.allocate(12);
        for (long partCrc : partCrcs) {
            concatenated.putInt((int) partCrc);
        }
        CRC32 byHand = new CRC32();
        byHand.update(concatenated.array());

        List<byte[]> partDigests = List.of(
                ChecksumAlgorithm.CRC32.digest(ascii("Hello")),
                ChecksumAlgorithm.CRC32.digest(ascii(", ")),
                ChecksumAlgorithm.CRC32.digest(ascii("world")));
        assertThat(ChecksumEncoding.bytesToCrc(CompositeChecksum.of(ChecksumAlgorithm.CRC32, partDigests)))
                .isEqualTo(byHand.getValue());
    }

    @Test
    void sha256IsTheShaOfTheConcatenatedPartShas() {
        Random random = new Random(4);
        List<byte[]> partDigests = new ArrayList<>();
        ByteArrayOutputStream concatenated = new ByteArrayOutputStream();
        for (int i = 0; i < 4; i++) {
            byte[] digest = Oracles.jdkDigest("SHA-256", Oracles.random(random, 5000 + i));
            partDigests.add(digest);
            concatenated.writeBytes(digest);
        }
        assertThat(CompositeChecksum.of(ChecksumAlgorithm.SHA256, partDigests))
                .isEqualTo(Oracles.jdkDigest("SHA-256", concatenated.toByteArray()));
    }

    @ParameterizedTest
    @EnumSource(ChecksumAlgorithm.class)
    void isTheDigestOfTheConcatenatedPartDigests(ChecksumAlgorithm algorithm) {
        byte[] first = algorithm.digest(ascii("part one"));
        byte[] second = algorithm.digest(ascii("part two"));
        assertThat(CompositeChecksum.of(algorithm, List.of(first, second)))
                .isEqualTo(Oracles.digest(algorithm.name(), Oracles.concat(first, second)))
                .hasSize(algorithm.digestLength());
    }

    @ParameterizedTest
    @EnumSource(ChecksumAlgorithm.class)
    void dependsOnPartOrder(ChecksumAlgorithm algorithm) {
        byte[] first = algorithm.digest(ascii("part one"));
        byte[] second = algorithm.digest(ascii("part two"));
        assertThat(CompositeChecksum.of(algorithm, List.of(first, second)))
                .isNotEqualTo(CompositeChecksum.of(algorithm, List.of(second, first)));
    }

    @ParameterizedTest
    @EnumSource(ChecksumAlgorithm.class)
    void ofOnePartIsTheDigestOfItsDigestNotTheDigestItself(ChecksumAlgorithm algorithm) {
        byte[] part = algorithm.digest(ascii("only part"));
        assertThat(CompositeChecksum.of(algorithm, List.of(part)))
                .isEqualTo(algorithm.digest(part))
                .isNotEqualTo(part);
    }

    @ParameterizedTest
    @EnumSource(ChecksumAlgorithm.class)
    void ofNoPartsIsTheDigestOfNoBytes(ChecksumAlgorithm algorithm) {
        assertThat(CompositeChecksum.of(algorithm, List.of())).isEqualTo(algorithm.digest(new byte[0]));
    }

    @Test
    void rejectsPartDigestsOfTheWrongLength() {
        byte[] crc32 = ChecksumAlgorithm.CRC32.digest(ascii("a"));
        byte[] sha1 = ChecksumAlgorithm.SHA1.digest(ascii("a"));
        assertThatThrownBy(() -> CompositeChecksum.of(ChecksumAlgorithm.SHA256, List.of(sha1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CompositeChecksum.of(ChecksumAlgorithm.CRC64NVME, List.of(crc32)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CompositeChecksum.of(ChecksumAlgorithm.CRC32, List.of(crc32, sha1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsNulls() {
        byte[] crc32 = ChecksumAlgorithm.CRC32.digest(ascii("a"));
        assertThatThrownBy(() -> CompositeChecksum.of(null, List.of(crc32))).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> CompositeChecksum.of(ChecksumAlgorithm.CRC32, null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> CompositeChecksum.of(ChecksumAlgorithm.CRC32, Arrays.asList(crc32, null)))
                .isInstanceOf(NullPointerException.class);
    }
}
