package dev.pail.internal.store;

import static dev.pail.internal.store.StoreFixtures.at;
import static dev.pail.internal.store.StoreFixtures.bucket;
import static dev.pail.internal.store.StoreFixtures.draft;
import static dev.pail.internal.store.StoreFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BucketDeleteTest {

    private final Bucket bucket = bucket();

    @Test
    void unversionedDeleteRemovesTheKeyWithoutAMarker() {
        ObjectVersion written = bucket.put("k", draft("one"), WriteCondition.NONE, at(1));
        DeleteOutcome outcome = bucket.delete("k", Optional.empty(), WriteCondition.NONE, at(2));
        assertThat(outcome.deleteMarker()).isFalse();
        assertThat(outcome.versionId()).isEmpty();
        assertThat(outcome.removed()).contains(written);
        assertThat(bucket.latest("k")).isEmpty();
        assertThat(bucket.isEmpty()).isTrue();
    }

    @Test
    void unversionedDeleteOfMissingKeySucceedsAndRemovesNothing() {
        DeleteOutcome outcome = bucket.delete("missing", Optional.empty(), WriteCondition.NONE, at(1));
        assertThat(outcome.removed()).isEmpty();
        assertThat(outcome.deleteMarker()).isFalse();
        assertThat(bucket.isEmpty()).isTrue();
    }

    @Test
    void enabledDeleteAddsADeleteMarkerOnTopAndKeepsTheVersions() {
        bucket.setVersioning(VersioningState.ENABLED);
        ObjectVersion v1 = bucket.put("k", draft("one"), WriteCondition.NONE, at(1));

        DeleteOutcome outcome = bucket.delete("k", Optional.empty(), WriteCondition.NONE, at(2));

        assertThat(outcome.deleteMarker()).isTrue();
        assertThat(outcome.removed()).isEmpty();
        String markerId = outcome.versionId().orElseThrow();
        assertThat(markerId).hasSize(32).isNotEqualTo(v1.versionId()).isNotEqualTo("null");
        ObjectVersion latest = bucket.latest("k").orElseThrow();
        assertThat(latest.deleteMarker()).isTrue();
        assertThat(latest.versionId()).isEqualTo(markerId);
        assertThat(latest.lastModified()).isEqualTo(at(2));
        assertThat(latest.size()).isZero();
        assertThat(bucket.keys().get("k").current()).isEmpty();
        assertThat(bucket.keys().get("k").versions()).hasSize(2).element(1).isEqualTo(v1);
    }

    @Test
    void enabledDeleteOfMissingKeyStillCreatesADeleteMarker() {
        bucket.setVersioning(VersioningState.ENABLED);
        DeleteOutcome outcome = bucket.delete("missing", Optional.empty(), WriteCondition.NONE, at(1));
        assertThat(outcome.deleteMarker()).isTrue();
        assertThat(bucket.latest("missing")).hasValueSatisfying(v -> assertThat(v.deleteMarker()).isTrue());
        assertThat(bucket.isEmpty()).isFalse();
    }

    @Test
    void suspendedDeleteReplacesTheNullVersionWithANullDeleteMarker() {
        bucket.setVersioning(VersioningState.ENABLED);
        ObjectVersion versioned = bucket.put("k", draft("versioned"), WriteCondition.NONE, at(1));
        bucket.setVersioning(VersioningState.SUSPENDED);
        bucket.put("k", draft("null"), WriteCondition.NONE, at(2));

        DeleteOutcome outcome = bucket.delete("k", Optional.empty(), WriteCondition.NONE, at(3));

        assertThat(outcome.versionId()).contains("null");
        assertThat(outcome.deleteMarker()).isTrue();
        List<ObjectVersion> versions = bucket.keys().get("k").versions();
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0).deleteMarker()).isTrue();
        assertThat(versions.get(0).versionId()).isEqualTo("null");
        assertThat(versions.get(1)).isEqualTo(versioned);
    }

    @Test
    void deletingAVersionByIdRemovesOnlyThatVersion() {
        bucket.setVersioning(VersioningState.ENABLED);
        ObjectVersion v1 = bucket.put("k", draft("one"), WriteCondition.NONE, at(1));
        ObjectVersion v2 = bucket.put("k", draft("two"), WriteCondition.NONE, at(2));
        ObjectVersion v3 = bucket.put("k", draft("three"), WriteCondition.NONE, at(3));

        DeleteOutcome outcome = bucket.delete("k", Optional.of(v2.versionId()), WriteCondition.NONE, at(4));

        assertThat(outcome.versionId()).contains(v2.versionId());
        assertThat(outcome.deleteMarker()).isFalse();
        assertThat(outcome.removed()).contains(v2);
        assertThat(bucket.keys().get("k").versions()).containsExactly(v3, v1);
    }

    @Test
    void deletingTheLatestVersionByIdMakesThePreviousOneCurrent() {
        bucket.setVersioning(VersioningState.ENABLED);
        ObjectVersion v1 = bucket.put("k", draft("one"), WriteCondition.NONE, at(1));
        ObjectVersion v2 = bucket.put("k", draft("two"), WriteCondition.NONE, at(2));
        bucket.delete("k", Optional.of(v2.versionId()), WriteCondition.NONE, at(3));
        assertThat(bucket.latest("k")).contains(v1);
    }

    @Test
    void deletingADeleteMarkerByIdRestoresTheObject() {
        bucket.setVersioning(VersioningState.ENABLED);
        ObjectVersion v1 = bucket.put("k", draft("one"), WriteCondition.NONE, at(1));
        String markerId = bucket.delete("k", Optional.empty(), WriteCondition.NONE, at(2)).versionId().orElseThrow();

        DeleteOutcome outcome = bucket.delete("k", Optional.of(markerId), WriteCondition.NONE, at(3));

        assertThat(outcome.deleteMarker()).isTrue();
        assertThat(outcome.versionId()).contains(markerId);
        assertThat(bucket.latest("k")).contains(v1);
    }

    @Test
    void removingTheLastVersionRemovesTheKey() {
        bucket.setVersioning(VersioningState.ENABLED);
        ObjectVersion v1 = bucket.put("k", draft("one"), WriteCondition.NONE, at(1));
        String markerId = bucket.delete("k", Optional.empty(), WriteCondition.NONE, at(2)).versionId().orElseThrow();

        bucket.delete("k", Optional.of(markerId), WriteCondition.NONE, at(3));
        bucket.delete("k", Optional.of(v1.versionId()), WriteCondition.NONE, at(4));

        assertThat(bucket.keys()).doesNotContainKey("k");
        assertThat(bucket.latest("k")).isEmpty();
        assertThat(bucket.isEmpty()).isTrue();
    }

    @Test
    void deletingTheNullVersionByIdInAnUnversionedBucketRemovesTheKey() {
        ObjectVersion written = bucket.put("k", draft("one"), WriteCondition.NONE, at(1));
        DeleteOutcome outcome = bucket.delete("k", Optional.of("null"), WriteCondition.NONE, at(2));
        assertThat(outcome.removed()).contains(written);
        assertThat(bucket.isEmpty()).isTrue();
    }

    @Test
    void deletingAnUnknownVersionIdChangesNothing() {
        bucket.setVersioning(VersioningState.ENABLED);
        ObjectVersion v1 = bucket.put("k", draft("one"), WriteCondition.NONE, at(1));
        DeleteOutcome outcome = bucket.delete("k", Optional.of("nope"), WriteCondition.NONE, at(2));
        assertThat(outcome.removed()).isEmpty();
        assertThat(outcome.deleteMarker()).isFalse();
        assertThat(bucket.keys().get("k").versions()).containsExactly(v1);
        assertThat(bucket.delete("missing", Optional.of("nope"), WriteCondition.NONE, at(2)).removed()).isEmpty();
    }

    @Test
    void putAfterDeleteMarkerBecomesCurrentAgain() {
        bucket.setVersioning(VersioningState.ENABLED);
        bucket.put("k", draft("one"), WriteCondition.NONE, at(1));
        bucket.delete("k", Optional.empty(), WriteCondition.NONE, at(2));
        ObjectVersion again = bucket.put("k", draft("again"), WriteCondition.NONE, at(3));
        assertThat(bucket.keys().get("k").current()).contains(again);
        assertThat(bucket.keys().get("k").versions()).hasSize(3);
        assertThat(text(bucket.keys().get("k").versions().get(2))).isEqualTo("one");
    }
}
