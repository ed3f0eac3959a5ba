package dev.pail.internal.checksum;

import java.nio.ByteBuffer;
import java.util.Objects;
import java.util.zip.Checksum;

/** A {@link Hasher} over a {@link Checksum}, whose value it emits as 4 or 8 big-endian bytes. */
final class ChecksumHasher implements Hasher {

    private final ChecksumAlgorithm algorithm;
    private final Checksum checksum;
    private boolean done;

    ChecksumHasher(ChecksumAlgorithm algorithm, Checksum checksum) {
        this.algorithm = algorithm;
        this.checksum = checksum;
    }

    @Override
    public void update(byte[] bytes, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, Objects.requireNonNull(bytes, "bytes").length);
        checkOpen();
        checksum.update(bytes, offset, length);
    }

    @Override
    public void update(ByteBuffer buffer) {
        Objects.requireNonNull(buffer, "buffer");
        checkOpen();
        checksum.update(buffer);
    }

    @Override
    public byte[] digest() {
        checkOpen();
        done = true;
        return ChecksumEncoding.crcToBytes(algorithm, checksum.getValue());
    }

    private void checkOpen() {
        if (done) {
            throw new IllegalStateException("digest already taken");
        }
    }
}
