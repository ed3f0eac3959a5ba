package dev.pail.internal.store;

import static dev.pail.internal.store.StoreFixtures.T0;
import static dev.pail.internal.store.StoreFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The budget counts exactly the bytes the store holds: what a write adds is counted before it is
 * visible, what a delete, overwrite, abort or discard removes stops counting at once, and bytes
 * shared by several holders (copies, completed uploads) are counted once.
 */
class StoreAccountingTest {

    private static final int SIZE = 300_000; // two chunks: 256 KiB + the rest

    private MemoryBudget budget;
    private Store store;
    private Bucket bucket;

    @BeforeEach
    void setUp() {
        budget = new MemoryBudget(10L << 20);
        store = new Store(budget);
        bucket = store.createBucket("b", "us-east-1", T0);
    }

    /** What a PutObject handler does: read into counted chunks, store, let go of its own hold. */
    private ObjectVersion put(String key, int size) {
        Blob content = written(size);
        try {
            return bucket.put(key, new ObjectDraft(content, "\"e\"", ObjectMetadata.defaults(), Optional.empty(),
                    List.of()), WriteCondition.NONE, at(1));
        } finally {
            content.release();
        }
    }

    private Blob written(int size) {
        BlobWriter writer = new BlobWriter(size, budget);
        writer.write(new byte[size], 0, size);
        return writer.toBlob();
    }

    @Test
    void aStoredObjectIsCountedOnceAndItsDeleteGivesItBackAtOnce() {
        put("k", SIZE);
        assertThat(budget.used()).isEqualTo(SIZE);

        bucket.delete("k", Optional.empty(), WriteCondition.NONE, at(2));
        assertThat(budget.used()).isZero();
    }

    @Test
    void overwritingAKeyCountsOnlyTheNewestBytes() {
        for (int i = 0; i < 50; i++) {
            put("k", SIZE);
        }
        assertThat(budget.used()).isEqualTo(SIZE);
    }

    @Test
    void aFailedWriteCountsNothing() {
        put("k", 10);
        Blob content = written(SIZE);
        assertThatThrownBy(() -> bucket.put("k", new ObjectDraft(content, "\"e\"", ObjectMetadata.defaults(),
                Optional.empty(), List.of()), new WriteCondition(true, Optional.empty()), at(2)))
                .isInstanceOf(StoreException.class);
        content.release();
        assertThat(budget.used()).isEqualTo(10);
    }

    @Test
    void everyVersionOfAVersionedKeyCountsUntilItIsDeleted() {
        bucket.setVersioning(VersioningState.ENABLED);
        ObjectVersion first = put("k", SIZE);
        put("k", SIZE);
        DeleteOutcome marker = bucket.delete("k", Optional.empty(), WriteCondition.NONE, at(3));
        assertThat(budget.used()).isEqualTo(2L * SIZE);

        bucket.delete("k", Optional.of(first.versionId()), WriteCondition.NONE, at(4));
        assertThat(budget.used()).isEqualTo(SIZE);
        bucket.delete("k", marker.versionId(), WriteCondition.NONE, at(5));
        assertThat(budget.used()).isEqualTo(SIZE);
    }

    @Test
    void underSuspendedVersioningTheReplacedNullVersionIsGivenBack() {
        bucket.setVersioning(VersioningState.SUSPENDED);
        put("k", SIZE);
        put("k", SIZE);
        assertThat(budget.used()).isEqualTo(SIZE);
        bucket.delete("k", Optional.empty(), WriteCondition.NONE, at(2)); // a null delete marker replaces it
        assertThat(budget.used()).isZero();
    }

    @Test
    void aCopySharesTheSourceBytesAndTheyCountUntilTheLastHolderGoes() {
        ObjectVersion source = put("src", SIZE);
        bucket.put("copy", new ObjectDraft(source.content(), source.etag(), source.metadata(), Optional.empty(),
                List.of()), WriteCondition.NONE, at(2));
        assertThat(budget.used()).isEqualTo(SIZE);

        bucket.delete("src", Optional.empty(), WriteCondition.NONE, at(3));
        assertThat(budget.used()).isEqualTo(SIZE);
        bucket.delete("copy", Optional.empty(), WriteCondition.NONE, at(4));
        assertThat(budget.used()).isZero();
    }

    @Test
    void aCopyOfASourceDeletedMeanwhileCountsItsBytesAgain() {
        ObjectVersion source = put("src", SIZE);
        bucket.delete("src", Optional.empty(), WriteCondition.NONE, at(2));
        assertThat(budget.used()).isZero();

        bucket.put("copy", new ObjectDraft(source.content(), source.etag(), source.metadata(), Optional.empty(),
                List.of()), WriteCondition.NONE, at(3));
        assertThat(budget.used()).isEqualTo(SIZE);
    }

