package dev.pail.internal.store;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.CRC32C;

/**
 * Version ids shaped like S3's: 32 URL-safe characters. Like S3's they check themselves: the last
 * four characters are derived from the first 28, so that an id Pail never issued (a typo, a
 * truncated or tampered id) is told apart from one that no longer exists, as S3 tells them apart
 * (400 {@code InvalidArgument} against 404 {@code NoSuchVersion}).
 */
public final class VersionIds {

    private static final char[] ALPHABET =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._".toCharArray();
    private static final int LENGTH = 32;
    private static final int CHECKED = 28;

    private VersionIds() {
    }

    static String next() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        char[] id = new char[LENGTH];
        for (int i = 0; i < CHECKED; i++) {
            id[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        check(id);
        return new String(id);
    }

    /** Whether the id is {@code null} or one Pail could have issued. */
    public static boolean wellFormed(String id) {
        if (id.equals(ObjectVersion.NULL_VERSION_ID)) {
            return true;
        }
        if (id.length() != LENGTH) {
            return false;
        }
        char[] chars = id.toCharArray();
        for (char c : chars) {
            if (!(Character.isLetterOrDigit(c) && c < 128) && c != '.' && c != '_') {
                return false;
            }
        }
        char[] expected = chars.clone();
        check(expected);
        return id.equals(new String(expected));
    }

    private static void check(char[] id) {
        CRC32C crc = new CRC32C();
        crc.update(new String(id, 0, CHECKED).getBytes(StandardCharsets.US_ASCII));
        long value = crc.getValue();
        for (int i = CHECKED; i < LENGTH; i++) {
            id[i] = ALPHABET[(int) (value & 63)];
            value >>>= 6;
        }
    }
}
