package dev.pail.internal.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pail.internal.events.LifecycleAction.ExpireCurrent;
import dev.pail.internal.events.LifecycleAction.ExpireNoncurrent;
import dev.pail.internal.events.LifecycleAction.RemoveDeleteMarker;
import dev.pail.internal.events.LifecycleAction.Transition;
import dev.pail.internal.events.LifecycleRule.NoncurrentExpiration;
import dev.pail.internal.events.LifecycleRule.NoncurrentTransition;
import dev.pail.internal.events.LifecycleRule.Timing;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LifecyclePlannerTest {

    private static final long BIG = 1_000_000;
    private static final String KEY = "logs/a.txt";

    private static Instant at(String text) {
        return Instant.parse(text);
    }

    /** Midnight UTC of a day of January 2014 (day 1 = 2014-01-01). */
    private static Instant day(int day) {
        return at("2014-01-01T00:00:00Z").plus(Duration.ofDays(day - 1));
    }

    private static VersionFacts object(String id, Instant created) {
        return VersionFacts.object(id, created, BIG, Map.of(), "STANDARD");
    }

    private static VersionFacts object(String id, Instant created, long size, String storageClass) {
        return VersionFacts.object(id, created, size, Map.of(), storageClass);
    }

    private static LifecyclePlanner planner(LifecycleRule... rules) {
        return new LifecyclePlanner(List.of(rules), LifecycleDays.STANDARD);
    }

    private static LifecycleRule rule(String id) {
        return LifecycleRule.enabled(id, LifecycleFilter.all());
    }

    @Nested
    class CurrentExpiration {

        private final LifecyclePlanner planner = planner(rule("r1").withExpiration(Timing.afterDays(3)));
        private final VersionFacts version = object("null", at("2014-01-15T10:30:00Z"));

        @Test
        void isDueAtTheMidnightAfterTheDays() {
            assertThat(planner.actionsFor(KEY, List.of(version), false, at("2014-01-18T23:59:59.999Z"))).isEmpty();
            assertThat(planner.actionsFor(KEY, List.of(version), false, at("2014-01-19T00:00:00Z")))
                    .containsExactly(new ExpireCurrent("r1"));
            assertThat(planner.actionsFor(KEY, List.of(version), true, at("2014-02-19T00:00:00Z")))
                    .containsExactly(new ExpireCurrent("r1"));
        }

        @Test
        void aDateExpiresEveryMatchingObjectFromItsMidnightWhateverItsAge() {
            LifecyclePlanner dated = planner(rule("d").withExpiration(Timing.onDate(LocalDate.of(2030, 1, 1))));
            VersionFacts older = object("v", at("2029-12-31T23:00:00Z"));
            assertThat(dated.actionsFor(KEY, List.of(older), false, at("2029-12-31T23:59:59Z"))).isEmpty();
            assertThat(dated.actionsFor(KEY, List.of(older), false, at("2030-01-01T00:00:00Z")))
                    .containsExactly(new ExpireCurrent("d"));
            VersionFacts newer = object("v", at("2030-06-01T12:00:00Z"));
            assertThat(dated.actionsFor(KEY, List.of(newer), false, at("2030-06-01T12:00:01Z")))
                    .containsExactly(new ExpireCurrent("d"));
        }

        @Test
        void rulesThatDoNotApplyDoNothing() {
            Instant late = at("2020-01-01T00:00:00Z");
            LifecycleRule other = LifecycleRule.enabled("p", LifecycleFilter.prefix("data/")).withExpiration(Timing.afterDays(1));
            LifecycleRule tagged = LifecycleRule.enabled("t", LifecycleFilter.all().withTag("k", "v"))
                    .withExpiration(Timing.afterDays(1));
            LifecycleRule disabled = rule("off").withExpiration(Timing.afterDays(1)).disabled();
            assertThat(planner(other, tagged, disabled).actionsFor(KEY, List.of(version), false, late)).isEmpty();
            VersionFacts taggedVersion = VersionFacts.object("v", version.lastModified(), BIG, Map.of("k", "v"), "STANDARD");
            assertThat(planner(other, tagged, disabled).actionsFor(KEY, List.of(taggedVersion), false, late))
                    .containsExactly(new ExpireCurrent("t"));
        }

        @Test
        void theShorterExpirationWins() {
            LifecyclePlanner two = planner(rule("long").withExpiration(Timing.afterDays(30)),
                    rule("short").withExpiration(Timing.afterDays(10)));
            assertThat(two.actionsFor(KEY, List.of(version), false, day(60))).containsExactly(new ExpireCurrent("short"));
        }

        @Test
        void aCurrentDeleteMarkerWithVersionsBeneathIsLeftAlone() {
            List<VersionFacts> versions = List.of(VersionFacts.deleteMarker("dm", day(2)), object("v1", day(1)));
            assertThat(planner.actionsFor(KEY, versions, true, day(60))).isEmpty();
        }

        @Test
        void worksWithACompressedDay() {
            LifecyclePlanner fast = new LifecyclePlanner(List.of(rule("r").withExpiration(Timing.afterDays(2))),
                    new LifecycleDays(Duration.ofSeconds(1)));
            VersionFacts created = object("v", Instant.ofEpochMilli(100_500));
            assertThat(fast.actionsFor(KEY, List.of(created), false, Instant.ofEpochMilli(102_999))).isEmpty();
            assertThat(fast.actionsFor(KEY, List.of(created), false, Instant.ofEpochSecond(103)))
                    .containsExactly(new ExpireCurrent("r"));
        }

        @Test
        void nothingHappensToAKeyWithoutVersions() {
            assertThat(planner.actionsFor(KEY, List.of(), true, day(60))).isEmpty();
        }
    }

    @Nested
    class ExpiredObjectDeleteMarkers {

        private final VersionFacts marker = VersionFacts.deleteMarker("dm", at("2014-01-15T10:30:00Z"));

        @Test
        void aLoneMarkerIsRemovedAtOnceByExpiredObjectDeleteMarker() {
            LifecyclePlanner planner = planner(rule("eodm").withExpiredObjectDeleteMarker());
            assertThat(planner.actionsFor(KEY, List.of(marker), true, marker.lastModified()))
                    .containsExactly(new RemoveDeleteMarker("eodm", "dm"));
        }

        @Test
        void aMarkerWithVersionsBeneathIsNotExpired() {
            LifecyclePlanner planner = planner(rule("eodm").withExpiredObjectDeleteMarker());
            List<VersionFacts> versions = List.of(marker, object("v1", day(1)));
            assertThat(planner.actionsFor(KEY, versions, true, day(60))).isEmpty();
        }

        @Test
        void anExpirationInDaysRemovesALoneMarkerOnceItIsOldEnough() {
            LifecyclePlanner planner = planner(rule("days").withExpiration(Timing.afterDays(2)));
            assertThat(planner.actionsFor(KEY, List.of(marker), true, at("2014-01-17T23:59:59Z"))).isEmpty();
            assertThat(planner.actionsFor(KEY, List.of(marker), true, at("2014-01-18T00:00:00Z")))
                    .containsExactly(new RemoveDeleteMarker("days", "dm"));
        }

        @Test
        void rulesWithTagsOrAnotherPrefixDoNotApplyButSizeBoundsAreIgnored() {
            LifecycleRule tagged = LifecycleRule.enabled("t", LifecycleFilter.all().withTag("k", "v"))
                    .withExpiration(Timing.afterDays(1));
            LifecycleRule other = LifecycleRule.enabled("p", LifecycleFilter.prefix("data/")).withExpiredObjectDeleteMarker();
            assertThat(planner(tagged, other).actionsFor(KEY, List.of(marker), true, day(60))).isEmpty();
            LifecycleRule sized = LifecycleRule.enabled("s", LifecycleFilter.prefix("logs/").withSizeGreaterThan(500))
                    .withExpiredObjectDeleteMarker();
            assertThat(planner(sized).actionsFor(KEY, List.of(marker), true, day(60)))
                    .containsExactly(new RemoveDeleteMarker("s", "dm"));
        }
    }

    @Nested
    class NoncurrentVersions {

        @Test
        void countNoncurrentDaysFromTheSuccessorsCreation() {
            LifecyclePlanner planner = planner(rule("nc").withNoncurrentExpiration(new NoncurrentExpiration(3, OptionalInt.empty())));
            List<VersionFacts> versions = List.of(object("v2", at("2014-01-15T10:30:00Z")),
                    object("v1", at("2014-01-01T10:30:00Z")));
            assertThat(planner.actionsFor(KEY, versions, true, at("2014-01-18T23:59:59Z"))).isEmpty();
            assertThat(planner.actionsFor(KEY, versions, true, at("2014-01-19T00:00:00Z")))
                    .containsExactly(new ExpireNoncurrent("nc", "v1"));
        }

        @Test
        void newerNoncurrentVersionsAreKeptWhateverTheirAge() {
            LifecyclePlanner planner = planner(rule("keep2").withNoncurrentExpiration(new NoncurrentExpiration(1, OptionalInt.of(2))));
            List<VersionFacts> versions = List.of(object("cur", day(10)), object("nc1", day(9)), object("nc2", day(8)),
                    object("nc3", day(7)), object("nc4", day(6)));
            assertThat(planner.actionsFor(KEY, versions, true, day(30)))
                    .containsExactly(new ExpireNoncurrent("keep2", "nc3"), new ExpireNoncurrent("keep2", "nc4"));
        }

        @Test
        void retentionAndAgeMustBothHold() {
            LifecyclePlanner planner = planner(rule("r").withNoncurrentExpiration(new NoncurrentExpiration(10, OptionalInt.of(1))));
            List<VersionFacts> versions = List.of(object("cur", day(20)), object("nc1", day(19)), object("nc2", day(18)));
            assertThat(planner.actionsFor(KEY, versions, true, day(28))).isEmpty();
            assertThat(planner.actionsFor(KEY, versions, true, day(29))).containsExactly(new ExpireNoncurrent("r", "nc2"));
        }

        @Test
        void noncurrentDeleteMarkersAreExpiredButNotCountedAsRetainedVersions() {
            LifecyclePlanner planner = planner(rule("r").withNoncurrentExpiration(new NoncurrentExpiration(1, OptionalInt.of(1))));
            List<VersionFacts> versions = List.of(object("cur", day(10)), VersionFacts.deleteMarker("dm", day(9)),
                    object("nc1", day(8)), object("nc2", day(7)));
            assertThat(planner.actionsFor(KEY, versions, true, day(30)))
                    .containsExactly(new ExpireNoncurrent("r", "dm"), new ExpireNoncurrent("r", "nc2"));
        }

        @Test
        void haveNoEffectInABucketThatNeverHadVersioning() {
            LifecyclePlanner planner = planner(rule("nc").withNoncurrentExpiration(new NoncurrentExpiration(1, OptionalInt.empty())));
            List<VersionFacts> versions = List.of(object("cur", day(10)), object("old", day(1)));
            assertThat(planner.actionsFor(KEY, versions, false, day(30))).isEmpty();
        }

        @Test
        void transitionAfterTheNewerOnesAreKept() {
            LifecyclePlanner planner = planner(rule("t").withNoncurrentTransition(
                    new NoncurrentTransition(0, OptionalInt.of(1), "GLACIER")));
            List<VersionFacts> versions = List.of(object("cur", day(10)), object("nc1", day(9)), object("nc2", day(8)));
            assertThat(planner.actionsFor(KEY, versions, true, day(11)))
                    .containsExactly(new Transition("t", "nc2", "GLACIER", false));
        }

        @Test
        void deletionBeatsTransition() {
            LifecyclePlanner planner = planner(
                    rule("move").withNoncurrentTransition(new NoncurrentTransition(1, OptionalInt.empty(), "GLACIER")),
                    rule("delete").withNoncurrentExpiration(new NoncurrentExpiration(1, OptionalInt.empty())));
            List<VersionFacts> versions = List.of(object("cur", day(10)), object("nc", day(9)));
            assertThat(planner.actionsFor(KEY, versions, true, day(20))).containsExactly(new ExpireNoncurrent("delete", "nc"));
        }

        @Test
        void everyVersionGetsAtMostOneActionCurrentFirst() {
            LifecyclePlanner planner = planner(rule("all").withExpiration(Timing.afterDays(1))
                    .withTransition(Timing.afterDays(1), "GLACIER")
                    .withNoncurrentExpiration(new NoncurrentExpiration(1, OptionalInt.empty())));
            List<VersionFacts> versions = List.of(object("cur", day(10)), object("nc1", day(9)), object("nc2", day(8)));
            assertThat(planner.actionsFor(KEY, versions, true, day(20))).containsExactly(
                    new Transition("all", "cur", "GLACIER", true), new ExpireNoncurrent("all", "nc1"),
                    new ExpireNoncurrent("all", "nc2"));
        }
    }

    @Nested
    class Transitions {

        @Test
        void currentVersionsMoveAfterTheirDays() {
            LifecyclePlanner planner = planner(rule("g").withTransition(Timing.afterDays(30), "GLACIER"));
            VersionFacts version = object("v", at("2014-01-01T10:00:00Z"));
            assertThat(planner.actionsFor(KEY, List.of(version), false, at("2014-01-31T23:59:59Z"))).isEmpty();
            assertThat(planner.actionsFor(KEY, List.of(version), false, at("2014-02-01T00:00:00Z")))
                    .containsExactly(new Transition("g", "v", "GLACIER", true));
        }

        @Test
        void onADate() {
            LifecyclePlanner planner = planner(rule("d").withTransition(Timing.onDate(LocalDate.of(2014, 3, 1)), "DEEP_ARCHIVE"));
            VersionFacts version = object("v", day(1));
            assertThat(planner.actionsFor(KEY, List.of(version), false, at("2014-02-28T23:59:59Z"))).isEmpty();
            assertThat(planner.actionsFor(KEY, List.of(version), false, at("2014-03-01T00:00:00Z")))
                    .containsExactly(new Transition("d", "v", "DEEP_ARCHIVE", true));
        }

        @Test
        void followTheWaterfallOnly() {
            Instant late = day(300);
            assertThat(planner(rule("same").withTransition(Timing.afterDays(1), "GLACIER"))
                    .actionsFor(KEY, List.of(object("v", day(1), BIG, "GLACIER")), false, late)).isEmpty();
            assertThat(planner(rule("back").withTransition(Timing.afterDays(1), "STANDARD_IA"))
                    .actionsFor(KEY, List.of(object("v", day(1), BIG, "GLACIER")), false, late)).isEmpty();
            assertThat(planner(rule("oz").withTransition(Timing.afterDays(1), "GLACIER_IR"))
                    .actionsFor(KEY, List.of(object("v", day(1), BIG, "ONEZONE_IA")), false, late)).isEmpty();
            assertThat(planner(rule("deep").withTransition(Timing.afterDays(1), "DEEP_ARCHIVE"))
                    .actionsFor(KEY, List.of(object("v", day(1), BIG, "GLACIER")), false, late))
                    .containsExactly(new Transition("deep", "v", "DEEP_ARCHIVE", true));
            assertThat(planner(rule("out").withTransition(Timing.afterDays(1), "GLACIER"))
                    .actionsFor(KEY, List.of(object("v", day(1), BIG, "DEEP_ARCHIVE")), false, late)).isEmpty();
        }

        @Test
        void theColdestDueTierOfARuleWins() {
            LifecyclePlanner planner = planner(rule("tiers").withTransition(Timing.afterDays(30), "STANDARD_IA")
                    .withTransition(Timing.afterDays(90), "GLACIER"));
            assertThat(planner.actionsFor(KEY, List.of(object("v", day(1))), false, day(50)))
                    .containsExactly(new Transition("tiers", "v", "STANDARD_IA", true));
            assertThat(planner.actionsFor(KEY, List.of(object("v", day(1))), false, day(100)))
                    .containsExactly(new Transition("tiers", "v", "GLACIER", true));
            assertThat(planner.actionsFor(KEY, List.of(object("v", day(1), BIG, "STANDARD_IA")), false, day(100)))
                    .containsExactly(new Transition("tiers", "v", "GLACIER", true));
        }

        @Test
        void overlappingTransitionsPreferIntelligentTieringOverIaAndGlacierOverEverything() {
            LifecycleRule ia = rule("ia").withTransition(Timing.afterDays(30), "STANDARD_IA");
            LifecycleRule it = rule("it").withTransition(Timing.afterDays(30), "INTELLIGENT_TIERING");
            LifecycleRule glacier = rule("glacier").withTransition(Timing.afterDays(30), "GLACIER");
            List<VersionFacts> versions = List.of(object("v", day(1)));
            assertThat(planner(ia, it).actionsFor(KEY, versions, false, day(40)))
                    .containsExactly(new Transition("it", "v", "INTELLIGENT_TIERING", true));
            assertThat(planner(ia, it, glacier).actionsFor(KEY, versions, false, day(40)))
                    .containsExactly(new Transition("glacier", "v", "GLACIER", true));
        }

        @Test
        void ofTheSameClassTheEarlierRuleIsNamed() {
            LifecycleRule late = rule("late").withTransition(Timing.afterDays(365), "STANDARD_IA");
            LifecycleRule soon = rule("soon").withTransition(Timing.afterDays(10), "STANDARD_IA");
            assertThat(planner(late, soon).actionsFor(KEY, List.of(object("v", day(1))), false, day(400)))
                    .containsExactly(new Transition("soon", "v", "STANDARD_IA", true));
        }

        @Test
        void permanentDeletionBeatsTransitionButTransitionBeatsADeleteMarker() {
            LifecyclePlanner planner = planner(rule("expire").withExpiration(Timing.afterDays(365)),
                    rule("move").withTransition(Timing.afterDays(365), "STANDARD_IA"));
            List<VersionFacts> versions = List.of(object("v", day(1)));
            assertThat(planner.actionsFor(KEY, versions, false, day(400))).containsExactly(new ExpireCurrent("expire"));
            assertThat(planner.actionsFor(KEY, versions, true, day(400)))
                    .containsExactly(new Transition("move", "v", "STANDARD_IA", true));
            List<VersionFacts> moved = List.of(object("v", day(1), BIG, "STANDARD_IA"));
            assertThat(planner.actionsFor(KEY, moved, true, day(400))).containsExactly(new ExpireCurrent("expire"));
        }

        @Test
        void smallObjectsDoNotTransitionByDefault() {
            LifecycleRule glacier = rule("g").withTransition(Timing.afterDays(1), "GLACIER");
            LifecycleRule ia = rule("ia").withTransition(Timing.afterDays(1), "STANDARD_IA");
            List<VersionFacts> small = List.of(object("v", day(1), 1_000, "STANDARD"));
            assertThat(planner(glacier).actionsFor(KEY, small, false, day(60))).isEmpty();
            List<VersionFacts> limit = List.of(object("v", day(1), LifecyclePlanner.SMALL_OBJECT_BYTES, "STANDARD"));
            assertThat(planner(ia).actionsFor(KEY, limit, false, day(60)))
                    .containsExactly(new Transition("ia", "v", "STANDARD_IA", true));
            LifecyclePlanner varies = new LifecyclePlanner(List.of(ia, glacier), LifecycleDays.STANDARD,
                    LifecycleTransitionMinimum.VARIES_BY_STORAGE_CLASS);
            assertThat(varies.actionsFor(KEY, small, false, day(60))).containsExactly(new Transition("g", "v", "GLACIER", true));
            assertThat(new LifecyclePlanner(List.of(ia), LifecycleDays.STANDARD,
                    LifecycleTransitionMinimum.VARIES_BY_STORAGE_CLASS).actionsFor(KEY, small, false, day(60))).isEmpty();
        }

        @Test
        void aSizeFilterOverridesTheDefaultMinimum() {
            LifecycleRule sized = LifecycleRule.enabled("s", LifecycleFilter.all().withSizeLessThan(10_000))
                    .withTransition(Timing.afterDays(1), "STANDARD_IA");
            assertThat(planner(sized).actionsFor(KEY, List.of(object("v", day(1), 1_000, "STANDARD")), false, day(60)))
                    .containsExactly(new Transition("s", "v", "STANDARD_IA", true));
        }

        @Test
        void readsTheMinimumSizeHeader() {
            assertThat(LifecycleTransitionMinimum.fromHeader("all_storage_classes_128K"))
                    .contains(LifecycleTransitionMinimum.ALL_STORAGE_CLASSES_128K);
            assertThat(LifecycleTransitionMinimum.fromHeader("varies_by_storage_class"))
                    .contains(LifecycleTransitionMinimum.VARIES_BY_STORAGE_CLASS);
            assertThat(LifecycleTransitionMinimum.fromHeader("other")).isEmpty();
            assertThat(LifecycleTransitionMinimum.VARIES_BY_STORAGE_CLASS.headerValue()).isEqualTo("varies_by_storage_class");
        }
    }

    @Nested
    class Headers {

        private final VersionFacts version = object("v", at("2014-01-15T10:30:00Z"));

        @Test
        void theExpiryIsTheEarliestExpirationThatApplies() {
            LifecyclePlanner planner = planner(rule("days").withExpiration(Timing.afterDays(30)),
                    rule("date").withExpiration(Timing.onDate(LocalDate.of(2014, 2, 1))),
                    rule("off").withExpiration(Timing.afterDays(1)).disabled(),
                    LifecycleRule.enabled("other", LifecycleFilter.prefix("data/")).withExpiration(Timing.afterDays(1)));
            assertThat(planner.expiryOf(KEY, version)).contains(new LifecycleExpiry(at("2014-02-01T00:00:00Z"), "date"));
            LifecyclePlanner days = planner(rule("days").withExpiration(Timing.afterDays(30)));
            assertThat(days.expiryOf(KEY, version)).contains(new LifecycleExpiry(at("2014-02-15T00:00:00Z"), "days"));
        }

        @Test
        void thereIsNoExpiryForDeleteMarkersOrWithoutAnExpiration() {
            LifecyclePlanner planner = planner(rule("days").withExpiration(Timing.afterDays(30)));
            assertThat(planner.expiryOf(KEY, VersionFacts.deleteMarker("dm", day(1)))).isEmpty();
            assertThat(planner(rule("t").withTransition(Timing.afterDays(1), "GLACIER")).expiryOf(KEY, version)).isEmpty();
            assertThat(planner(rule("m").withExpiredObjectDeleteMarker()).expiryOf(KEY, version)).isEmpty();
        }

        @Test
        void uploadsAreAbortedByTheEarliestRuleOnTheirPrefix() {
            LifecyclePlanner planner = planner(
                    LifecycleRule.enabled("seven", LifecycleFilter.prefix("uploads/")).withAbortAfter(7),
                    LifecycleRule.enabled("three", LifecycleFilter.prefix("uploads/big/")).withAbortAfter(3),
                    LifecycleRule.enabled("tagged", LifecycleFilter.all().withTag("k", "v")).withAbortAfter(1));
            Instant initiated = at("2014-01-15T10:30:00Z");
            assertThat(planner.abortOf("uploads/a", initiated)).contains(new LifecycleExpiry(at("2014-01-23T00:00:00Z"), "seven"));
            assertThat(planner.abortOf("uploads/big/a", initiated))
                    .contains(new LifecycleExpiry(at("2014-01-19T00:00:00Z"), "three"));
            assertThat(planner.abortOf("other", initiated)).isEmpty();
        }

        @Test
        void anUploadIsDueOnItsAbortDate() {
            LifecyclePlanner planner = planner(rule("abort").withAbortAfter(7));
            Instant initiated = at("2014-01-15T10:30:00Z");
            assertThat(planner.abortDue("k", initiated, at("2014-01-22T23:59:59Z"))).isEmpty();
            assertThat(planner.abortDue("k", initiated, at("2014-01-23T00:00:00Z"))).isEqualTo(Optional.of("abort"));
            assertThat(planner(rule("x").withExpiration(Timing.afterDays(1))).abortDue("k", initiated, day(300))).isEmpty();
        }
    }
}
