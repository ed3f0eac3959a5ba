package dev.pail.internal.handler;

import dev.pail.S3ErrorCode;
import dev.pail.internal.error.S3Exception;
import dev.pail.internal.handler.tagging.Tagging;

/** S3's rules for object keys. */
public final class ObjectKeys {

    /** The longest key S3 accepts, in UTF-8 bytes. */
    public static final int MAX_KEY_BYTES = 1024;

    private ObjectKeys() {
    }

    /**
     * Returns the key if S3 would accept it.
     *
     * @throws S3Exception {@code KeyTooLongError} beyond 1,024 UTF-8 bytes
     */
    public static String valid(String key) {
        if (key.length() > MAX_KEY_BYTES / 3) {
            int bytes = Tagging.utf8Length(key);
            if (bytes > MAX_KEY_BYTES) {
                throw new S3Exception(S3ErrorCode.KEY_TOO_LONG_ERROR)
                        .detail("Size", Integer.toString(bytes))
                        .detail("MaxSizeAllowed", Integer.toString(MAX_KEY_BYTES));
            }
        }
        return key;
    }
}
