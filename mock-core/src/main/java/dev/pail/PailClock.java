package dev.pail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The clock a Pail server judges and reports every time by (Last-Modified, the {@code Date} header,
 * multipart {@code Initiated}, presigned and POST-policy expiry, Object Lock retention, restores,
 * lifecycle), which a test can move: {@link #advance(Duration)} jumps ahead, {@link #set(Instant)}
 * stops it at an instant, {@link #system()} returns it to the clock it was built on (the system's, or
 * the one given to {@link Pail.Builder#clock(Clock)}). Whatever depends on time (lifecycle rules,
 * retention) is applied at once when the clock is moved, before the call returns. Thread-safe.
 *
 * <pre>{@code
 * pail.clock().advance(Duration.ofDays(31));   // reports older than 30 days are gone now
 * }</pre>
 */
public final class PailClock extends Clock {

    /** Where the clock stands: following the base clock shifted by an offset, or stopped at an instant. */
    private record Position(Duration offset, Instant stoppedAt) {
    }

    private final Clock base;
    private final AtomicReference<Position> position = new AtomicReference<>(new Position(Duration.ZERO, null));
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    /** A clock that follows {@code base} until it is moved. */
    PailClock(Clock base) {
        this.base = Objects.requireNonNull(base, "base");
    }

    /** The clock a server uses for {@code clock}: itself when it is one already, else a movable one over it. */
    static PailClock over(Clock clock) {
        return clock instanceof PailClock pailClock ? pailClock : new PailClock(clock);
    }

    @Override
    public Instant instant() {
        Position now = position.get();
        return now.stoppedAt != null ? now.stoppedAt : base.instant().plus(now.offset);
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    /** A view of this clock in another zone; it moves when this one does. */
    @Override
    public Clock withZone(ZoneId zone) {
        Objects.requireNonNull(zone, "zone");
        PailClock self = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return self.withZone(other);
            }

            @Override
            public Instant instant() {
                return self.instant();
            }
        };
    }

    /**
     * Moves the clock ahead; a stopped clock stays stopped, at the later instant.
     *
     * @param amount how far, not negative
     * @return this clock
     */
    public PailClock advance(Duration amount) {
        Objects.requireNonNull(amount, "amount");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("a clock advances, it does not go back: " + amount + " (use set(..))");
        }
        position.updateAndGet(now -> now.stoppedAt != null ? new Position(now.offset, now.stoppedAt.plus(amount))
                : new Position(now.offset.plus(amount), null));
        moved();
        return this;
    }

    /**
     * Stops the clock at an instant (earlier or later than now); it stays there until moved again.
     *
     * @return this clock
     */
    public PailClock set(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        position.set(new Position(Duration.ZERO, instant));
        moved();
        return this;
    }

    /**
     * Returns the clock to the one it was built on: the system clock unless the builder was given another.
     *
     * @return this clock
     */
    public PailClock system() {
        position.set(new Position(Duration.ZERO, null));
        moved();
        return this;
    }

    /** Runs {@code listener} after each move (the server applies lifecycle rules and retention). */
    void onMove(Runnable listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** Forgets a listener (when its server closes). */
    void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private void moved() {
        listeners.forEach(Runnable::run);
    }

    /** For example {@code PailClock[2026-12-01T10:00:00Z, stopped]}. */
    @Override
    public String toString() {
        Position now = position.get();
        return "PailClock[" + instant() + (now.stoppedAt != null ? ", stopped" : now.offset.isZero() ? ""
                : ", " + now.offset + " ahead of " + base) + "]";
    }
}
