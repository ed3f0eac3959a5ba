package dev.pail.internal.store;

import java.util.Comparator;

/**
 * Orders strings by their UTF-8 bytes, which is how S3 lists keys and buckets.
 *
 * <p>UTF-8 byte order equals Unicode code point order. {@link String#compareTo} compares UTF-16
 * code units instead, which differs for characters above U+E000 versus supplementary characters;
 * this comparator fixes that up without encoding anything.
 */
public final class Utf8Order implements Comparator<String> {

    /** The one instance. */
    public static final Utf8Order INSTANCE = new Utf8Order();

    private Utf8Order() {
    }

    @Override
    public int compare(String a, String b) {
        int length = Math.min(a.length(), b.length());
        for (int i = 0; i < length; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                return codePointRank(x) - codePointRank(y);
            }
        }
        return a.length() - b.length();
    }

    /** Moves surrogates above U+E000..U+FFFF so that UTF-16 units compare in code point order. */
    private static int codePointRank(char c) {
        if (c < 0xD800) {
            return c;
        }
        return c >= 0xE000 ? c - 0x800 : c + 0x2000;
    }
}
