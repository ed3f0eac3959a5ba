package dev.pail.it.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pail.Authentication;
import dev.pail.Pail;
import dev.pail.User;
import dev.pail.events.S3Event;
import java.time.Duration;
import java.time.Instant;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ExpirationStatus;
import software.amazon.awssdk.services.s3.model.ObjectLockLegalHoldStatus;
import software.amazon.awssdk.services.s3.model.ObjectLockMode;
import software.amazon.awssdk.services.s3.model.ObjectLockRetentionMode;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.StorageClass;

/** Object Lock retention runs out with the clock; restored copies expire after their days. */
class RetentionAndRestoreInTimeIntegrationTest {

    static final Instant T0 = Instant.parse("2026-06-10T08:00:00Z");
    static final User CAROL = User.builder("carol", "carol-secret").build();

    Pail pail;
    S3Client s3;

    @BeforeEach
    void start() {
        pail = Pail.builder().authentication(Authentication.STRICT).user(CAROL).start();
        pail.clock().set(T0);
        s3 = pail.client();
        s3.createBucket(b -> b.bucket("vault").objectLockEnabledForBucket(true));
    }

    @AfterEach
    void stop() {
        pail.close();
    }

    private String locked(String key, ObjectLockMode mode, Duration retention) {
        return s3.putObject(b -> b.bucket("vault").key(key).objectLockMode(mode)
                .objectLockRetainUntilDate(T0.plus(retention)), RequestBody.fromString("x")).versionId();
    }

    static void refused(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(S3Exception.class, e -> {
            assertThat(e.statusCode()).isEqualTo(403);
            assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
        });
    }

    @Test
    void complianceRetentionHoldsUntilTheClockPassesItAndNoBypassShortensIt() {
        String version = locked("contract", ObjectLockMode.COMPLIANCE, Duration.ofDays(3));
        refused(() -> s3.deleteObject(b -> b.bucket("vault").key("contract").versionId(version).bypassGovernanceRetention(true)));
        refused(() -> s3.putObjectRetention(b -> b.bucket("vault").key("contract").versionId(version)
                .bypassGovernanceRetention(true).retention(r -> r.mode(ObjectLockRetentionMode.GOVERNANCE)
                        .retainUntilDate(T0.plus(Duration.ofDays(1))))));
        pail.clock().advance(Duration.ofDays(3).plusSeconds(1));
        s3.deleteObject(b -> b.bucket("vault").key("contract").versionId(version));
    }

    @Test
    void governanceRetentionYieldsToABypassFromWhoeverMayBypass() {
        String version = locked("draft", ObjectLockMode.GOVERNANCE, Duration.ofDays(5));
        refused(() -> s3.deleteObject(b -> b.bucket("vault").key("draft").versionId(version)));
        s3.putObjectRetention(b -> b.bucket("vault").key("draft").versionId(version).bypassGovernanceRetention(true)
                .retention(r -> r.mode(ObjectLockRetentionMode.GOVERNANCE).retainUntilDate(T0.plus(Duration.ofDays(1)))));
        s3.deleteObject(b -> b.bucket("vault").key("draft").versionId(version).bypassGovernanceRetention(true));
    }

    @Test
    void aBypassNeedsTheBypassGovernanceRetentionPermission() {
        String version = locked("shared", ObjectLockMode.GOVERNANCE, Duration.ofDays(5));
        String policy = """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"%s"},
                "Action":["s3:DeleteObjectVersion","s3:DeleteObject"],"Resource":"arn:aws:s3:::vault/*"}]}"""
                .formatted(CAROL.accountArn());
        s3.putBucketPolicy(b -> b.bucket("vault").policy(policy));
        S3Client carol = pail.clientFor("carol");
        refused(() -> carol.deleteObject(b -> b.bucket("vault").key("shared").versionId(version)
                .bypassGovernanceRetention(true)));

        s3.putBucketPolicy(b -> b.bucket("vault").policy(policy.replace("\"s3:DeleteObject\"",
                "\"s3:DeleteObject\",\"s3:BypassGovernanceRetention\"")));
        carol.deleteObject(b -> b.bucket("vault").key("shared").versionId(version).bypassGovernanceRetention(true));
    }

    @Test
    void aLegalHoldOutlastsTheRetention() {
        String version = locked("evidence", ObjectLockMode.GOVERNANCE, Duration.ofDays(1));
        s3.putObjectLegalHold(b -> b.bucket("vault").key("evidence").versionId(version)
                .legalHold(h -> h.status(ObjectLockLegalHoldStatus.ON)));
        pail.clock().advance(Duration.ofDays(2));
        refused(() -> s3.deleteObject(b -> b.bucket("vault").key("evidence").versionId(version)));
        s3.putObjectLegalHold(b -> b.bucket("vault").key("evidence").versionId(version)
                .legalHold(h -> h.status(ObjectLockLegalHoldStatus.OFF)));
        s3.deleteObject(b -> b.bucket("vault").key("evidence").versionId(version));
    }

    @Test
    void lifecycleLeavesLockedVersionsAlone() {
        String version = locked("kept", ObjectLockMode.COMPLIANCE, Duration.ofDays(10));
        s3.putBucketLifecycleConfiguration(b -> b.bucket("vault").lifecycleConfiguration(c -> c.rules(r -> r.id("x")
                .status(ExpirationStatus.ENABLED).filter(f -> f.prefix(""))
                .noncurrentVersionExpiration(n -> n.noncurrentDays(1)))));
        s3.deleteObject(b -> b.bucket("vault").key("kept")); // a delete marker over the locked version
        pail.clock().advance(Duration.ofDays(3));
        assertThat(s3.headObject(b -> b.bucket("vault").key("kept").versionId(version)).versionId()).isEqualTo(version);
        pail.clock().advance(Duration.ofDays(10));
        assertThat(s3.listObjectVersions(b -> b.bucket("vault").prefix("kept")).versions()).isEmpty();
    }

    @Test
    void aRestoredCopyExpiresAfterItsDaysAndXAmzRestoreSaysWhen() {
        s3.createBucket(b -> b.bucket("archive"));
        s3.putBucketNotificationConfiguration(b -> b.bucket("archive").notificationConfiguration(c -> c
                .queueConfigurations(q -> q.queueArn("arn:aws:sqs:us-east-1:000000000000:restores")
                        .eventsWithStrings("s3:ObjectRestore:*"))));
        s3.putObject(b -> b.bucket("archive").key("tape").storageClass(StorageClass.GLACIER), RequestBody.fromString("old"));
        s3.restoreObject(b -> b.bucket("archive").key("tape").restoreRequest(r -> r.days(2)));

        // 2026-06-10 08:00 + 2 days, to the next midnight UTC
        assertThat(s3.headObject(b -> b.bucket("archive").key("tape")).restore())
                .isEqualTo("ongoing-request=\"false\", expiry-date=\"Sat, 13 Jun 2026 00:00:00 GMT\"");
        assertThat(s3.getObjectAsBytes(b -> b.bucket("archive").key("tape")).asUtf8String()).isEqualTo("old");

        pail.clock().set(Instant.parse("2026-06-13T00:00:00Z"));
        assertThat(s3.headObject(b -> b.bucket("archive").key("tape")).restore()).isNull();
        assertThatThrownBy(() -> s3.getObjectAsBytes(b -> b.bucket("archive").key("tape")))
                .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(e.awsErrorDetails().errorCode())
                        .isEqualTo("InvalidObjectState"));
        assertThat(pail.events()).extracting(S3Event::eventName)
                .contains("ObjectRestore:Post", "ObjectRestore:Completed", "ObjectRestore:Delete");
    }
}
