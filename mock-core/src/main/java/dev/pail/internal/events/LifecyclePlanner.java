package dev.pail.internal.events;

import dev.pail.internal.events.LifecycleAction.ExpireCurrent;
import dev.pail.internal.events.LifecycleAction.ExpireNoncurrent;
import dev.pail.internal.events.LifecycleAction.RemoveDeleteMarker;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Evaluates a bucket's lifecycle rules: what is due for the versions of a key, and the expiry and
 * abort dates S3 reports in {@code x-amz-expiration} and {@code x-amz-abort-date}. Immutable, so
 * one planner can serve any number of threads; cheap to build from the rules at each evaluation.
 *
 * <p>At most one action per version per evaluation. When several are due, S3 "optimizes for
 * cost": the shorter expiration wins; permanent deletion takes precedence over transition;
 * transition takes precedence over creating a delete marker; overlapping transitions go to the
 * cheaper class (see {@link StorageClassWaterfall}). (Amazon S3 User Guide, "How Amazon S3 handles
 * conflicts in lifecycle configurations",
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/lifecycle-conflicts.html.) What was not
 * done this time is done at a later evaluation, if still due.
 */
public final class LifecyclePlanner {

    /** 128 KB: S3 does not transition smaller objects by default. */
    public static final long SMALL_OBJECT_BYTES = 128 * 1024;

    private final List<LifecycleRule> rules;
    private final LifecycleDays days;
    private final LifecycleTransitionMinimum minimum;

    /**
     * A planner with S3's default minimum transition size ({@code all_storage_classes_128K}).
     *
     * @param rules the bucket's rules, disabled ones included (they are ignored)
     * @param days  the day arithmetic
     */
    public LifecyclePlanner(List<LifecycleRule> rules, LifecycleDays days) {
        this(rules, days, LifecycleTransitionMinimum.ALL_STORAGE_CLASSES_128K);
    }

    /**
     * A planner.
     *
     * @param rules   the bucket's rules, disabled ones included (they are ignored)
     * @param days    the day arithmetic
     * @param minimum the bucket's {@code x-amz-transition-default-minimum-object-size}
     */
    public LifecyclePlanner(List<LifecycleRule> rules, LifecycleDays days, LifecycleTransitionMinimum minimum) {
        this.rules = rules.stream().filter(LifecycleRule::enabled).toList();
        this.days = Objects.requireNonNull(days, "days");
        this.minimum = Objects.requireNonNull(minimum, "minimum");
    }

    /**
     * What is due now for the versions of a key.
     *
     * <p>A current delete marker with no other version (an expired object delete marker) is removed
     * by a rule with {@code ExpiredObjectDeleteMarker}, or by a rule with an {@code Expiration} once
     * the marker is old enough ("When you specify the Days tag, Amazon S3 automatically performs
     * ExpiredObjectDeleteMarker cleanup when the delete markers are old enough to satisfy the age
     * criteria", User Guide, "Examples of S3 Lifecycle configuration", example 7). A current delete
     * marker with versions beneath it is left alone. A noncurrent version became noncurrent when its
     * next newer version was created (User Guide, "Lifecycle configuration elements").
     *
     * @param key                   the key
     * @param newestFirst           all its versions, delete markers included, newest (current) first
     * @param versioningEverEnabled whether the bucket is versioning-enabled or -suspended (noncurrent
     *                              actions apply, and expiration creates a delete marker)
     * @param now                   the evaluation time
     * @return the actions, the current version's first, then noncurrent versions newest first
     */
    public List<LifecycleAction> actionsFor(String key, List<VersionFacts> newestFirst, boolean versioningEverEnabled,
                                            Instant now) {
        if (newestFirst.isEmpty()) {
            return List.of();
        }
        List<LifecycleAction> actions = new ArrayList<>();
        VersionFacts current = newestFirst.get(0);
        if (!current.deleteMarker()) {
            currentAction(key, current, versioningEverEnabled, now).ifPresent(actions::add);
        } else if (newestFirst.size() == 1) {
            expiredMarkerAction(key, current, now).ifPresent(actions::add);
        }
        if (versioningEverEnabled) {
            int newerObjects = 0;
            for (int i = 1; i < newestFirst.size(); i++) {
                VersionFacts version = newestFirst.get(i);
                Instant since = newestFirst.get(i - 1).lastModified();
                noncurrentAction(key, version, since, newerObjects, now).ifPresent(actions::add);
                if (!version.deleteMarker()) {
                    newerObjects++;
                }
            }
        }
        return List.copyOf(actions);
    }

