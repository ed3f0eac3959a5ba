package dev.pail.internal.handler;

import dev.pail.internal.store.Store;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * What every handler needs: the store, the clock and the server's identity.
 *
 * @param store         the store
 * @param clock         the clock for every time the server reports
 * @param defaultRegion the region of the server
 * @param ownerId       the canonical id of the single owner of everything
 * @param ownerName     the owner's display name
 */
public record HandlerContext(Store store, Clock clock, String defaultRegion, String ownerId, String ownerName) {

    /** Validates the components. */
    public HandlerContext {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(defaultRegion, "defaultRegion");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(ownerName, "ownerName");
    }

    /** The current time at S3's precision (milliseconds). */
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
