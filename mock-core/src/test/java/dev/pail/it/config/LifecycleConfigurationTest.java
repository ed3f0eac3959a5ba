package dev.pail.it.config;

import static dev.pail.it.config.ConfigFixture.assertS3Error;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ExpirationStatus;
import software.amazon.awssdk.services.s3.model.GetBucketLifecycleConfigurationResponse;
import software.amazon.awssdk.services.s3.model.LifecycleRule;
import software.amazon.awssdk.services.s3.model.Tag;
import software.amazon.awssdk.services.s3.model.TransitionDefaultMinimumObjectSize;
import software.amazon.awssdk.services.s3.model.TransitionStorageClass;

class LifecycleConfigurationTest {

    @RegisterExtension
    static final ConfigFixture fixture = new ConfigFixture();

    private static LifecycleRule expireLogs(String id) {
        return LifecycleRule.builder().id(id).status(ExpirationStatus.ENABLED)
                .filter(f -> f.prefix("logs/"))
                .expiration(e -> e.days(30))
                .transitions(t -> t.days(7).storageClass(TransitionStorageClass.STANDARD_IA),
                        t -> t.days(14).storageClass(TransitionStorageClass.GLACIER))
                .noncurrentVersionExpiration(n -> n.noncurrentDays(10).newerNoncurrentVersions(2))
                .abortIncompleteMultipartUpload(a -> a.daysAfterInitiation(3))
                .build();
    }

    private static void put(String bucket, LifecycleRule... rules) {
        fixture.client().putBucketLifecycleConfiguration(b -> b.bucket(bucket).lifecycleConfiguration(c -> c.rules(rules)));
    }

    @Test
    void putGetDeleteRoundTripsTheRulesAndTheMinimumSizeHeader() {
        S3Client s3 = fixture.client();
        String bucket = fixture.bucket();
        LifecycleRule tagged = LifecycleRule.builder().id("tagged").status(ExpirationStatus.DISABLED)
                .filter(f -> f.and(a -> a.prefix("tmp/").tags(Tag.builder().key("k").value("v").build())
                        .objectSizeGreaterThan(1024L)))
                .expiration(e -> e.date(Instant.parse("2030-01-01T00:00:00Z")))
                .noncurrentVersionTransitions(n -> n.noncurrentDays(30).storageClass(TransitionStorageClass.DEEP_ARCHIVE))
                .build();

        var put = s3.putBucketLifecycleConfiguration(b -> b.bucket(bucket)
                .transitionDefaultMinimumObjectSize(TransitionDefaultMinimumObjectSize.VARIES_BY_STORAGE_CLASS)
                .lifecycleConfiguration(c -> c.rules(expireLogs("logs"), tagged)));
        assertThat(put.transitionDefaultMinimumObjectSize()).isEqualTo(TransitionDefaultMinimumObjectSize.VARIES_BY_STORAGE_CLASS);

        GetBucketLifecycleConfigurationResponse got = s3.getBucketLifecycleConfiguration(b -> b.bucket(bucket));
        assertThat(got.rules()).containsExactly(expireLogs("logs"), tagged);
        assertThat(got.transitionDefaultMinimumObjectSize())
                .isEqualTo(TransitionDefaultMinimumObjectSize.VARIES_BY_STORAGE_CLASS);

        assertThat(s3.deleteBucketLifecycle(b -> b.bucket(bucket)).sdkHttpResponse().statusCode()).isEqualTo(204);
        assertS3Error(() -> s3.getBucketLifecycleConfiguration(b -> b.bucket(bucket)), 404, "NoSuchLifecycleConfiguration");
    }

    @Test
    void theMinimumSizeDefaultsToAllStorageClasses128K() {
        String bucket = fixture.bucket();
        put(bucket, expireLogs("logs"));

        assertThat(fixture.client().getBucketLifecycleConfiguration(b -> b.bucket(bucket)).transitionDefaultMinimumObjectSize())
                .isEqualTo(TransitionDefaultMinimumObjectSize.ALL_STORAGE_CLASSES_128_K);
    }

