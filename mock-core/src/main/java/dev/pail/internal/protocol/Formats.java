package dev.pail.internal.protocol;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;

/** Dates as S3 writes them: ISO-8601 with milliseconds in XML, IMF-fixdate in headers. */
public final class Formats {

    private static final DateTimeFormatter ISO =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter HTTP =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);
    /** RFC 850, obsolete but still to be accepted: {@code Monday, 12-Oct-09 17:50:30 GMT}. */
    private static final DateTimeFormatter RFC_850 = new java.time.format.DateTimeFormatterBuilder()
            .appendPattern("EEEE, dd-MMM-")
            .appendValueReduced(java.time.temporal.ChronoField.YEAR, 2, 2, 1970)
            .appendPattern(" HH:mm:ss 'GMT'")
            .toFormatter(Locale.US).withZone(ZoneOffset.UTC);
    /** ANSI C's asctime(): {@code Mon Oct 12 17:50:30 2009}. */
    private static final DateTimeFormatter ASCTIME =
            DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.US).withZone(ZoneOffset.UTC);

    private Formats() {
    }

    /** {@code 2009-10-12T17:50:30.000Z}. */
    public static String iso(Instant instant) {
        return ISO.format(instant);
    }

    /** {@code Mon, 12 Oct 2009 17:50:30 GMT}. */
    public static String http(Instant instant) {
        return HTTP.format(instant);
    }

    /** Parses an HTTP date (IMF-fixdate, RFC 850 or asctime, as HTTP requires); empty when unparseable. */
    public static Optional<Instant> parseHttp(String value) {
        String v = value.trim();
        try {
            return Optional.of(ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            for (DateTimeFormatter format : new DateTimeFormatter[] {RFC_850, ASCTIME}) {
                try {
                    return Optional.of(ZonedDateTime.parse(v, format).toInstant());
                } catch (DateTimeParseException ignored) {
                    // try the next format
                }
            }
            try {
                return Optional.of(Instant.parse(v));
            } catch (DateTimeParseException e2) {
                return Optional.empty();
            }
        }
    }

    /** The instant at the precision of HTTP dates (seconds), for If-Modified-Since comparisons. */
    public static Instant toSeconds(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS);
    }
}