    /**
     * When the current version of a key expires, for {@code x-amz-expiration}: the earliest
     * {@code Days} or {@code Date} expiration among the rules that apply to it (for a date, the date).
     *
     * @param key     the key
     * @param current its current version
     * @return the expiry date and the rule, or empty for a delete marker or when no rule expires it
     */
    public Optional<LifecycleExpiry> expiryOf(String key, VersionFacts current) {
        if (current.deleteMarker()) {
            return Optional.empty();
        }
        return first(currentExpirations(key, current)).map(due -> new LifecycleExpiry(due.at(), due.ruleId()));
    }

    /**
     * When an incomplete multipart upload is aborted, for {@code x-amz-abort-date} and
     * {@code x-amz-abort-rule-id}: the earliest {@code DaysAfterInitiation} among the rules whose prefix
     * matches (rules with tags never abort uploads).
     *
     * @param key       the upload's key
     * @param initiated when it was initiated
     * @return the abort date and the rule, or empty when no rule aborts it
     */
    public Optional<LifecycleExpiry> abortOf(String key, Instant initiated) {
        List<Due> dues = new ArrayList<>();
        for (LifecycleRule rule : rules) {
            if (rule.abortAfterDays().isPresent() && rule.filter().matchesUpload(key)) {
                dues.add(new Due(rule.id(), days.after(initiated, rule.abortAfterDays().getAsInt())));
            }
        }
        return first(dues).map(due -> new LifecycleExpiry(due.at(), due.ruleId()));
    }

    /**
     * Whether an incomplete multipart upload is due to be aborted.
     *
     * @param key       the upload's key
     * @param initiated when it was initiated
     * @param now       the evaluation time
     * @return the id of the rule that aborts it now, or empty
     */
    public Optional<String> abortDue(String key, Instant initiated, Instant now) {
        return abortOf(key, initiated).filter(expiry -> !expiry.date().isAfter(now)).map(LifecycleExpiry::ruleId);
    }

    private Optional<LifecycleAction> currentAction(String key, VersionFacts version, boolean versioned,
                                                    Instant now) {
        Optional<Due> expiry = earliest(currentExpirations(key, version), now);
        Optional<Move> move = bestMove(currentMoves(key, version), version, now);
        // Unversioned: expiration is a permanent deletion, which beats a transition. Versioned: it
        // creates a delete marker, and a transition beats that.
        if (expiry.isPresent() && (!versioned || move.isEmpty())) {
            return Optional.of(new ExpireCurrent(expiry.get().ruleId()));
        }
        return move.map(m -> new LifecycleAction.Transition(m.ruleId(), version.versionId(), m.storageClass(), true));
    }

    private Optional<LifecycleAction> expiredMarkerAction(String key, VersionFacts marker, Instant now) {
        List<Due> dues = new ArrayList<>();
        for (LifecycleRule rule : rules) {
            if (!rule.filter().matchesDeleteMarker(key)) {
                continue;
            }
            if (rule.expiredObjectDeleteMarker()) {
                dues.add(new Due(rule.id(), marker.lastModified()));
            }
            rule.expiration().ifPresent(when -> dues.add(new Due(rule.id(), when.dueFrom(marker.lastModified(), days))));
        }
        return earliest(dues, now).map(due -> new RemoveDeleteMarker(due.ruleId(), marker.versionId()));
    }

    private Optional<LifecycleAction> noncurrentAction(String key, VersionFacts version, Instant since,
                                                       int newerObjects, Instant now) {
        List<Due> expirations = new ArrayList<>();
        for (LifecycleRule rule : rules) {
            rule.noncurrentExpiration().ifPresent(expiration -> {
                boolean applies = version.deleteMarker() ? rule.filter().matchesDeleteMarker(key)
                        : matches(rule, key, version) && retainedEnough(expiration.newerNoncurrentVersions(), newerObjects);
                if (applies) {
                    expirations.add(new Due(rule.id(), days.after(since, expiration.noncurrentDays())));
                }
            });
        }
        Optional<Due> expiry = earliest(expirations, now);
        if (expiry.isPresent() || version.deleteMarker()) {
            return expiry.map(due -> new ExpireNoncurrent(due.ruleId(), version.versionId()));
        }
        return bestMove(noncurrentMoves(key, version, since, newerObjects), version, now)
                .map(m -> new LifecycleAction.Transition(m.ruleId(), version.versionId(), m.storageClass(), false));
    }

