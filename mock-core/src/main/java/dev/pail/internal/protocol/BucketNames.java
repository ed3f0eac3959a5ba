package dev.pail.internal.protocol;

import java.util.List;
import java.util.Optional;

/**
 * S3's naming rules for general purpose buckets, as the S3 User Guide ("General purpose bucket
 * naming rules") states them: 3 to 63 characters; only lower-case letters, digits, periods and
 * hyphens; a letter or digit first and last; no two adjacent periods; not formatted as an IP
 * address; none of the reserved prefixes ({@code xn--}, {@code sthree-}, {@code amzn-s3-demo-});
 * none of the reserved suffixes ({@code -s3alias}, {@code --ol-s3}, {@code .mrap}, {@code --x-s3},
 * {@code --table-s3}, and {@code -an}, which only buckets in an account regional namespace may use).
 */
public final class BucketNames {

    private static final int MIN_LENGTH = 3;
    private static final int MAX_LENGTH = 63;
    private static final List<String> RESERVED_PREFIXES = List.of("xn--", "sthree-", "amzn-s3-demo-");
    private static final List<String> RESERVED_SUFFIXES =
            List.of("-s3alias", "--ol-s3", ".mrap", "--x-s3", "--table-s3", "-an");

    private BucketNames() {
    }

    /**
     * What is wrong with a bucket name.
     *
     * @param name the name to check; null is reported as missing
     * @return empty when the name is valid, else a short human-readable reason (the first rule broken)
     */
    public static Optional<String> problem(String name) {
        if (name == null) {
            return Optional.of("the bucket name is missing");
        }
        int length = name.length();
        if (length < MIN_LENGTH) {
            return Optional.of("must be at least " + MIN_LENGTH + " characters long");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("must be at most " + MAX_LENGTH + " characters long");
        }
        for (int i = 0; i < length; i++) {
            char c = name.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                return Optional.of("must not contain upper-case letters (found '" + c + "')");
            }
            if (!isLetterOrDigit(c) && c != '.' && c != '-') {
                return Optional.of("may contain only lower-case letters, digits, periods and hyphens (found '"
                        + new String(Character.toChars(name.codePointAt(i))) + "')");
            }
        }
        if (!isLetterOrDigit(name.charAt(0))) {
            return Optional.of("must begin with a letter or digit");
        }
        if (!isLetterOrDigit(name.charAt(length - 1))) {
            return Optional.of("must end with a letter or digit");
        }
        if (name.contains("..")) {
            return Optional.of("must not contain two adjacent periods");
        }
        if (isFormattedAsIpAddress(name)) {
            return Optional.of("must not be formatted as an IP address");
        }
        for (String prefix : RESERVED_PREFIXES) {
            if (name.startsWith(prefix)) {
                return Optional.of("must not start with the reserved prefix \"" + prefix + "\"");
            }
        }
        for (String suffix : RESERVED_SUFFIXES) {
            if (name.endsWith(suffix)) {
                return Optional.of("must not end with the reserved suffix \"" + suffix + "\"");
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a name follows S3's naming rules for general purpose buckets.
     *
     * @param name the name to check
     * @return true when {@link #problem(String)} finds nothing wrong
     */
    public static boolean isValid(String name) {
        return problem(name).isEmpty();
    }

    private static boolean isLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    /** Four dot-separated groups of digits only, like {@code 192.168.5.4}. */
    private static boolean isFormattedAsIpAddress(String name) {
        int groups = 1;
        int digits = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '.') {
                if (digits == 0) {
                    return false;
                }
                groups++;
                digits = 0;
            } else if (c >= '0' && c <= '9') {
                digits++;
            } else {
                return false;
            }
        }
        return groups == 4 && digits > 0;
    }
}
