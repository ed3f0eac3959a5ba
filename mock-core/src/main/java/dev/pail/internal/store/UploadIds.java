package dev.pail.internal.store;

import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;

/** Upload ids shaped like S3's: long, URL-safe, unguessable. */
final class UploadIds {

    private UploadIds() {
    }

    static String next(long sequence) {
        byte[] random = new byte[36];
        ThreadLocalRandom.current().nextBytes(random);
        return Long.toString(sequence, 36) + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