    private List<Due> currentExpirations(String key, VersionFacts version) {
        List<Due> dues = new ArrayList<>();
        for (LifecycleRule rule : rules) {
            if (rule.expiration().isPresent() && matches(rule, key, version)) {
                dues.add(new Due(rule.id(), rule.expiration().get().dueFrom(version.lastModified(), days)));
            }
        }
        return dues;
    }

    private List<Move> currentMoves(String key, VersionFacts version) {
        List<Move> moves = new ArrayList<>();
        for (LifecycleRule rule : rules) {
            if (matches(rule, key, version)) {
                for (LifecycleRule.Transition transition : rule.transitions()) {
                    moves.add(new Move(rule.id(), transition.when().dueFrom(version.lastModified(), days),
                            transition.storageClass(), rule.filter().hasSizeBounds()));
                }
            }
        }
        return moves;
    }

    private List<Move> noncurrentMoves(String key, VersionFacts version, Instant since, int newerObjects) {
        List<Move> moves = new ArrayList<>();
        for (LifecycleRule rule : rules) {
            if (matches(rule, key, version)) {
                for (LifecycleRule.NoncurrentTransition transition : rule.noncurrentTransitions()) {
                    if (retainedEnough(transition.newerNoncurrentVersions(), newerObjects)) {
                        moves.add(new Move(rule.id(), days.after(since, transition.noncurrentDays()),
                                transition.storageClass(), rule.filter().hasSizeBounds()));
                    }
                }
            }
        }
        return moves;
    }

    /** The due transition to the most preferred class the version can go to; ties go to the earliest, then the first. */
    private Optional<Move> bestMove(List<Move> moves, VersionFacts version, Instant now) {
        Move best = null;
        for (Move move : moves) {
            boolean possible = StorageClassWaterfall.canTransition(version.storageClass(), move.storageClass())
                    && sizeAllows(move, version.size());
            if (!possible || move.at().isAfter(now)) {
                continue;
            }
            int order = best == null ? 1 : Integer.compare(StorageClassWaterfall.preference(move.storageClass()),
                    StorageClassWaterfall.preference(best.storageClass()));
            if (order > 0 || order == 0 && move.at().isBefore(best.at())) {
                best = move;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * S3's default minimum object size for transitions: under {@code all_storage_classes_128K} objects
     * smaller than 128 KB do not transition; under {@code varies_by_storage_class} they go only to
     * Glacier Flexible Retrieval or Deep Archive. A rule whose filter names a size bound overrides
     * the default (PutBucketLifecycleConfiguration, {@code x-amz-transition-default-minimum-object-size}).
     */
    private boolean sizeAllows(Move move, long size) {
        return move.sized() || size >= SMALL_OBJECT_BYTES
                || minimum == LifecycleTransitionMinimum.VARIES_BY_STORAGE_CLASS
                        && StorageClassWaterfall.isArchive(move.storageClass());
    }

    private static boolean matches(LifecycleRule rule, String key, VersionFacts version) {
        return rule.filter().matches(key, version.size(), version.tags());
    }

    /** Whether a noncurrent version has at least {@code NewerNoncurrentVersions} newer noncurrent versions. */
    private static boolean retainedEnough(OptionalInt newerNoncurrentVersions, int newerObjects) {
        return newerNoncurrentVersions.isEmpty() || newerObjects >= newerNoncurrentVersions.getAsInt();
    }

    private static Optional<Due> earliest(List<Due> dues, Instant now) {
        return first(dues.stream().filter(due -> !due.at().isAfter(now)).toList());
    }

    /** The earliest; of equals, the first rule's. */
    private static Optional<Due> first(List<Due> dues) {
        Due best = null;
        for (Due due : dues) {
            if (best == null || due.at().isBefore(best.at())) {
                best = due;
            }
        }
        return Optional.ofNullable(best);
    }

    private record Due(String ruleId, Instant at) {
    }

    private record Move(String ruleId, Instant at, String storageClass, boolean sized) {
    }
}
