package dev.pail.internal.store;

import static dev.pail.internal.store.StoreFixtures.at;
import static dev.pail.internal.store.StoreFixtures.bucket;
import static dev.pail.internal.store.StoreFixtures.draft;
import static dev.pail.internal.store.StoreFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BucketVersioningTest {

    private final Bucket bucket = bucket();

    @Test
    void newBucketIsUnversionedAndEmpty() {
        assertThat(bucket.versioning()).isEqualTo(VersioningState.UNVERSIONED);
        assertThat(bucket.isEmpty()).isTrue();
        assertThat(bucket.latest("k")).isEmpty();
        assertThat(bucket.version("k", "null")).isEmpty();
    }

    @Test
    void putThenLatestAndVersionReturnTheWrittenVersion() {
        ObjectVersion written = bucket.put("k", draft("one"), WriteCondition.NONE, at(1));
        assertThat(written.key()).isEqualTo("k");
        assertThat(written.versionId()).isEqualTo("null");
        assertThat(written.isNullVersion()).isTrue();
        assertThat(written.deleteMarker()).isFalse();
        assertThat(written.lastModified()).isEqualTo(at(1));
        assertThat(written.etag()).isEqualTo("\"etag-one\"");
        assertThat(written.size()).isEqualTo(3);
        assertThat(bucket.latest("k")).contains(written);
        assertThat(bucket.version("k", "null")).contains(written);
        assertThat(bucket.version("k", "other")).isEmpty();
        assertThat(bucket.isEmpty()).isFalse();
    }

    @Test
    void unversionedOverwriteKeepsOneNullVersion() {
        bucket.put("k", draft("one"), WriteCondition.NONE, at(1));
        bucket.put("k", draft("two"), WriteCondition.NONE, at(2));
        KeyVersions versions = bucket.keys().get("k");
        assertThat(versions.versions()).hasSize(1);
        assertThat(versions.latest().versionId()).isEqualTo("null");
        assertThat(text(versions.latest())).isEqualTo("two");
        assertThat(versions.current()).contains(versions.latest());
    }

    @Test
    void cannotReturnToUnversioned() {
        bucket.setVersioning(VersioningState.ENABLED);
        assertThatIllegalArgumentException().isThrownBy(() -> bucket.setVersioning(VersioningState.UNVERSIONED));
        assertThat(bucket.versioning()).isEqualTo(VersioningState.ENABLED);
    }

    @Test
    void enabledVersioningKeepsEveryVersionNewestFirstWithDistinctIds() {
        bucket.put("k", draft("before"), WriteCondition.NONE, at(0));
        bucket.setVersioning(VersioningState.ENABLED);
        ObjectVersion v1 = bucket.put("k", draft("one"), WriteCondition.NONE, at(1));
        ObjectVersion v2 = bucket.put("k", draft("two"), WriteCondition.NONE, at(2));
        ObjectVersion v3 = bucket.put("k", draft("three"), WriteCondition.NONE, at(3));

        List<ObjectVersion> versions = bucket.keys().get("k").versions();
        assertThat(versions).extracting(StoreFixtures::text).containsExactly("three", "two", "one", "before");
        assertThat(versions.get(3).versionId()).isEqualTo("null");
        for (ObjectVersion v : List.of(v1, v2, v3)) {
            assertThat(v.versionId()).hasSize(32).matches("[A-Za-z0-9._]{32}");
            assertThat(bucket.version("k", v.versionId())).contains(v);
        }
        assertThat(versions).extracting(ObjectVersion::versionId).doesNotHaveDuplicates();
        assertThat(bucket.latest("k")).contains(v3);
    }

    @Test
    void suspendedVersioningReplacesOnlyTheNullVersion() {
        bucket.setVersioning(VersioningState.ENABLED);
        ObjectVersion kept = bucket.put("k", draft("versioned"), WriteCondition.NONE, at(1));
        bucket.setVersioning(VersioningState.SUSPENDED);
        ObjectVersion firstNull = bucket.put("k", draft("null-1"), WriteCondition.NONE, at(2));
        ObjectVersion secondNull = bucket.put("k", draft("null-2"), WriteCondition.NONE, at(3));

        assertThat(firstNull.versionId()).isEqualTo("null");
        assertThat(secondNull.versionId()).isEqualTo("null");
        assertThat(bucket.keys().get("k").versions()).containsExactly(secondNull, kept);
    }

    @Test
    void suspendedVersioningReplacesAnOlderNullVersionBelowVersionedOnes() {
        ObjectVersion original = bucket.put("k", draft("original"), WriteCondition.NONE, at(0));
        bucket.setVersioning(VersioningState.ENABLED);
        ObjectVersion versioned = bucket.put("k", draft("versioned"), WriteCondition.NONE, at(1));
        bucket.setVersioning(VersioningState.SUSPENDED);
        ObjectVersion replacement = bucket.put("k", draft("suspended"), WriteCondition.NONE, at(2));

        assertThat(bucket.keys().get("k").versions()).containsExactly(replacement, versioned);
        assertThat(bucket.keys().get("k").versions()).doesNotContain(original);
    }

    @Test
    void keysAreListedInUtf8OrderAndTheViewIsReadOnly() {
        for (String key : List.of("b", "\ud83d\ude00", "\uff21", "a/b", "a")) {
            bucket.put(key, draft(key), WriteCondition.NONE, at(0));
        }
        assertThat(bucket.keys().keySet()).containsExactly("a", "a/b", "b", "\uff21", "\ud83d\ude00");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> bucket.keys().remove("a"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void updateMetadataReplacesOneVersionKeepingIdTimeAndContent() {
        bucket.setVersioning(VersioningState.ENABLED);
        ObjectVersion older = bucket.put("k", draft("one"), WriteCondition.NONE, at(1));
        ObjectVersion newer = bucket.put("k", draft("two"), WriteCondition.NONE, at(2));

        Optional<ObjectVersion> updated = bucket.updateMetadata("k", older.versionId(),
                m -> m.withTags(Map.of("color", "red")));

        assertThat(updated).isPresent();
        assertThat(updated.get().versionId()).isEqualTo(older.versionId());
        assertThat(updated.get().lastModified()).isEqualTo(older.lastModified());
        assertThat(updated.get().etag()).isEqualTo(older.etag());
        assertThat(text(updated.get())).isEqualTo("one");
        assertThat(updated.get().metadata().tags()).containsExactly(Map.entry("color", "red"));
        assertThat(bucket.version("k", older.versionId())).isEqualTo(updated);
        assertThat(bucket.keys().get("k").versions()).containsExactly(newer, updated.get());
        assertThat(newer.metadata().tags()).isEmpty();
    }

    @Test
    void updateMetadataOfMissingKeyVersionOrDeleteMarkerIsEmpty() {
        bucket.setVersioning(VersioningState.ENABLED);
        bucket.put("k", draft("one"), WriteCondition.NONE, at(1));
        String markerId = bucket.delete("k", Optional.empty(), WriteCondition.NONE, at(2)).versionId().orElseThrow();
        KeyVersions before = bucket.keys().get("k");

        assertThat(bucket.updateMetadata("missing", "null", m -> m.withTags(Map.of("a", "b")))).isEmpty();
        assertThat(bucket.updateMetadata("k", "no-such-version", m -> m.withTags(Map.of("a", "b")))).isEmpty();
        assertThat(bucket.updateMetadata("k", markerId, m -> m.withTags(Map.of("a", "b")))).isEmpty();
        assertThat(bucket.keys().get("k")).isSameAs(before);
        assertThat(bucket.latest("missing")).isEmpty();
    }

    @Test
    void discardRemovesEveryKeyAndRefusesLaterWrites() {
        bucket.put("a", draft("a"), WriteCondition.NONE, at(0));
        bucket.put("b", draft("b"), WriteCondition.NONE, at(0));
        bucket.discard();
        assertThat(bucket.isEmpty()).isTrue();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> bucket.put("c", draft("c"), WriteCondition.NONE, at(1)))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.reason()).isEqualTo(StoreException.Reason.NO_SUCH_BUCKET));
    }
}
