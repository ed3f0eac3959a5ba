package dev.pail.internal.checksum;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;

/** A {@link Hasher} over a JDK {@link MessageDigest}. */
final class MessageDigestHasher implements Hasher {

    private final MessageDigest digest;
    private boolean done;

    private MessageDigestHasher(MessageDigest digest) {
        this.digest = digest;
    }

    /** A hasher for a JDK digest every Java platform must provide ("MD5", "SHA-1", "SHA-256"). */
    static MessageDigestHasher of(String jdkName) {
        try {
            return new MessageDigestHasher(MessageDigest.getInstance(jdkName));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("JDK lacks mandatory digest " + jdkName, e);
        }
    }

    @Override
    public void update(byte[] bytes, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, Objects.requireNonNull(bytes, "bytes").length);
        checkOpen();
        digest.update(bytes, offset, length);
    }

    @Override
    public void update(ByteBuffer buffer) {
        Objects.requireNonNull(buffer, "buffer");
        checkOpen();
        digest.update(buffer);
    }

    @Override
    public byte[] digest() {
        checkOpen();
        done = true;
        return digest.digest();
    }

    private void checkOpen() {
        if (done) {
            throw new IllegalStateException("digest already taken");
        }
    }
}
