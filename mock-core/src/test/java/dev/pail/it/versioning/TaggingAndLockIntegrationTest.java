package dev.pail.it.versioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pail.Pail;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;
import software.amazon.awssdk.services.s3.model.ObjectLockLegalHoldStatus;
import software.amazon.awssdk.services.s3.model.ObjectLockMode;
import software.amazon.awssdk.services.s3.model.ObjectLockRetentionMode;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.Tag;

class TaggingAndLockIntegrationTest {

    @AutoClose
    static final Pail pail = Pail.builder().start();
    static final S3Client s3 = pail.client();
    static int counter;

    static String bucket() {
        String name = "tags-" + (++counter);
        s3.createBucket(b -> b.bucket(name));
        return name;
    }

    static String lockedBucket() {
        String name = "locked-" + (++counter);
        s3.createBucket(b -> b.bucket(name).objectLockEnabledForBucket(true));
        return name;
    }

    static void assertError(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, int status, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(S3Exception.class, e -> {
            assertThat(e.statusCode()).isEqualTo(status);
            assertThat(e.awsErrorDetails().errorCode()).isEqualTo(code);
        });
    }

    static Tag tag(String key, String value) {
        return Tag.builder().key(key).value(value).build();
    }

    @Test
    void objectTagsArePutReadAndDeletedPerVersion() {
        String bucket = bucket();
        s3.putBucketVersioning(b -> b.bucket(bucket).versioningConfiguration(v -> v.status(BucketVersioningStatus.ENABLED)));
        String v1 = s3.putObject(b -> b.bucket(bucket).key("k").tagging("a=1"), RequestBody.fromString("one")).versionId();
        s3.putObject(b -> b.bucket(bucket).key("k"), RequestBody.fromString("two"));

        assertThat(s3.getObjectTagging(b -> b.bucket(bucket).key("k").versionId(v1)).tagSet()).containsExactly(tag("a", "1"));
        assertThat(s3.getObjectTagging(b -> b.bucket(bucket).key("k")).tagSet()).isEmpty();
        var put = s3.putObjectTagging(b -> b.bucket(bucket).key("k").tagging(t -> t.tagSet(tag("x", "y"), tag("z", ""))));
        assertThat(put.versionId()).isNotNull();
        assertThat(s3.getObjectTagging(b -> b.bucket(bucket).key("k")).tagSet()).containsExactly(tag("x", "y"), tag("z", ""));
        assertThat(s3.getObject(b -> b.bucket(bucket).key("k")).response().tagCount()).isEqualTo(2);
        s3.deleteObjectTagging(b -> b.bucket(bucket).key("k"));
        assertThat(s3.getObjectTagging(b -> b.bucket(bucket).key("k")).tagSet()).isEmpty();
        assertThat(s3.getObjectTagging(b -> b.bucket(bucket).key("k").versionId(v1)).tagSet()).containsExactly(tag("a", "1"));
        assertError(() -> s3.getObjectTagging(b -> b.bucket(bucket).key("missing")), 404, "NoSuchKey");
    }

