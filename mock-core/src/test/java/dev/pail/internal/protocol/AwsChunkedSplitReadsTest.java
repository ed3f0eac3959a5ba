package dev.pail.internal.protocol;

import static dev.pail.internal.protocol.AwsChunkedTestDecoder.decode;
import static dev.pail.internal.protocol.AwsChunkedTestEncoder.encode;
import static dev.pail.internal.protocol.AwsChunkedTestEncoder.randomPayload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pail.internal.protocol.AwsChunkedTestDecoder.Decoded;
import dev.pail.internal.protocol.AwsChunkedTestEncoder.Encoded;
import dev.pail.internal.protocol.AwsChunkedTestEncoder.Mode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Frames split across the underlying stream's reads, and reads of every size by the caller. */
@Timeout(60)
class AwsChunkedSplitReadsTest {

    private static final int KIB = 1024;
    private static final int MIB = 1024 * KIB;

    static Stream<Arguments> splitReads() {
        List<Arguments> cases = new ArrayList<>();
        for (long seed : new long[] {0, 1, 2}) {
            for (int callerBuffer : new int[] {1, 3, 17, 1021, 8192, 70_001}) {
                cases.add(Arguments.of(seed, callerBuffer));
            }
        }
        return cases.stream();
    }

    /** Seed 0: the underlying stream returns one byte per read; else fragments of random sizes. */
    @ParameterizedTest(name = "fragments seed {0}, caller buffer {1}")
    @MethodSource("splitReads")
    void decodesFramesSplitAcrossReads(long seed, int callerBuffer) throws IOException {
        byte[] payload = randomPayload(150 * KIB + 11, 42);
        for (Mode mode : Mode.values()) {
            Encoded encoded = encode(mode, payload, 8191, Map.of(
                "x-amz-checksum-crc32", AwsChunkedTestEncoder.crc32Base64(payload), "X-Amz-Meta-Extra", "value"));
            InputStream source = seed == 0
                ? FragmentingInputStream.oneByteAtATime(encoded.body())
                : FragmentingInputStream.randomFragments(encoded.body(), seed, 700);

            Decoded decoded = decode(source, callerBuffer);

            assertThat(decoded.payload()).as(mode.name()).isEqualTo(payload);
            assertThat(decoded.chunks()).as(mode.name()).isEqualTo(encoded.chunks());
            assertThat(decoded.stream().trailers()).as(mode.name()).isEqualTo(encoded.trailers());
        }
    }

    @Test
    void readsSingleBytesThroughRead() throws IOException {
        byte[] payload = randomPayload(5000, 7);
        Encoded encoded = encode(Mode.SIGNED_TRAILER, payload, 999);
        AwsChunkedInputStream in = new AwsChunkedInputStream(FragmentingInputStream.oneByteAtATime(encoded.body()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int b = in.read(); b != -1; b = in.read()) {
            out.write(b);
        }
        assertThat(out.toByteArray()).isEqualTo(payload);
        assertThat(in.read()).isEqualTo(-1);
        assertThat(in.trailers()).isEqualTo(encoded.trailers());
    }

    @Test
    void readsTheUnderlyingStreamInBulkAndLargeChunksStraightIntoTheCallersArray() throws IOException {
        byte[] payload = randomPayload(4 * MIB, 3);
        FragmentingInputStream source = FragmentingInputStream.whole(encode(Mode.SIGNED_TRAILER, payload, MIB).body());

        Decoded decoded = decode(source, 256 * KIB);

        assertThat(decoded.payload()).isEqualTo(payload);
        // Through the 8 KiB buffer, 4 MiB would take at least 512 reads; straight into the caller's
        // 256 KiB array it takes 16 for the data plus a few per chunk for the framing.
        assertThat(source.bulkReads()).isLessThan(64);
    }
}