    @Test
    void tagsAndOtherMetadataChangesKeepTheCountAsItIs() {
        ObjectVersion version = put("k", SIZE);
        bucket.updateMetadata("k", version.versionId(), m -> m.withTags(java.util.Map.of("a", "b")));
        assertThat(budget.used()).isEqualTo(SIZE);
        bucket.delete("k", Optional.empty(), WriteCondition.NONE, at(2));
        assertThat(budget.used()).isZero();
    }

    @Test
    void partsCountWhileTheUploadRunsAndReplacedOrAbortedPartsAreGivenBack() {
        MultipartUpload upload = bucket.createUpload("k", ObjectMetadata.defaults(), Optional.empty(),
                StoredChecksum.Type.COMPOSITE, at(1));
        putPart(upload, 1, SIZE);
        putPart(upload, 1, SIZE); // the same number again: the newer part replaces the older
        putPart(upload, 2, SIZE);
        assertThat(budget.used()).isEqualTo(2L * SIZE);

        bucket.abortUpload(upload.uploadId(), "k");
        assertThat(budget.used()).isZero();
    }

    @Test
    void aCompletedUploadCountsItsPartsOnceAsTheObject() {
        MultipartUpload upload = bucket.createUpload("k", ObjectMetadata.defaults(), Optional.empty(),
                StoredChecksum.Type.COMPOSITE, at(1));
        putPart(upload, 1, SIZE);
        putPart(upload, 2, SIZE);
        List<Blob> parts = upload.parts().values().stream().map(UploadedPart::content).toList();
        bucket.completeUpload(upload, new ObjectDraft(Blob.concat(parts), "\"e-2\"", ObjectMetadata.defaults(),
                Optional.empty(), List.of()), WriteCondition.NONE, at(2), List.of("a", "b"));
        assertThat(budget.used()).isEqualTo(2L * SIZE);

        bucket.delete("k", Optional.empty(), WriteCondition.NONE, at(3));
        assertThat(budget.used()).isZero();
    }

    @Test
    void aPartArrivingAfterTheUploadEndedIsRefusedAndCountsNothing() {
        MultipartUpload upload = bucket.createUpload("k", ObjectMetadata.defaults(), Optional.empty(),
                StoredChecksum.Type.COMPOSITE, at(1));
        bucket.abortUpload(upload.uploadId(), "k");
        assertThatThrownBy(() -> putPart(upload, 1, SIZE)).isInstanceOf(StoreException.class);
        assertThat(budget.used()).isZero();
    }

    @Test
    void discardingTheStoreGivesEverythingBackAndLateWritesFailWithoutCounting() {
        bucket.setVersioning(VersioningState.ENABLED);
        put("a", SIZE);
        put("a", SIZE);
        MultipartUpload upload = bucket.createUpload("m", ObjectMetadata.defaults(), Optional.empty(),
                StoredChecksum.Type.COMPOSITE, at(1));
        putPart(upload, 1, SIZE);
        assertThat(budget.used()).isEqualTo(3L * SIZE);

        store.discard();
        assertThat(budget.used()).isZero();
        assertThatThrownBy(() -> put("late", SIZE)).isInstanceOf(StoreException.class);
        assertThatThrownBy(() -> putPart(upload, 2, SIZE)).isInstanceOf(StoreException.class);
        assertThat(budget.used()).isZero();
    }

    @Test
    void deletingABucketEndsItsUploadsAndGivesTheirPartsBack() {
        MultipartUpload upload = bucket.createUpload("m", ObjectMetadata.defaults(), Optional.empty(),
                StoredChecksum.Type.COMPOSITE, at(1));
        putPart(upload, 1, SIZE);
        store.deleteBucket("b");
        assertThat(budget.used()).isZero();
    }

    @Test
    void aWriterThatFailsGivesBackWhatItWrote() {
        BlobWriter writer = new BlobWriter(-1, budget);
        writer.write(new byte[SIZE], 0, SIZE);
        assertThat(budget.used()).isGreaterThanOrEqualTo(SIZE);
        writer.discard();
        assertThat(budget.used()).isZero();
    }

    @Test
    void writesOfUnknownLengthCountOnlyTheTrimmedBytes() {
        BlobWriter writer = new BlobWriter(-1, budget);
        writer.write(new byte[SIZE], 0, SIZE);
        Blob blob = writer.toBlob();
        assertThat(budget.used()).isEqualTo(SIZE);
        blob.release();
        assertThat(budget.used()).isZero();
    }

    private void putPart(MultipartUpload upload, int number, int size) {
        Blob content = written(size);
        try {
            upload.putPart(new UploadedPart(number, content, new byte[16], "\"p\"", Optional.empty(), at(1)));
        } finally {
            content.release();
        }
    }
}
