package dev.pail.internal.protocol;

import dev.pail.internal.protocol.AwsChunkedFormatException.Reason;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Parses the text lines of the {@code aws-chunked} encoding: chunk headers
 * ({@code <hex-size>[;name[=value]]...}) and trailer lines ({@code name:value}). Lines arrive
 * without their CRLF, decoded as ISO-8859-1.
 */
final class AwsChunkedSyntax {

    /** At most this many hexadecimal digits in a chunk size (a long has 16). */
    static final int MAX_SIZE_DIGITS = 16;

    private static final String SIGNATURE_EXTENSION = "chunk-signature";

    private AwsChunkedSyntax() {
    }

    /** A decoded chunk header. */
    record ChunkHeader(long size, Optional<String> signature) {
    }

    /**
     * Parses a chunk header. The size is hexadecimal in either case, optionally followed by spaces
     * or tabs; extensions follow after {@code ;}. Extensions other than {@code chunk-signature} are
     * ignored; of several {@code chunk-signature} extensions the first counts.
     *
     * @throws AwsChunkedFormatException with {@link Reason#BAD_CHUNK_SIZE} if the size is missing,
     *     not hexadecimal, longer than 16 digits or larger than {@link Long#MAX_VALUE}
     */
    static ChunkHeader parseChunkHeader(String line) throws AwsChunkedFormatException {
        int end = 0;
        long size = 0;
        while (end < line.length() && Character.digit(line.charAt(end), 16) >= 0 && isAscii(line.charAt(end))) {
            if (end == MAX_SIZE_DIGITS || size > (Long.MAX_VALUE >> 4)) {
                throw new AwsChunkedFormatException(Reason.BAD_CHUNK_SIZE, "chunk size too large: " + quote(line));
            }
            size = (size << 4) | Character.digit(line.charAt(end), 16);
            end++;
        }
        if (end == 0) {
            throw new AwsChunkedFormatException(Reason.BAD_CHUNK_SIZE, "no hexadecimal chunk size: " + quote(line));
        }
        int rest = skipBlanks(line, end);
        if (rest < line.length() && line.charAt(rest) != ';') {
            throw new AwsChunkedFormatException(Reason.BAD_CHUNK_SIZE, "invalid chunk size: " + quote(line));
        }
        return new ChunkHeader(size, rest < line.length() ? signature(line.substring(rest + 1)) : Optional.empty());
    }

    /**
     * Parses a trailer line into its lower-cased name and its value, both stripped of surrounding
     * spaces and tabs.
     *
     * @throws AwsChunkedFormatException with {@link Reason#MALFORMED_TRAILER} if there is no colon
     *     or the name is empty or holds spaces or control characters
     */
    static Map.Entry<String, String> parseTrailer(String line) throws AwsChunkedFormatException {
        int colon = line.indexOf(':');
        if (colon < 0) {
            throw new AwsChunkedFormatException(Reason.MALFORMED_TRAILER, "no colon in trailer line: " + quote(line));
        }
        String name = trimBlanks(line.substring(0, colon));
        if (name.isEmpty() || !name.chars().allMatch(c -> c > ' ' && c < 0x7f)) {
            throw new AwsChunkedFormatException(Reason.MALFORMED_TRAILER, "invalid trailer name: " + quote(line));
        }
        return Map.entry(name.toLowerCase(Locale.ROOT), trimBlanks(line.substring(colon + 1)));
    }

    private static Optional<String> signature(String extensions) {
        for (String extension : extensions.split(";", -1)) {
            int equals = extension.indexOf('=');
            String name = trimBlanks(equals < 0 ? extension : extension.substring(0, equals));
            if (equals >= 0 && name.equalsIgnoreCase(SIGNATURE_EXTENSION)) {
                return Optional.of(unquote(trimBlanks(extension.substring(equals + 1))));
            }
        }
        return Optional.empty();
    }

    private static String unquote(String value) {
        boolean quoted = value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"");
        return quoted ? value.substring(1, value.length() - 1) : value;
    }

    private static int skipBlanks(String line, int from) {
        int i = from;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    private static String trimBlanks(String text) {
        int start = skipBlanks(text, 0);
        int end = text.length();
        while (end > start && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t')) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isAscii(char c) {
        return c < 0x80;
    }

    /** The line for a message, shortened and with control characters escaped. */
    static String quote(String line) {
        String shown = line.length() > 80 ? line.substring(0, 80) + "..." : line;
        StringBuilder out = new StringBuilder("\"");
        for (char c : shown.toCharArray()) {
            out.append(c < ' ' || c == 0x7f ? String.format("\\x%02x", (int) c) : String.valueOf(c));
        }
        return out.append('"').toString();
    }
}
