package dev.pail.it.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pail.Pail;
import dev.pail.events.S3Event;
import dev.pail.it.events.EventJson;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;
import software.amazon.awssdk.services.s3.model.CreateMultipartUploadResponse;
import software.amazon.awssdk.services.s3.model.ExpirationStatus;
import software.amazon.awssdk.services.s3.model.LifecycleRule;
import software.amazon.awssdk.services.s3.model.ListObjectVersionsResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.ObjectVersion;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.StorageClass;
import software.amazon.awssdk.services.s3.model.Tag;
import software.amazon.awssdk.services.s3.model.TransitionDefaultMinimumObjectSize;
import software.amazon.awssdk.services.s3.model.TransitionStorageClass;

/**
 * Lifecycle rules act when the clock moves: expiration, noncurrent expiration, expired delete
 * markers, transitions and aborts, each with S3's rounding to the next UTC midnight ("Lifecycle
 * configuration elements": an object created 2026-03-01 12:00 with Days=1 expires 2026-03-03 00:00).
 */
class LifecycleIntegrationTest {

    static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");
    static final Instant MIDNIGHT_AFTER_ONE_DAY = Instant.parse("2026-03-03T00:00:00Z");
    static final String QUEUE = "arn:aws:sqs:us-east-1:000000000000:lifecycle";

    Pail pail;
    S3Client s3;

    @BeforeEach
    void start() {
        pail = Pail.builder().bucket("life").start();
        pail.clock().set(T0);
        s3 = pail.client();
        s3.putBucketNotificationConfiguration(b -> b.bucket("life").notificationConfiguration(c -> c
                .queueConfigurations(q -> q.queueArn(QUEUE).eventsWithStrings("s3:LifecycleExpiration:*",
                        "s3:LifecycleTransition"))));
    }

    @AfterEach
    void stop() {
        pail.close();
    }

    private void rules(LifecycleRule... rules) {
        s3.putBucketLifecycleConfiguration(b -> b.bucket("life").lifecycleConfiguration(c -> c.rules(rules)));
    }

    private static LifecycleRule rule(String id, Consumer<LifecycleRule.Builder> body) {
        LifecycleRule.Builder builder = LifecycleRule.builder().id(id).status(ExpirationStatus.ENABLED)
                .filter(f -> f.prefix(""));
        body.accept(builder);
        return builder.build();
    }

    private void put(String key, String content) {
        s3.putObject(b -> b.bucket("life").key(key), RequestBody.fromString(content));
    }

    private boolean exists(String key) {
        try {
            s3.headObject(b -> b.bucket("life").key(key));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw e;
        }
    }

    @Test
    void expirationDaysRoundsToTheNextUtcMidnightAndSaysSoInXAmzExpiration() {
        rules(rule("thirty", r -> r.expiration(e -> e.days(1))));
        String expected = "expiry-date=\"Tue, 03 Mar 2026 00:00:00 GMT\", rule-id=\"thirty\"";
        assertThat(s3.putObject(b -> b.bucket("life").key("report"), RequestBody.fromString("r")).expiration())
                .isEqualTo(expected);
        assertThat(s3.headObject(b -> b.bucket("life").key("report")).expiration()).isEqualTo(expected);
        assertThat(s3.getObjectAsBytes(b -> b.bucket("life").key("report")).response().expiration()).isEqualTo(expected);
        assertThat(s3.copyObject(b -> b.sourceBucket("life").sourceKey("report").destinationBucket("life")
                .destinationKey("copy")).expiration()).isEqualTo(expected);
        String upload = s3.createMultipartUpload(b -> b.bucket("life").key("whole")).uploadId();
        String part = s3.uploadPart(b -> b.bucket("life").key("whole").uploadId(upload).partNumber(1),
                RequestBody.fromString("p")).eTag();
        assertThat(s3.completeMultipartUpload(b -> b.bucket("life").key("whole").uploadId(upload)
                .multipartUpload(m -> m.parts(p -> p.partNumber(1).eTag(part)))).expiration()).isEqualTo(expected);

        pail.clock().set(MIDNIGHT_AFTER_ONE_DAY.minusSeconds(1));
        assertThat(exists("report")).isTrue();
        pail.clock().advance(Duration.ofSeconds(1));
        assertThat(exists("report")).isFalse();

        S3Event expired = pail.events(QUEUE).stream().filter(e -> e.matches("LifecycleExpiration:Delete")).findFirst()
                .orElseThrow();
        Map<String, Object> record = EventJson.record(expired);
        assertThat(record).containsEntry("eventVersion", "2.3").containsEntry("eventTime", "2026-03-03T00:00:00.000Z");
        assertThat(EventJson.map(record, "userIdentity")).containsEntry("principalId", "s3.amazonaws.com");
    }

