package dev.pail.internal.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class LifecycleDaysTest {

    private static final LifecycleDays DAYS = LifecycleDays.STANDARD;

    @Test
    void roundsUpToTheNextMidnightAsInTheUserGuideExample() {
        assertThat(DAYS.after(Instant.parse("2014-01-15T10:30:00Z"), 3)).isEqualTo(Instant.parse("2014-01-19T00:00:00Z"));
    }

    @Test
    void countsNoncurrentDaysTheSameWay() {
        // Deleted 1/2/2014 11:30 UTC, 5 noncurrent days: gone on 1/8/2014 00:00 UTC.
        assertThat(DAYS.after(Instant.parse("2014-01-02T11:30:00Z"), 5)).isEqualTo(Instant.parse("2014-01-08T00:00:00Z"));
    }

    @Test
    void keepsAnExactMidnight() {
        assertThat(DAYS.after(Instant.parse("2014-01-15T00:00:00Z"), 3)).isEqualTo(Instant.parse("2014-01-18T00:00:00Z"));
    }

    @Test
    void zeroDaysMeansTheFollowingMidnight() {
        assertThat(DAYS.after(Instant.parse("2014-01-15T00:00:00.001Z"), 0)).isEqualTo(Instant.parse("2014-01-16T00:00:00Z"));
        assertThat(DAYS.after(Instant.parse("2014-01-15T00:00:00Z"), 0)).isEqualTo(Instant.parse("2014-01-15T00:00:00Z"));
    }

    @Test
    void aCompressedDayRoundsToItsOwnMultiples() {
        LifecycleDays seconds = new LifecycleDays(Duration.ofSeconds(1));
        assertThat(seconds.after(Instant.ofEpochMilli(10_300), 3)).isEqualTo(Instant.ofEpochSecond(14));
        assertThat(seconds.after(Instant.ofEpochSecond(10), 3)).isEqualTo(Instant.ofEpochSecond(13));
        LifecycleDays tenMillis = new LifecycleDays(Duration.ofMillis(10));
        assertThat(tenMillis.after(Instant.ofEpochMilli(1_001), 2)).isEqualTo(Instant.ofEpochMilli(1_030));
    }

    @Test
    void roundsUpBeforeTheEpochToo() {
        assertThat(DAYS.after(Instant.parse("1969-12-30T12:00:00Z"), 0)).isEqualTo(Instant.parse("1969-12-31T00:00:00Z"));
    }

    @Test
    void datesAreMidnightUtcAndNotScaled() {
        LifecycleDays seconds = new LifecycleDays(Duration.ofSeconds(1));
        assertThat(seconds.date(LocalDate.of(2030, 1, 1))).isEqualTo(Instant.parse("2030-01-01T00:00:00Z"));
        assertThat(DAYS.date(LocalDate.of(2030, 1, 1))).isEqualTo(Instant.parse("2030-01-01T00:00:00Z"));
    }

    @Test
    void refusesNegativeDaysAndEmptyDays() {
        assertThatThrownBy(() -> DAYS.after(Instant.EPOCH, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LifecycleDays(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LifecycleDays(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void isTheSmallestDayBoundaryAtOrAfterTheSum(@ForAll @LongRange(min = -4_000_000_000_000L, max = 4_000_000_000_000L) long millis,
                                                @ForAll @IntRange(min = 0, max = 3650) int days,
                                                @ForAll @LongRange(min = 1, max = 86_400_000L) long dayMillis) {
        Duration day = Duration.ofMillis(dayMillis);
        Instant start = Instant.ofEpochMilli(millis);
        Instant due = new LifecycleDays(day).after(start, days);
        Instant sum = start.plus(day.multipliedBy(days));
        assertThat(due).isAfterOrEqualTo(sum);
        assertThat(Duration.between(sum, due)).isLessThan(day);
        assertThat(Math.floorMod(due.toEpochMilli(), dayMillis)).isZero();
    }
}
