package dev.pail.internal.server;

import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;

/** Request ids shaped like S3's: 16 upper-case hex digits, and a base64 extended host id. */
final class RequestIds {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private RequestIds() {
    }

    static String requestId() {
        long bits = ThreadLocalRandom.current().nextLong();
        char[] id = new char[16];
        for (int i = 15; i >= 0; i--) {
            id[i] = HEX[(int) (bits & 0xF)];
            bits >>>= 4;
        }
        return new String(id);
    }

    static String hostId() {
        byte[] bytes = new byte[48];
        ThreadLocalRandom.current().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
