package dev.pail.internal.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pail.internal.protocol.AwsChunkedTestEncoder.Chunk;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** Drains an {@link AwsChunkedInputStream} for tests, recording what its listener saw. */
final class AwsChunkedTestDecoder {

    private AwsChunkedTestDecoder() {
    }

    /** What decoding a body yielded. */
    record Decoded(byte[] payload, List<Chunk> chunks, AwsChunkedInputStream stream) {
    }

    /** Decodes with {@code read(byte[], int, int)} calls of at most {@code callerBuffer} bytes. */
    static Decoded decode(InputStream source, int callerBuffer) throws IOException {
        List<Chunk> chunks = new ArrayList<>();
        AwsChunkedInputStream in = new AwsChunkedInputStream(source, (size, sig) -> chunks.add(new Chunk(size, sig)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[callerBuffer + 2];
        for (int n = in.read(buffer, 1, callerBuffer); n != -1; n = in.read(buffer, 1, callerBuffer)) {
            assertThat(n).isPositive();
            out.write(buffer, 1, n);
            assertThat(in.decodedLength()).isEqualTo(out.size());
        }
        return new Decoded(out.toByteArray(), chunks, in);
    }
}
