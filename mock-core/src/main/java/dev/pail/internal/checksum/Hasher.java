package dev.pail.internal.checksum;

import java.nio.ByteBuffer;

/**
 * An incremental hash: feed bytes, then take the digest once.
 *
 * <p>Instances are not thread-safe. After {@link #digest()} the hasher is spent: further calls to
 * {@code update} or {@code digest} throw {@link IllegalStateException}.
 */
public interface Hasher {

    /**
     * Feeds {@code length} bytes of {@code bytes} starting at {@code offset}.
     *
     * @throws IndexOutOfBoundsException if the range lies outside {@code bytes}
     * @throws IllegalStateException if the digest was already taken
     */
    void update(byte[] bytes, int offset, int length);

    /**
     * Feeds all of {@code bytes}.
     *
     * @throws IllegalStateException if the digest was already taken
     */
    default void update(byte[] bytes) {
        update(bytes, 0, bytes.length);
    }

    /**
     * Feeds the buffer's remaining bytes (heap or direct) and advances its position to its limit.
     *
     * @throws IllegalStateException if the digest was already taken
     */
    void update(ByteBuffer buffer);

    /**
     * Returns the digest of all bytes fed so far; CRCs are big-endian, as S3 base64-encodes them.
     *
     * @throws IllegalStateException if the digest was already taken
     */
    byte[] digest();
}
