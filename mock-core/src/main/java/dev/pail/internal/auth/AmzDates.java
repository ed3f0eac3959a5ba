package dev.pail.internal.auth;

import dev.pail.S3ErrorCode;
import dev.pail.internal.error.S3Exception;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/** The date forms of request authentication: SigV4's basic ISO 8601 and HTTP's RFC 1123. */
public final class AmzDates {

    private static final DateTimeFormatter BASIC =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter ISO =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private AmzDates() {
    }

    /** Parses {@code yyyyMMdd'T'HHmmss'Z'}. */
    public static Optional<Instant> parseBasic(String text) {
        try {
            return Optional.of(ZonedDateTime.parse(text.trim(), BASIC).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Parses an HTTP date (RFC 1123; also accepts a SigV4 basic date, as S3 does for x-amz-date under SigV2). */
    public static Optional<Instant> parseHttp(String text) {
        try {
            return Optional.of(ZonedDateTime.parse(text.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            return parseBasic(text);
        }
    }

    /** Formats {@code yyyyMMdd'T'HHmmss'Z'}. */
    public static String basic(Instant instant) {
        return BASIC.format(instant);
    }

    /** Formats {@code yyyy-MM-dd'T'HH:mm:ss'Z'}, as S3's error documents give times. */
    public static String iso(Instant instant) {
        return ISO.format(instant);
    }

    /** S3's refusal of a request without a usable date. */
    public static S3Exception missingDate() {
        return new S3Exception(S3ErrorCode.ACCESS_DENIED, "AWS authentication requires a valid Date or x-amz-date header");
    }
}