    @Test
    void anExpirationDateExpiresEveryMatchingObjectFromThatMidnightOn() {
        rules(rule("date", r -> r.expiration(e -> e.date(Instant.parse("2026-04-01T00:00:00Z")))));
        put("old", "o");
        pail.clock().set(Instant.parse("2026-03-31T23:59:59Z"));
        assertThat(exists("old")).isTrue();
        pail.clock().set(Instant.parse("2026-04-01T00:00:00Z"));
        assertThat(exists("old")).isFalse();
    }

    @Test
    void filtersByPrefixTagsAndSizeChooseWhatExpires() {
        rules(rule("logs", r -> r.filter(f -> f.prefix("logs/")).expiration(e -> e.days(1))),
                rule("temp", r -> r.filter(f -> f.tag(t -> t.key("temp").value("yes"))).expiration(e -> e.days(1))),
                rule("big-tmp", r -> r.filter(f -> f.and(a -> a.prefix("tmp/").objectSizeGreaterThan(3L)
                        .tags(Tag.builder().key("k").value("v").build()))).expiration(e -> e.days(1))),
                rule("small", r -> r.filter(f -> f.objectSizeLessThan(2L)).expiration(e -> e.days(1))));
        put("logs/a", "aaaa");
        put("data/a", "aaaa");
        s3.putObject(b -> b.bucket("life").key("data/tagged").tagging("temp=yes"), RequestBody.fromString("aaaa"));
        s3.putObject(b -> b.bucket("life").key("tmp/big").tagging("k=v"), RequestBody.fromString("aaaa"));
        s3.putObject(b -> b.bucket("life").key("tmp/tiny").tagging("k=v"), RequestBody.fromString("aaa"));
        put("data/x", "x");

        pail.clock().advance(Duration.ofDays(2));
        assertThat(List.of("logs/a", "data/a", "data/tagged", "tmp/big", "tmp/tiny", "data/x"))
                .filteredOn(this::exists).containsExactly("data/a", "tmp/tiny");
    }

    @Test
    void onAVersionedBucketExpirationLeavesADeleteMarkerAndNoncurrentVersionsExpireKeepingTheNewest() {
        s3.putBucketVersioning(b -> b.bucket("life").versioningConfiguration(v -> v.status(BucketVersioningStatus.ENABLED)));
        rules(rule("current", r -> r.expiration(e -> e.days(3))),
                rule("noncurrent", r -> r.noncurrentVersionExpiration(n -> n.noncurrentDays(1).newerNoncurrentVersions(1))));
        put("doc", "v1");
        pail.clock().advance(Duration.ofHours(1));
        put("doc", "v2");
        pail.clock().advance(Duration.ofHours(1));
        put("doc", "v3");

        pail.clock().advance(Duration.ofDays(2));
        assertThat(versions("doc")).extracting(ObjectVersion::isLatest).containsExactly(true, false);
        pail.clock().advance(Duration.ofDays(2));
        ListObjectVersionsResponse listing = s3.listObjectVersions(b -> b.bucket("life").prefix("doc"));
        assertThat(listing.deleteMarkers()).singleElement().satisfies(m -> assertThat(m.isLatest()).isTrue());
        assertThat(pail.events(QUEUE)).extracting(S3Event::eventName)
                .contains("LifecycleExpiration:Delete", "LifecycleExpiration:DeleteMarkerCreated");
    }

