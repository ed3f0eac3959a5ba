package dev.pail.internal.events;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * S3's lifecycle day arithmetic, with a day of any length so that tests can compress time.
 *
 * <p>S3 "calculates the time by adding the number of days specified in the rule to the object
 * creation time and rounding the resulting time to the next day midnight UTC": an object created
 * 2014-01-15T10:30Z with {@code Days=3} is due 2014-01-19T00:00Z. Noncurrent days count the same
 * way from the time the successor version was created. (Amazon S3 User Guide, "Lifecycle
 * configuration elements", section "Lifecycle rules: Based on an object's age",
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/intro-lifecycle-rules.html.) With a
 * compressed day, "midnight" is the next multiple of the day length since the epoch.
 *
 * @param dayLength how long a lifecycle day lasts; one day normally
 */
public record LifecycleDays(Duration dayLength) {

    /** S3's own days: 24 hours, midnight UTC. */
    public static final LifecycleDays STANDARD = new LifecycleDays(Duration.ofDays(1));

    /** Validates the day length. */
    public LifecycleDays {
        Objects.requireNonNull(dayLength, "dayLength");
        if (dayLength.isNegative() || dayLength.isZero()) {
            throw new IllegalArgumentException("dayLength must be positive: " + dayLength);
        }
    }

    /**
     * When an action {@code days} days after {@code start} is due: {@code start + days} day lengths,
     * rounded up to the next multiple of the day length since the epoch (an exact multiple stays).
     *
     * @param start when counting starts (creation, or the time the version became noncurrent)
     * @param days  the rule's number of days, zero or more
     * @return the due instant
     */
    public Instant after(Instant start, int days) {
        Objects.requireNonNull(start, "start");
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        Instant end = start.plus(dayLength.multipliedBy(days));
        long whole = Duration.between(Instant.EPOCH, end).dividedBy(dayLength);
        Instant boundary = Instant.EPOCH.plus(dayLength.multipliedBy(whole));
        return boundary.isBefore(end) ? boundary.plus(dayLength) : boundary;
    }

    /**
     * The instant of a rule's {@code Date}: midnight UTC of that day. Dates are absolute and are not
     * scaled by a compressed day length.
     *
     * @param date the rule's date
     * @return midnight UTC of the date
     */
    public Instant date(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
