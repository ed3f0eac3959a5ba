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

    /** Parses an HTTP date (IMF-fixdate, also RFC 850 and asctime leniently); empty when unparseable. */
    public static Optional<Instant> parseHttp(String value) {
        String v = value.trim();
        try {
            return Optional.of(ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
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