    @Test
    void anExpiredObjectDeleteMarkerIsRemoved() {
        s3.putBucketVersioning(b -> b.bucket("life").versioningConfiguration(v -> v.status(BucketVersioningStatus.ENABLED)));
        rules(rule("markers", r -> r.expiration(e -> e.expiredObjectDeleteMarker(true))
                .noncurrentVersionExpiration(n -> n.noncurrentDays(1))));
        put("gone", "x");
        s3.deleteObject(b -> b.bucket("life").key("gone"));
        pail.clock().advance(Duration.ofDays(2)); // the noncurrent version goes
        pail.clock().advance(Duration.ofMinutes(1)); // then the marker with nothing under it
        ListObjectVersionsResponse listing = s3.listObjectVersions(b -> b.bucket("life").prefix("gone"));
        assertThat(listing.versions()).isEmpty();
        assertThat(listing.deleteMarkers()).isEmpty();
    }

    @Test
    void transitionsChangeTheStorageClassAndArchivedObjectsNeedARestore() {
        rules(rule("cold", r -> r.transitions(t -> t.days(30).storageClass(TransitionStorageClass.GLACIER))));
        s3.putObject(b -> b.bucket("life").key("big"), RequestBody.fromBytes(new byte[200 * 1024]));
        put("small", "under 128 KB: S3 does not transition it by default");

        pail.clock().advance(Duration.ofDays(31));
        assertThat(s3.headObject(b -> b.bucket("life").key("big")).storageClass()).isEqualTo(StorageClass.GLACIER);
        assertThat(s3.headObject(b -> b.bucket("life").key("small")).storageClass()).isNull();
        assertThatThrownBy(() -> s3.getObjectAsBytes(b -> b.bucket("life").key("big")))
                .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(e.awsErrorDetails().errorCode())
                        .isEqualTo("InvalidObjectState"));
        S3Event transition = pail.events(QUEUE).stream().filter(e -> e.matches("LifecycleTransition")).findFirst().orElseThrow();
        assertThat(transition.json()).contains("\"lifecycleEventData\":{\"transitionEventData\":"
                + "{\"destinationStorageClass\":\"GLACIER\"}}");
    }

    @Test
    void variesByStorageClassLetsSmallObjectsGoToGlacier() {
        s3.putBucketLifecycleConfiguration(b -> b.bucket("life")
                .transitionDefaultMinimumObjectSize(TransitionDefaultMinimumObjectSize.VARIES_BY_STORAGE_CLASS)
                .lifecycleConfiguration(c -> c.rules(rule("cold", r -> r.transitions(t -> t.days(1)
                        .storageClass(TransitionStorageClass.GLACIER))))));
        put("small", "s");
        pail.clock().advance(Duration.ofDays(2));
        assertThat(s3.headObject(b -> b.bucket("life").key("small")).storageClass()).isEqualTo(StorageClass.GLACIER);
    }

    @Test
    void incompleteUploadsReportTheirAbortDateAndAreAbortedWhenItPasses() {
        rules(rule("abort", r -> r.abortIncompleteMultipartUpload(a -> a.daysAfterInitiation(2))));
        CreateMultipartUploadResponse created = s3.createMultipartUpload(b -> b.bucket("life").key("upload"));
        Instant abortAt = Instant.parse("2026-03-04T00:00:00Z");
        assertThat(created.abortDate()).isEqualTo(abortAt);
        assertThat(created.abortRuleId()).isEqualTo("abort");
        assertThat(s3.listParts(b -> b.bucket("life").key("upload").uploadId(created.uploadId())).abortDate())
                .isEqualTo(abortAt);

        pail.clock().set(abortAt.minusSeconds(1));
        assertThat(s3.listMultipartUploads(b -> b.bucket("life")).uploads()).hasSize(1);
        pail.clock().set(abortAt);
        assertThat(s3.listMultipartUploads(b -> b.bucket("life")).uploads()).isEmpty();
    }

    @Test
    void aDisabledRuleDoesNothing() {
        rules(LifecycleRule.builder().id("off").status(ExpirationStatus.DISABLED).filter(f -> f.prefix(""))
                .expiration(e -> e.days(1)).build());
        put("kept", "k");
        assertThat(s3.headObject(b -> b.bucket("life").key("kept")).expiration()).isNull();
        pail.clock().advance(Duration.ofDays(10));
        assertThat(exists("kept")).isTrue();
    }

    private List<ObjectVersion> versions(String key) {
        return s3.listObjectVersions(b -> b.bucket("life").prefix(key)).versions();
    }
}
