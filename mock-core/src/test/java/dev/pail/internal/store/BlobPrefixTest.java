package dev.pail.internal.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The journal's view of a stored body: shared with the stored chunk, never a copy, when it can be. */
class BlobPrefixTest {

    static byte[] bytes(ByteBuffer buffer) {
        byte[] out = new byte[buffer.remaining()];
        buffer.duplicate().get(out);
        return out;
    }

    @Test
    void aPrefixWithinTheFirstChunkIsAViewOfItNotACopy() {
        byte[] stored = {1, 2, 3, 4, 5};
        ByteBuffer prefix = Blob.wrap(stored).prefix(3);
        assertThat(prefix.isReadOnly()).isTrue();
        assertThat(bytes(prefix)).containsExactly(1, 2, 3);
        stored[0] = 9; // forbidden for real blobs: here it proves the view shares the array
        assertThat(bytes(prefix)).containsExactly(9, 2, 3);
    }

    @Test
    void aPrefixAcrossChunksIsCopiedAndLimitedToTheBlob() {
        Blob blob = Blob.concat(List.of(Blob.wrap(new byte[] {1, 2}), Blob.wrap(new byte[] {3, 4})));
        assertThat(bytes(blob.prefix(3))).containsExactly(1, 2, 3);
        assertThat(bytes(blob.prefix(100))).containsExactly(1, 2, 3, 4);
        assertThat(Blob.EMPTY.prefix(10).remaining()).isZero();
    }
}
