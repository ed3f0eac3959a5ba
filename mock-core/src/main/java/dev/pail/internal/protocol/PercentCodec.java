package dev.pail.internal.protocol;

import java.util.Objects;

/**
 * Percent-decoding exactly once, as S3 does for bucket names, keys and query parameters, and the
 * percent-encoding S3 applies to keys in listings with {@code encoding-type=url}.
 *
 * <p>Decoding is strict: every {@code %} must start an escape of two hex digits, and the decoded
 * bytes must be well-formed UTF-8 (no overlong forms, no surrogates, nothing above U+10FFFF).
 * Characters that are not escaped are taken as they are. A string without {@code %} (and, for
 * queries, without {@code +}) is returned as it is, without copying.
 */
public final class PercentCodec {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PercentCodec() {
    }

    /**
     * Decodes a path or path segment: {@code %XX} escapes become bytes, read as UTF-8; {@code +}
     * stays {@code +}.
     *
     * @param raw the percent-encoded text
     * @return the decoded text
     * @throws MalformedAddressException on a bad escape or malformed UTF-8
     */
    public static String decodePath(String raw) {
        Objects.requireNonNull(raw, "raw");
        return decode(raw, 0, raw.length(), false);
    }

    /**
     * Decodes a query-string name or value: as {@link #decodePath(String)}, but {@code +} means a
     * space (as in {@code application/x-www-form-urlencoded}).
     *
     * @param raw the percent-encoded text
     * @return the decoded text
     * @throws MalformedAddressException on a bad escape or malformed UTF-8
     */
    public static String decodeQuery(String raw) {
        Objects.requireNonNull(raw, "raw");
        return decode(raw, 0, raw.length(), true);
    }

    /**
     * Encodes text the way S3 encodes keys for {@code encoding-type=url}: the RFC 3986 unreserved
     * characters ({@code A-Z a-z 0-9 - _ . ~}) are kept, and so is {@code /} if asked; every other
     * character becomes the {@code %XX} escapes (upper-case hex) of its UTF-8 bytes. An unpaired
     * surrogate is encoded as U+FFFD.
     *
     * @param value     the text to encode
     * @param keepSlash whether {@code /} is kept as it is
     * @return the encoded text ({@code value} itself when nothing needs escaping)
     */
    public static String encode(String value, boolean keepSlash) {
        int n = value.length();
        int i = 0;
        while (i < n && isKept(value.charAt(i), keepSlash)) {
            i++;
        }
        if (i == n) {
            return value;
        }
        StringBuilder out = new StringBuilder(n + 16).append(value, 0, i);
        for (; i < n; i++) {
            char c = value.charAt(i);
            if (isKept(c, keepSlash)) {
                out.append(c);
            } else if (c < 0x80) {
                escape(out, c);
            } else if (c < 0x800) {
                escape(out, 0xC0 | (c >> 6));
                escape(out, 0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(value.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, value.charAt(++i));
                escape(out, 0xF0 | (cp >> 18));
                escape(out, 0x80 | ((cp >> 12) & 0x3F));
                escape(out, 0x80 | ((cp >> 6) & 0x3F));
                escape(out, 0x80 | (cp & 0x3F));
            } else {
                int cp = Character.isSurrogate(c) ? 0xFFFD : c;
                escape(out, 0xE0 | (cp >> 12));
                escape(out, 0x80 | ((cp >> 6) & 0x3F));
                escape(out, 0x80 | (cp & 0x3F));
            }
        }
        return out.toString();
    }

    /**
     * Decodes {@code raw[from, to)}; the fast path returns the range without decoding when it holds
     * nothing to decode.
     */
    static String decode(String raw, int from, int to, boolean plusIsSpace) {
        int i = from;
        while (i < to) {
            char c = raw.charAt(i);
            if (c == '%' || (plusIsSpace && c == '+')) {
                break;
            }
            i++;
        }
        if (i == to) {
            return raw.substring(from, to);
        }
        StringBuilder out = new StringBuilder(to - from).append(raw, from, i);
        while (i < to) {
            char c = raw.charAt(i);
            if (c == '%') {
                i = decodeSequence(raw, i, to, out);
            } else {
                out.append(plusIsSpace && c == '+' ? ' ' : c);
                i++;
            }
        }
        return out.toString();
    }

    /** Decodes the UTF-8 sequence whose escapes start at {@code start}; returns the index after it. */
    private static int decodeSequence(String raw, int start, int to, StringBuilder out) {
        int lead = escapedByte(raw, start, to);
        if (lead < 0x80) {
            out.append((char) lead);
            return start + 3;
        }
        int continuations;
        int codePoint;
        int min = 0x80;
        int max = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            continuations = 1;
            codePoint = lead & 0x1F;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            continuations = 2;
            codePoint = lead & 0x0F;
            min = lead == 0xE0 ? 0xA0 : 0x80; // overlong
            max = lead == 0xED ? 0x9F : 0xBF; // surrogates
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            continuations = 3;
            codePoint = lead & 0x07;
            min = lead == 0xF0 ? 0x90 : 0x80; // overlong
            max = lead == 0xF4 ? 0x8F : 0xBF; // above U+10FFFF
        } else {
            throw malformed("invalid UTF-8 lead byte", raw, start);
        }
        int i = start + 3;
        for (int k = 0; k < continuations; k++) {
            if (i >= to || raw.charAt(i) != '%') {
                throw malformed("truncated UTF-8 sequence", raw, start);
            }
            int next = escapedByte(raw, i, to);
            if (next < min || next > max) {
                throw malformed("malformed UTF-8 sequence", raw, start);
            }
            min = 0x80;
            max = 0xBF;
            codePoint = (codePoint << 6) | (next & 0x3F);
            i += 3;
        }
        out.appendCodePoint(codePoint);
        return i;
    }

    /** The byte that the escape at {@code i} (which holds '%') stands for. */
    private static int escapedByte(String raw, int i, int to) {
        if (i + 2 >= to) {
            throw malformed("incomplete percent escape", raw, i);
        }
        int high = hexValue(raw.charAt(i + 1));
        int low = hexValue(raw.charAt(i + 2));
        if (high < 0 || low < 0) {
            throw malformed("invalid percent escape", raw, i);
        }
        return (high << 4) | low;
    }

    private static int hexValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        return -1;
    }

    private static boolean isKept(char c, boolean keepSlash) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '_' || c == '.' || c == '~' || (keepSlash && c == '/');
    }

    private static void escape(StringBuilder out, int b) {
        out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
    }

    private static MalformedAddressException malformed(String problem, String raw, int index) {
        return new MalformedAddressException(problem + " at index " + index + " of \"" + raw + "\"");
    }
}
