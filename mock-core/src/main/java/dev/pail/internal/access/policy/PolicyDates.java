package dev.pail.internal.access.policy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The dates of the {@code Date*} condition operators: "a variation of ISO 8601" or "epoch (UNIX)
 * time" (IAM User Guide, "Condition operators", Date condition operators), in the policy and in the
 * request alike: {@code 2019-07-16T12:00:00Z}, with an offset or fractional seconds, a date-time
 * without a zone (taken as UTC), a bare date {@code 2019-07-16} (midnight UTC), or seconds since the
 * epoch {@code 1563278400}.
 */
final class PolicyDates {

    private PolicyDates() {
    }

    /** The instant a date names, or empty when it is not a date. */
    static Optional<Instant> parse(String text) {
        if (text.isEmpty() || text.length() > 40) {
            return Optional.empty();
        }
        if (epochSeconds(text)) {
            try {
                return Optional.of(Instant.ofEpochSecond(Long.parseLong(text)));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        try {
            if (text.length() == 10) {
                return Optional.of(LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC));
            }
            char last = text.charAt(text.length() - 1);
            boolean zoned = last == 'Z' || last == 'z' || text.lastIndexOf('+') > 10 || text.lastIndexOf('-') > 10;
            String iso = last == 'z' ? text.substring(0, text.length() - 1) + 'Z' : text;
            return Optional.of(zoned ? OffsetDateTime.parse(iso).toInstant()
                    : LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static boolean epochSeconds(String text) {
        int start = text.charAt(0) == '-' ? 1 : 0;
        if (start == text.length() || text.length() - start > 12) {
            return false;
        }
        for (int i = start; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
