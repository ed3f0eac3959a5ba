package dev.pail.internal.store;

import static dev.pail.internal.store.StoreFixtures.T0;
import static dev.pail.internal.store.StoreFixtures.at;
import static dev.pail.internal.store.StoreFixtures.draft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class StoreTest {

    private final Store store = new Store();

    @Test
    void createBucketRecordsNameRegionAndDate() {
        Bucket created = store.createBucket("photos", "eu-west-1", T0);
        assertThat(created.name()).isEqualTo("photos");
        assertThat(created.region()).isEqualTo("eu-west-1");
        assertThat(created.creationDate()).isEqualTo(T0);
        assertThat(store.bucket("photos")).containsSame(created);
        assertThat(store.existingBucket("photos")).isSameAs(created);
    }

    @Test
    void creatingAnExistingBucketFailsAndKeepsTheOriginal() {
        Bucket original = store.createBucket("photos", "eu-west-1", T0);
        assertStoreFailure(() -> store.createBucket("photos", "us-east-1", at(5)),
                StoreException.Reason.BUCKET_ALREADY_EXISTS, "photos");
        assertThat(store.existingBucket("photos")).isSameAs(original);
    }

    @Test
    void missingBucketIsEmptyOrNoSuchBucket() {
        assertThat(store.bucket("nope")).isEmpty();
        assertStoreFailure(() -> store.existingBucket("nope"), StoreException.Reason.NO_SUCH_BUCKET, "nope");
        assertStoreFailure(() -> store.deleteBucket("nope"), StoreException.Reason.NO_SUCH_BUCKET, "nope");
    }

    @Test
    void deleteBucketRemovesAnEmptyBucket() {
        store.createBucket("photos", "us-east-1", T0);
        store.deleteBucket("photos");
        assertThat(store.bucket("photos")).isEmpty();
        assertThat(store.buckets()).isEmpty();
    }

    @Test
    void deleteBucketWithAnObjectIsBucketNotEmpty() {
        Bucket bucket = store.createBucket("photos", "us-east-1", T0);
        bucket.put("k", draft("x"), WriteCondition.NONE, at(1));
        assertStoreFailure(() -> store.deleteBucket("photos"), StoreException.Reason.BUCKET_NOT_EMPTY, "photos");
        assertThat(store.bucket("photos")).isPresent();
    }

    @Test
    void deleteMarkersCountAsContentForBucketNotEmpty() {
        Bucket bucket = store.createBucket("photos", "us-east-1", T0);
        bucket.setVersioning(VersioningState.ENABLED);
        ObjectVersion v1 = bucket.put("k", draft("x"), WriteCondition.NONE, at(1));
        bucket.delete("k", Optional.of(v1.versionId()), WriteCondition.NONE, at(2));
        bucket.delete("k", Optional.empty(), WriteCondition.NONE, at(3)); // only a delete marker remains

        assertThat(bucket.latest("k")).hasValueSatisfying(v -> assertThat(v.deleteMarker()).isTrue());
        assertStoreFailure(() -> store.deleteBucket("photos"), StoreException.Reason.BUCKET_NOT_EMPTY, "photos");
    }

    @Test
    void bucketsAreListedInUtf8Order() {
        for (String name : List.of("b", "\ud83d\ude00", "a-b", "\uff21", "a", "a.b")) {
            store.createBucket(name, "us-east-1", T0);
        }
        assertThat(store.buckets()).extracting(Bucket::name)
                .containsExactly("a", "a-b", "a.b", "b", "\uff21", "\ud83d\ude00");
    }

    @Test
    void bucketsViewIsReadOnly() {
        store.createBucket("a", "us-east-1", T0);
        assertThatThrownBy(() -> store.buckets().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void discardRemovesEveryBucketAndRefusesNewOnes() {
        store.createBucket("a", "us-east-1", T0);
        store.createBucket("b", "us-east-1", T0);
        store.discard();
        assertThat(store.buckets()).isEmpty();
        assertStoreFailure(() -> store.createBucket("c", "us-east-1", T0), StoreException.Reason.NO_SUCH_BUCKET, "c");
    }

    private static void assertStoreFailure(ThrowingCallable call, StoreException.Reason reason, String subject) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.subject()).isEqualTo(subject);
                });
    }
}
