package dev.pail.internal.handler;

import dev.pail.Authentication;
import dev.pail.BucketDefaults;
import dev.pail.User;
import dev.pail.internal.events.EventLog;
import dev.pail.internal.auth.Principal;
import dev.pail.internal.auth.UserDirectory;
import dev.pail.internal.protocol.S3Request;
import dev.pail.internal.store.Bucket;
import dev.pail.internal.store.Store;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What every handler needs: the store, the clock and the server's users.
 *
 * @param store          the store
 * @param clock          the clock for every time the server reports
 * @param defaultRegion  the region of the server
 * @param users          the users the server knows, the default user (the owner of the start-up buckets) first
 * @param authentication how requests are authenticated
 * @param bucketDefaults how new buckets start out
 * @param events         where event notifications are recorded
 * @param dayLength      how long a day of lifecycle rules and restores lasts
 */
public record HandlerContext(Store store, Clock clock, String defaultRegion, UserDirectory users,
                             Authentication authentication, BucketDefaults bucketDefaults, EventLog events,
                             Duration dayLength) {

    /** Validates the components. */
    public HandlerContext {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(defaultRegion, "defaultRegion");
        Objects.requireNonNull(users, "users");
        Objects.requireNonNull(authentication, "authentication");
        Objects.requireNonNull(bucketDefaults, "bucketDefaults");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(dayLength, "dayLength");
    }

    /** A context with the default user only, served leniently (for tests of single handlers). */
    public static HandlerContext of(Store store, Clock clock, String defaultRegion) {
        return new HandlerContext(store, clock, defaultRegion, new UserDirectory(List.of(User.defaultUser())),
                Authentication.LENIENT, BucketDefaults.CURRENT, new EventLog(10_000), Duration.ofDays(1));
    }

    /** The canonical id of the default user. */
    public String ownerId() {
        return users.defaultUser().canonicalId();
    }

    /** The canonical id of the account with this e-mail address, as S3 resolves e-mail grants. */
    public Optional<String> canonicalIdOfEmail(String email) {
        return users.byEmail(email).map(User::canonicalId);
    }

    /** The display name of the default user. */
    public String ownerName() {
        return users.defaultUser().displayName();
    }

    /** The user a request is served as: its principal, or the default user (before authentication, anonymous). */
    public User caller(S3Request request) {
        return request.principal().flatMap(Principal::user).orElse(users.defaultUser());
    }

    /** The user who owns a bucket. */
    public User ownerOf(Bucket bucket) {
        return bucket.owner().flatMap(users::byCanonicalId).orElse(users.defaultUser());
    }

    /** The current time at S3's precision (milliseconds). */
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
