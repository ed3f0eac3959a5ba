package dev.pail.internal.handler;

import dev.pail.internal.checksum.ChecksumAlgorithm;
import dev.pail.internal.checksum.Digests;
import dev.pail.internal.checksum.Hasher;
import dev.pail.internal.store.Blob;
import java.nio.ByteBuffer;

/** Digests of stored bytes, read straight from their chunks (for copies, which never stream a body). */
public final class BlobDigests {

    private BlobDigests() {
    }

    /** The MD5 of the bytes. */
    public static byte[] md5(Blob content) {
        return digest(Digests.md5(), content);
    }

    /** A flexible checksum of the bytes. */
    public static byte[] checksum(ChecksumAlgorithm algorithm, Blob content) {
        return digest(algorithm.newHasher(), content);
    }

    private static byte[] digest(Hasher hasher, Blob content) {
        for (ByteBuffer buffer : content.buffers()) {
            hasher.update(buffer);
        }
        return hasher.digest();
    }
}
