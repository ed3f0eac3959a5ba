package dev.pail.it.config;

import static dev.pail.it.config.ConfigFixture.assertS3Error;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.DeleteMarkerReplicationStatus;
import software.amazon.awssdk.services.s3.model.ReplicationRule;
import software.amazon.awssdk.services.s3.model.ReplicationRuleStatus;
import software.amazon.awssdk.services.s3.model.StorageClass;

class ReplicationConfigurationTest {

    @RegisterExtension
    static final ConfigFixture fixture = new ConfigFixture();

    private static String versionedBucket() {
        return fixture.versionedBucket();
    }

    private static ReplicationRule rule(String destination) {
        return ReplicationRule.builder().id("all").priority(1).status(ReplicationRuleStatus.ENABLED)
                .filter(f -> f.prefix("docs/"))
                .deleteMarkerReplication(d -> d.status(DeleteMarkerReplicationStatus.DISABLED))
                .destination(d -> d.bucket("arn:aws:s3:::" + destination).storageClass(StorageClass.STANDARD_IA))
                .build();
    }

    private static void put(String bucket, ReplicationRule rule) {
        fixture.client().putBucketReplication(b -> b.bucket(bucket).replicationConfiguration(c -> c
                .role("arn:aws:iam::123456789012:role/replication").rules(rule)));
    }

    @Test
    void putGetDeleteRoundTripsBetweenVersionedBuckets() {
        S3Client s3 = fixture.client();
        String source = versionedBucket();
        String destination = versionedBucket();

        put(source, rule(destination));

        var got = s3.getBucketReplication(b -> b.bucket(source)).replicationConfiguration();
        assertThat(got.role()).isEqualTo("arn:aws:iam::123456789012:role/replication");
        assertThat(got.rules()).containsExactly(rule(destination));

        assertThat(s3.deleteBucketReplication(b -> b.bucket(source)).sdkHttpResponse().statusCode()).isEqualTo(204);
        assertS3Error(() -> s3.getBucketReplication(b -> b.bucket(source)), 404, "ReplicationConfigurationNotFoundError");
    }

    @Test
    void theSourceBucketMustHaveVersioningEnabled() {
        String source = fixture.bucket();
        String destination = versionedBucket();

        assertS3Error(() -> put(source, rule(destination)), 400, "InvalidRequest", e -> assertThat(e.awsErrorDetails()
                .errorMessage()).isEqualTo("Versioning must be 'Enabled' on the bucket to apply a replication configuration"));
        assertS3Error(() -> fixture.client().getBucketReplication(b -> b.bucket(source)), 404,
                "ReplicationConfigurationNotFoundError");
    }

    @Test
    void theDestinationBucketMustExistWithVersioning() {
        String source = versionedBucket();
        String unversioned = fixture.bucket();

        assertS3Error(() -> put(source, rule(ConfigFixture.uniqueName())), 400, "InvalidRequest");
        assertS3Error(() -> put(source, rule(unversioned)), 400, "InvalidRequest");
    }

    @Test
    void aFilteredRuleNeedsDeleteMarkerReplication() {
        String source = versionedBucket();
        String destination = versionedBucket();

        assertS3Error(() -> put(source, rule(destination).toBuilder().deleteMarkerReplication((software.amazon.awssdk.services.s3.model.DeleteMarkerReplication) null).build()),
                400, "InvalidRequest");
        assertS3Error(() -> put(source, rule(destination).toBuilder().status("Paused").build()), 400, "MalformedXML");
    }

    @Test
    void aMissingBucketIsNoSuchBucket() {
        String missing = ConfigFixture.uniqueName();

        assertS3Error(() -> fixture.client().getBucketReplication(b -> b.bucket(missing)), 404, "NoSuchBucket");
        assertS3Error(() -> fixture.client().deleteBucketReplication(b -> b.bucket(missing)), 404, "NoSuchBucket");
    }
}
