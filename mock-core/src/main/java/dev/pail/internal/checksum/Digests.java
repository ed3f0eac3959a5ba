package dev.pail.internal.checksum;

/** Factories for the non-flexible digests Pail needs (ETags and SigV4 payload hashes). */
public final class Digests {

    private Digests() {
    }

    /** Returns a fresh MD5 hasher (16-byte digest). */
    public static Hasher md5() {
        return MessageDigestHasher.of("MD5");
    }

    /** Returns a fresh SHA-256 hasher (32-byte digest). */
    public static Hasher sha256() {
        return MessageDigestHasher.of("SHA-256");
    }
}