    @Test
    void tagLimitsAreInvalidTag() {
        String bucket = bucket();
        s3.putObject(b -> b.bucket(bucket).key("k"), RequestBody.fromString("v"));
        List<Tag> eleven = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            eleven.add(tag("k" + i, "v"));
        }
        assertError(() -> s3.putObjectTagging(b -> b.bucket(bucket).key("k").tagging(t -> t.tagSet(eleven))), 400, "InvalidTag");
        assertError(() -> s3.putObjectTagging(b -> b.bucket(bucket).key("k").tagging(t -> t.tagSet(tag("d", "1"), tag("d", "2")))),
                400, "InvalidTag");
        assertError(() -> s3.putObjectTagging(b -> b.bucket(bucket).key("k").tagging(t -> t.tagSet(tag("k".repeat(129), "v")))),
                400, "InvalidTag");
        assertError(() -> s3.putObjectTagging(b -> b.bucket(bucket).key("k").tagging(t -> t.tagSet(tag("k", "v".repeat(257))))),
                400, "InvalidTag");
    }

    @Test
    void bucketTagsArePutReadAndDeleted() {
        String bucket = bucket();
        assertError(() -> s3.getBucketTagging(b -> b.bucket(bucket)), 404, "NoSuchTagSet");
        s3.putBucketTagging(b -> b.bucket(bucket).tagging(t -> t.tagSet(tag("team", "data"), tag("env", "test"))));
        assertThat(s3.getBucketTagging(b -> b.bucket(bucket)).tagSet()).containsExactly(tag("team", "data"), tag("env", "test"));
        s3.deleteBucketTagging(b -> b.bucket(bucket));
        assertError(() -> s3.getBucketTagging(b -> b.bucket(bucket)), 404, "NoSuchTagSet");
    }

    @Test
    void objectLockAtCreationTurnsVersioningOnAndAppliesDefaultRetention() {
        String bucket = lockedBucket();
        assertThat(s3.getBucketVersioning(b -> b.bucket(bucket)).status()).isEqualTo(BucketVersioningStatus.ENABLED);
        assertThat(s3.getObjectLockConfiguration(b -> b.bucket(bucket)).objectLockConfiguration().objectLockEnabledAsString())
                .isEqualTo("Enabled");
        s3.putObjectLockConfiguration(b -> b.bucket(bucket).objectLockConfiguration(c -> c.objectLockEnabled("Enabled")
                .rule(r -> r.defaultRetention(d -> d.mode(ObjectLockRetentionMode.GOVERNANCE).days(1)))));
        String v = s3.putObject(b -> b.bucket(bucket).key("k"), RequestBody.fromString("v")).versionId();
        var head = s3.headObject(b -> b.bucket(bucket).key("k"));
        assertThat(head.objectLockMode()).isEqualTo(ObjectLockMode.GOVERNANCE);
        assertThat(head.objectLockRetainUntilDate()).isAfter(Instant.now().plus(23, ChronoUnit.HOURS));

        assertError(() -> s3.deleteObject(b -> b.bucket(bucket).key("k").versionId(v)), 403, "AccessDenied");
        s3.deleteObject(b -> b.bucket(bucket).key("k").versionId(v).bypassGovernanceRetention(true));
        assertThat(s3.listObjectVersions(b -> b.bucket(bucket)).versions()).isEmpty();

        String plain = bucket();
        assertError(() -> s3.getObjectLockConfiguration(b -> b.bucket(plain)), 404, "ObjectLockConfigurationNotFoundError");
        assertError(() -> s3.putObjectLockConfiguration(b -> b.bucket(plain).objectLockConfiguration(c -> c.objectLockEnabled("Enabled"))),
                409, "InvalidBucketState");
    }

    @Test
    void complianceRetentionAndLegalHoldProtectVersions() {
        String bucket = lockedBucket();
        Instant until = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        String v = s3.putObject(b -> b.bucket(bucket).key("k").objectLockMode(ObjectLockMode.COMPLIANCE)
                .objectLockRetainUntilDate(until), RequestBody.fromString("v")).versionId();
        var retention = s3.getObjectRetention(b -> b.bucket(bucket).key("k")).retention();
        assertThat(retention.mode()).isEqualTo(ObjectLockRetentionMode.COMPLIANCE);
        assertThat(retention.retainUntilDate()).isEqualTo(until);

        assertError(() -> s3.deleteObject(b -> b.bucket(bucket).key("k").versionId(v).bypassGovernanceRetention(true)),
                403, "AccessDenied");
        assertError(() -> s3.putObjectRetention(b -> b.bucket(bucket).key("k").retention(r -> r
                .mode(ObjectLockRetentionMode.COMPLIANCE).retainUntilDate(until.minus(1, ChronoUnit.DAYS)))), 403, "AccessDenied");
        s3.putObjectRetention(b -> b.bucket(bucket).key("k").retention(r -> r.mode(ObjectLockRetentionMode.COMPLIANCE)
                .retainUntilDate(until.plus(1, ChronoUnit.DAYS))));

        String w = s3.putObject(b -> b.bucket(bucket).key("held"), RequestBody.fromString("h")).versionId();
        assertError(() -> s3.getObjectLegalHold(b -> b.bucket(bucket).key("held")), 404, "NoSuchObjectLockConfiguration");
        s3.putObjectLegalHold(b -> b.bucket(bucket).key("held").legalHold(l -> l.status(ObjectLockLegalHoldStatus.ON)));
        assertThat(s3.getObjectLegalHold(b -> b.bucket(bucket).key("held")).legalHold().status())
                .isEqualTo(ObjectLockLegalHoldStatus.ON);
        assertError(() -> s3.deleteObject(b -> b.bucket(bucket).key("held").versionId(w)), 403, "AccessDenied");
        s3.putObjectLegalHold(b -> b.bucket(bucket).key("held").legalHold(l -> l.status(ObjectLockLegalHoldStatus.OFF)));
        s3.deleteObject(b -> b.bucket(bucket).key("held").versionId(w));

        assertError(() -> s3.putObject(b -> b.bucket(bucket).key("past").objectLockMode(ObjectLockMode.GOVERNANCE)
                .objectLockRetainUntilDate(Instant.now().minus(1, ChronoUnit.DAYS)), RequestBody.fromString("x")), 400, "InvalidArgument");
        String plain = bucket();
        assertError(() -> s3.putObject(b -> b.bucket(plain).key("k").objectLockLegalHoldStatus(ObjectLockLegalHoldStatus.ON),
                RequestBody.fromString("x")), 400, "InvalidRequest");
    }
}