    @Test
    void theDeprecatedFormWithARulePrefixIsAcceptedAndReadBack() throws Exception {
        String bucket = fixture.bucket();
        String legacy = "<LifecycleConfiguration><Rule><ID>legacy</ID><Prefix>old/</Prefix><Status>Enabled</Status>"
                + "<Expiration><Days>5</Days></Expiration></Rule></LifecycleConfiguration>";

        var put = fixture.raw("PUT", "/" + bucket + "?lifecycle", legacy, "Content-MD5", CorsConfigurationTest.md5(legacy));

        assertThat(put.statusCode()).isEqualTo(200);
        @SuppressWarnings("deprecation")
        var rules = fixture.client().getBucketLifecycleConfiguration(b -> b.bucket(bucket)).rules();
        assertThat(rules).singleElement().satisfies(rule -> {
            assertThat(rule.id()).isEqualTo("legacy");
            assertThat(rule.prefix()).isEqualTo("old/");
            assertThat(rule.expiration().days()).isEqualTo(5);
        });
    }

    @Test
    void aBucketWithoutLifecycleIsNoSuchLifecycleConfiguration() {
        String bucket = fixture.bucket();

        assertS3Error(() -> fixture.client().getBucketLifecycleConfiguration(b -> b.bucket(bucket)),
                404, "NoSuchLifecycleConfiguration");
        assertS3Error(() -> fixture.client().getBucketLifecycleConfiguration(b -> b.bucket(ConfigFixture.uniqueName())),
                404, "NoSuchBucket");
    }

    @Test
    void ruleIdsAreAtMost255CharactersAndUnique() {
        String bucket = fixture.bucket();

        assertS3Error(() -> put(bucket, expireLogs("x".repeat(256))), 400, "InvalidArgument",
                e -> assertThat(e.awsErrorDetails().errorMessage()).contains("255"));
        assertS3Error(() -> put(bucket, expireLogs("same"), expireLogs("same")), 400, "InvalidArgument",
                e -> assertThat(e.awsErrorDetails().errorMessage()).contains("unique"));
        put(bucket, expireLogs("x".repeat(255)));
    }

    @Test
    void aRuleWithoutIdIsGivenOne() {
        String bucket = fixture.bucket();

        put(bucket, expireLogs(null));

        assertThat(fixture.client().getBucketLifecycleConfiguration(b -> b.bucket(bucket)).rules()).singleElement()
                .satisfies(rule -> {
                    assertThat(rule.id()).isNotBlank();
                    assertThat(rule.toBuilder().id(null).build()).isEqualTo(expireLogs(null));
                });
    }

    @Test
    void aRuleWithoutActionIsInvalidRequest() {
        String bucket = fixture.bucket();
        LifecycleRule idle = LifecycleRule.builder().id("idle").status(ExpirationStatus.ENABLED).filter(f -> f.prefix("")).build();

        assertS3Error(() -> put(bucket, idle), 400, "InvalidRequest",
                e -> assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("At least one action needs to be specified in a rule"));
    }

    @Test
    void anUnknownStatusAMissingFilterOrTooManyRulesIsMalformedXml() {
        String bucket = fixture.bucket();
        LifecycleRule badStatus = expireLogs("a").toBuilder().status("On").build();
        LifecycleRule noFilter = expireLogs("b").toBuilder().filter((software.amazon.awssdk.services.s3.model.LifecycleRuleFilter) null).build();
        List<LifecycleRule> tooMany = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            tooMany.add(expireLogs("r" + i));
        }

        assertS3Error(() -> put(bucket, badStatus), 400, "MalformedXML");
        assertS3Error(() -> put(bucket, noFilter), 400, "MalformedXML");
        assertS3Error(() -> put(bucket, tooMany.toArray(LifecycleRule[]::new)), 400, "MalformedXML");
    }

    @Test
    void actionsAreCheckedAsS3ChecksThem() {
        String bucket = fixture.bucket();
        LifecycleRule zeroDays = expireLogs("a").toBuilder().expiration(e -> e.days(0)).build();
        LifecycleRule notMidnight = expireLogs("b").toBuilder().expiration(e -> e.date(Instant.parse("2030-01-01T10:00:00Z"))).build();
        LifecycleRule sameClassTwice = expireLogs("c").toBuilder().transitions(
                t -> t.days(40).storageClass(TransitionStorageClass.GLACIER),
                t -> t.days(50).storageClass(TransitionStorageClass.GLACIER)).build();

        assertS3Error(() -> put(bucket, zeroDays), 400, "InvalidArgument");
        assertS3Error(() -> put(bucket, notMidnight), 400, "InvalidArgument",
                e -> assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("'Date' must be at midnight GMT"));
        assertS3Error(() -> put(bucket, sameClassTwice), 400, "InvalidRequest");
    }
}
