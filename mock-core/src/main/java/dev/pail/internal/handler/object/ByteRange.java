package dev.pail.internal.handler.object;

import dev.pail.S3ErrorCode;
import dev.pail.internal.error.S3Exception;
import java.util.Optional;

/**
 * A satisfiable byte range of an object, from a {@code Range} header: {@code bytes=a-b},
 * {@code bytes=a-} or {@code bytes=-n}. Headers S3 ignores (other units, several ranges,
 * malformed syntax) give no range, so the whole object is returned, as S3 does.
 *
 * @param first the first byte, inclusive
 * @param last  the last byte, inclusive
 */
public record ByteRange(long first, long last) {

    /** The number of bytes. */
    public long length() {
        return last - first + 1;
    }

    /** The {@code Content-Range} value. */
    public String contentRange(long size) {
        return "bytes " + first + "-" + last + "/" + size;
    }

    /**
     * Parses a Range header against an object size.
     *
     * @throws S3Exception {@code InvalidRange} (416) when the range cannot be satisfied
     */
    public static Optional<ByteRange> parse(Optional<String> header, long size) {
        if (header.isEmpty()) {
            return Optional.empty();
        }
        String value = header.get().trim();
        if (!value.startsWith("bytes=") || value.indexOf(',') >= 0) {
            return Optional.empty();
        }
        String spec = value.substring("bytes=".length()).trim();
        int dash = spec.indexOf('-');
        if (dash < 0) {
            return Optional.empty();
        }
        String startText = spec.substring(0, dash).trim();
        String endText = spec.substring(dash + 1).trim();
        Long start = parseNumber(startText);
        Long end = parseNumber(endText);
        if ((!startText.isEmpty() && start == null) || (!endText.isEmpty() && end == null)
                || (start == null && end == null)) {
            return Optional.empty();
        }
        if (start == null) {
            if (end == 0 || size == 0) {
                throw unsatisfiable(value, size);
            }
            return Optional.of(new ByteRange(Math.max(0, size - end), size - 1));
        }
        if (end != null && end < start) {
            return Optional.empty();
        }
        if (start >= size) {
            throw unsatisfiable(value, size);
        }
        long last = end == null ? size - 1 : Math.min(end, size - 1);
        return Optional.of(new ByteRange(start, last));
    }

    private static Long parseNumber(String text) {
        if (text.isEmpty() || text.length() > 18) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return null;
            }
        }
        return Long.parseLong(text);
    }

    private static S3Exception unsatisfiable(String range, long size) {
        return new S3Exception(S3ErrorCode.INVALID_RANGE)
                .detail("RangeRequested", range)
                .detail("ActualObjectSize", Long.toString(size))
                .header("Content-Range", "bytes */" + size);
    }
}
