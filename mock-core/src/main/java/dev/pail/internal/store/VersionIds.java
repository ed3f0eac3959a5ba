package dev.pail.internal.store;

import java.util.concurrent.ThreadLocalRandom;

/** Generates version ids shaped like S3's: 32 URL-safe characters. */
final class VersionIds {

    private static final char[] ALPHABET =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._".toCharArray();

    private VersionIds() {
    }

    static String next() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        char[] id = new char[32];
        for (int i = 0; i < id.length; i++) {
            id[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(id);
    }
}
