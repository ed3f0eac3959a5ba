package dev.pail.internal.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One lifecycle rule, free of XML: its id, whether it is enabled, the objects it applies to and its
 * actions. Build one with {@link #enabled(String, LifecycleFilter)} and the {@code with} methods.
 *
 * @param id                        the rule's id
 * @param enabled                   whether its status is {@code Enabled}; disabled rules do nothing
 * @param filter                    the objects it applies to
 * @param expiration                when current versions expire ({@code Expiration} {@code Days} or {@code Date})
 * @param expiredObjectDeleteMarker whether expired object delete markers are removed ({@code ExpiredObjectDeleteMarker})
 * @param transitions               when current versions change storage class
 * @param noncurrentTransitions     when noncurrent versions change storage class
 * @param noncurrentExpiration      when noncurrent versions are deleted
 * @param abortAfterDays            the {@code DaysAfterInitiation} after which incomplete multipart uploads are aborted
 */
public record LifecycleRule(String id, boolean enabled, LifecycleFilter filter, Optional<Timing> expiration,
                            boolean expiredObjectDeleteMarker, List<Transition> transitions,
                            List<NoncurrentTransition> noncurrentTransitions,
                            Optional<NoncurrentExpiration> noncurrentExpiration, OptionalInt abortAfterDays) {

    /** Validates and copies the components. */
    public LifecycleRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(expiration, "expiration");
        transitions = List.copyOf(transitions);
        noncurrentTransitions = List.copyOf(noncurrentTransitions);
        Objects.requireNonNull(noncurrentExpiration, "noncurrentExpiration");
        Objects.requireNonNull(abortAfterDays, "abortAfterDays");
    }

    /**
     * An enabled rule without actions yet.
     *
     * @param id     the rule's id
     * @param filter the objects it applies to
     * @return the rule
     */
    public static LifecycleRule enabled(String id, LifecycleFilter filter) {
        return new LifecycleRule(id, true, filter, Optional.empty(), false, List.of(), List.of(), Optional.empty(),
                OptionalInt.empty());
    }

    /** This rule, disabled. */
    public LifecycleRule disabled() {
        return new LifecycleRule(id, false, filter, expiration, expiredObjectDeleteMarker, transitions,
                noncurrentTransitions, noncurrentExpiration, abortAfterDays);
    }

    /**
     * This rule, expiring current versions.
     *
     * @param when after how many days, or on which date
     * @return the new rule
     */
    public LifecycleRule withExpiration(Timing when) {
        return new LifecycleRule(id, enabled, filter, Optional.of(when), expiredObjectDeleteMarker, transitions,
                noncurrentTransitions, noncurrentExpiration, abortAfterDays);
    }

    /** This rule, removing expired object delete markers. */
    public LifecycleRule withExpiredObjectDeleteMarker() {
        return new LifecycleRule(id, enabled, filter, expiration, true, transitions, noncurrentTransitions,
                noncurrentExpiration, abortAfterDays);
    }

    /**
     * This rule, with one more transition of current versions.
     *
     * @param when         after how many days, or on which date
     * @param storageClass the target storage class
     * @return the new rule
     */
    public LifecycleRule withTransition(Timing when, String storageClass) {
        List<Transition> more = new ArrayList<>(transitions);
        more.add(new Transition(when, storageClass));
        return new LifecycleRule(id, enabled, filter, expiration, expiredObjectDeleteMarker, more,
                noncurrentTransitions, noncurrentExpiration, abortAfterDays);
    }

    /**
     * This rule, with one more transition of noncurrent versions.
     *
     * @param transition the transition
     * @return the new rule
     */
    public LifecycleRule withNoncurrentTransition(NoncurrentTransition transition) {
        List<NoncurrentTransition> more = new ArrayList<>(noncurrentTransitions);
        more.add(transition);
        return new LifecycleRule(id, enabled, filter, expiration, expiredObjectDeleteMarker, transitions, more,
                noncurrentExpiration, abortAfterDays);
    }

    /**
     * This rule, deleting noncurrent versions.
     *
     * @param noncurrent when
     * @return the new rule
     */
    public LifecycleRule withNoncurrentExpiration(NoncurrentExpiration noncurrent) {
        return new LifecycleRule(id, enabled, filter, expiration, expiredObjectDeleteMarker, transitions,
                noncurrentTransitions, Optional.of(noncurrent), abortAfterDays);
    }

    /**
     * This rule, aborting incomplete multipart uploads.
     *
     * @param daysAfterInitiation after how many days
     * @return the new rule
     */
    public LifecycleRule withAbortAfter(int daysAfterInitiation) {
        return new LifecycleRule(id, enabled, filter, expiration, expiredObjectDeleteMarker, transitions,
                noncurrentTransitions, noncurrentExpiration, OptionalInt.of(daysAfterInitiation));
    }

    /** When an action on current versions is due: a number of days after creation, or a date. */
    public sealed interface Timing {

        /**
         * When the action is due for a version created at {@code start}.
         *
         * @param start the version's creation (last modified) time
         * @param days  the day arithmetic
         * @return the due instant
         */
        Instant dueFrom(Instant start, LifecycleDays days);

        /**
         * {@code Days}: so many days after creation, rounded up to midnight.
         *
         * @param days the number of days, zero or more
         * @return the timing
         */
        static Timing afterDays(int days) {
            return new AfterDays(days);
        }

        /**
         * {@code Date}: from midnight UTC of a date on, for every matching object whatever its age.
         *
         * @param date the date
         * @return the timing
         */
        static Timing onDate(LocalDate date) {
            return new OnDate(date);
        }
    }

    /**
     * A number of days after creation.
     *
     * @param days the number of days, zero or more
     */
    public record AfterDays(int days) implements Timing {

        /** Validates the number of days. */
        public AfterDays {
            if (days < 0) {
                throw new IllegalArgumentException("days must not be negative: " + days);
            }
        }

        /** {@inheritDoc} */
        @Override
        public Instant dueFrom(Instant start, LifecycleDays lifecycleDays) {
            return lifecycleDays.after(start, days);
        }
    }

    /**
     * A date: due from its midnight UTC on.
     *
     * @param date the date
     */
    public record OnDate(LocalDate date) implements Timing {

        /** Validates the date. */
        public OnDate {
            Objects.requireNonNull(date, "date");
        }

        /** {@inheritDoc} */
        @Override
        public Instant dueFrom(Instant start, LifecycleDays lifecycleDays) {
            return lifecycleDays.date(date);
        }
    }

    /**
     * A {@code Transition} of current versions.
     *
     * @param when         when it is due
     * @param storageClass the target storage class
     */
    public record Transition(Timing when, String storageClass) {

        /** Validates the components. */
        public Transition {
            Objects.requireNonNull(when, "when");
            Objects.requireNonNull(storageClass, "storageClass");
        }
    }

    /**
     * A {@code NoncurrentVersionTransition}.
     *
     * @param noncurrentDays          how many days after the version became noncurrent
     * @param newerNoncurrentVersions how many newer noncurrent versions are kept in their storage class
     * @param storageClass            the target storage class
     */
    public record NoncurrentTransition(int noncurrentDays, OptionalInt newerNoncurrentVersions, String storageClass) {

        /** Validates the components. */
        public NoncurrentTransition {
            if (noncurrentDays < 0) {
                throw new IllegalArgumentException("noncurrentDays must not be negative: " + noncurrentDays);
            }
            Objects.requireNonNull(newerNoncurrentVersions, "newerNoncurrentVersions");
            Objects.requireNonNull(storageClass, "storageClass");
        }
    }

    /**
     * A {@code NoncurrentVersionExpiration}.
     *
     * @param noncurrentDays          how many days after the version became noncurrent
     * @param newerNoncurrentVersions how many newer noncurrent versions are kept whatever their age
     */
    public record NoncurrentExpiration(int noncurrentDays, OptionalInt newerNoncurrentVersions) {

        /** Validates the components. */
        public NoncurrentExpiration {
            if (noncurrentDays < 0) {
                throw new IllegalArgumentException("noncurrentDays must not be negative: " + noncurrentDays);
            }
            Objects.requireNonNull(newerNoncurrentVersions, "newerNoncurrentVersions");
        }
    }
}
