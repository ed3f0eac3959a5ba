package dev.pail.internal.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The journal's copy of a stored body: never a view, so it never keeps stored chunks alive. */
class BlobPrefixTest {

    @Test
    void aPrefixIsACopyThatSharesNothingWithTheStoredChunk() {
        byte[] stored = {1, 2, 3, 4, 5};
        byte[] prefix = Blob.wrap(stored).copyPrefix(3);
        assertThat(prefix).containsExactly(1, 2, 3);
        stored[0] = 9; // forbidden for real blobs: here it proves the prefix is not a view
        assertThat(prefix).containsExactly(1, 2, 3);
    }

    @Test
    void aPrefixAcrossChunksIsLimitedToTheBlob() {
        Blob blob = Blob.concat(List.of(Blob.wrap(new byte[] {1, 2}), Blob.wrap(new byte[] {3, 4})));
        assertThat(blob.copyPrefix(3)).containsExactly(1, 2, 3);
        assertThat(blob.copyPrefix(100)).containsExactly(1, 2, 3, 4);
        assertThat(blob.slice(1, 2).copyPrefix(10)).containsExactly(2, 3);
        assertThat(Blob.EMPTY.copyPrefix(10)).isEmpty();
        assertThat(blob.copyPrefix(-1)).isEmpty();
    }
}
