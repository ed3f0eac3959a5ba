package dev.pail.internal.protocol;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * User metadata values as S3 keeps them: RFC 2047 encoded words ({@code =?UTF-8?Q?...?=},
 * {@code =?UTF-8?B?...?=}) and raw UTF-8 header bytes are decoded on the way in; on the way out
 * a value that is not printable ASCII is encoded again, Q-encoding when it is printable, B-encoding
 * when it holds control characters, as S3 returns it.
 */
public final class EncodedWords {

    private static final Pattern WORD = Pattern.compile("=\\?([^?\\s]+)\\?([QqBb])\\?([^?\\s]*)\\?=");
    private static final Pattern BETWEEN_WORDS = Pattern.compile("(\\?=)\\s+(=\\?)");
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private EncodedWords() {
    }

    /** A header value as received (each char one byte, as HTTP carries it) decoded to the text it stands for. */
    public static String decode(String value) {
        String text = utf8(value);
        if (!text.contains("=?")) {
            return text;
        }
        Matcher matcher = WORD.matcher(BETWEEN_WORDS.matcher(text).replaceAll("$1$2"));
        StringBuilder decoded = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(decoded, Matcher.quoteReplacement(word(matcher)));
        }
        matcher.appendTail(decoded);
        return decoded.toString();
    }

    /** A value as S3 returns it in a header. */
    public static String encode(String value) {
        boolean printable = true;
        boolean control = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            printable &= c >= 0x20 && c < 0x7f;
            control |= c < 0x20 || c == 0x7f;
        }
        if (printable) {
            return value;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        if (control) {
            return "=?UTF-8?B?" + Base64.getEncoder().encodeToString(bytes) + "?=";
        }
        StringBuilder q = new StringBuilder("=?UTF-8?Q?");
        for (byte b : bytes) {
            int c = b & 0xff;
            if (c == ' ') {
                q.append('_');
            } else if (c > 0x20 && c < 0x7f && c != '=' && c != '?' && c != '_') {
                q.append((char) c);
            } else {
                q.append('=').append(HEX[c >> 4]).append(HEX[c & 15]);
            }
        }
        return q.append("?=").toString();
    }

    /** Bytes that arrived as UTF-8 (seen as one char per byte) as the text they are; anything else unchanged. */
    private static String utf8(String value) {
        boolean high = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c > 0xff) {
                return value;
            }
            high |= c > 0x7f;
        }
        if (!high) {
            return value;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(value.getBytes(StandardCharsets.ISO_8859_1))).toString();
        } catch (CharacterCodingException e) {
            return value;
        }
    }

    private static String word(Matcher matcher) {
        Charset charset;
        try {
            charset = Charset.forName(matcher.group(1));
        } catch (IllegalArgumentException e) {
            return matcher.group();
        }
        String text = matcher.group(3);
        if (matcher.group(2).toUpperCase(Locale.ROOT).equals("B")) {
            try {
                return new String(Base64.getMimeDecoder().decode(text), charset);
            } catch (IllegalArgumentException e) {
                return matcher.group();
            }
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '_') {
                bytes.write(' ');
            } else if (c == '=' && i + 2 < text.length() && hex(text.charAt(i + 1)) >= 0 && hex(text.charAt(i + 2)) >= 0) {
                bytes.write(hex(text.charAt(i + 1)) * 16 + hex(text.charAt(i + 2)));
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        return bytes.toString(charset);
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
