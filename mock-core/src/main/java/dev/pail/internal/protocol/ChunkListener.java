package dev.pail.internal.protocol;

import java.util.Map;
import java.util.Optional;

/**
 * Receives the metadata of each {@code aws-chunked} chunk as its header is decoded, before the
 * chunk's data is read; meant for checking SigV4 chunk signatures.
 */
@FunctionalInterface
public interface ChunkListener {

    /** A listener that ignores every chunk. */
    ChunkListener NONE = (size, signature) -> { };

    /**
     * Called once per chunk header, in order, including the terminating chunk of size 0.
     *
     * @param size      the declared number of data bytes of the chunk
     * @param signature the value of the chunk's {@code chunk-signature} extension, if it has one,
     *                  as sent: 64 hex digits for SigV4; for SigV4a (ECDSA) a DER signature in hex,
     *                  right-padded with {@code *} to 144 characters
     */
    void onChunk(long size, Optional<String> signature);

    /** Called with the data of the current chunk, as it is read. */
    default void onData(byte[] bytes, int offset, int length) {
    }

    /**
     * Called once the terminating chunk and the trailer section have been read.
     *
     * @param trailers the trailers in order, names lower-cased, values trimmed
     */
    default void onEnd(Map<String, String> trailers) {
    }
}
