package dev.pail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PailClockTest {

    static final Instant T0 = Instant.parse("2026-01-15T10:30:00Z");

    @Test
    void followsItsBaseUntilMoved() {
        PailClock clock = PailClock.over(Clock.fixed(T0, ZoneOffset.UTC));
        assertThat(clock.instant()).isEqualTo(T0);
        assertThat(clock.advance(Duration.ofDays(3)).instant()).isEqualTo(T0.plus(Duration.ofDays(3)));
        assertThat(clock.system().instant()).isEqualTo(T0);
    }

    @Test
    void setStopsTheClockAndAdvanceMovesTheStoppedClock() {
        PailClock clock = PailClock.over(Clock.systemUTC());
        Instant then = Instant.parse("2030-06-01T00:00:00Z");
        clock.set(then);
        assertThat(clock.instant()).isEqualTo(then);
        assertThat(clock.instant()).isEqualTo(then);
        assertThat(clock.advance(Duration.ofSeconds(5)).instant()).isEqualTo(then.plusSeconds(5));
        assertThat(clock.toString()).contains("stopped");
        Instant before = Instant.now();
        assertThat(clock.system().instant()).isBetween(before.minusSeconds(1), Instant.now().plusSeconds(1));
    }

    @Test
    void advancingAWallClockKeepsItTicking() {
        PailClock clock = PailClock.over(Clock.systemUTC());
        clock.advance(Duration.ofDays(1));
        Instant expected = Instant.now().plus(Duration.ofDays(1));
        assertThat(clock.instant()).isBetween(expected.minusSeconds(2), expected.plusSeconds(2));
    }

    @Test
    void aClockGoesBackOnlyThroughSet() {
        PailClock clock = PailClock.over(Clock.systemUTC());
        assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("set(");
        clock.set(T0);
        assertThat(clock.instant()).isEqualTo(T0);
    }

    @Test
    void listenersRunOnEveryMoveAndAZoneViewMovesToo() {
        PailClock clock = PailClock.over(Clock.fixed(T0, ZoneOffset.UTC));
        AtomicInteger moves = new AtomicInteger();
        Runnable listener = moves::incrementAndGet;
        clock.onMove(listener);
        Clock paris = clock.withZone(ZoneId.of("Europe/Paris"));
        clock.advance(Duration.ofHours(1));
        clock.set(T0);
        clock.system();
        assertThat(moves).hasValue(3);
        clock.removeListener(listener);
        clock.advance(Duration.ofHours(2));
        assertThat(moves).hasValue(3);
        assertThat(paris.instant()).isEqualTo(T0.plus(Duration.ofHours(2)));
        assertThat(paris.getZone()).isEqualTo(ZoneId.of("Europe/Paris"));
    }

    @Test
    void aConfigKeepsTheSameMovableClock() {
        PailConfig config = Pail.builder().clock(Clock.fixed(T0, ZoneOffset.UTC)).build();
        assertThat(config.clock()).isInstanceOf(PailClock.class);
        assertThat(PailClock.over(config.clock())).isSameAs(config.clock());
    }
}
