package dev.pail.it.config;

import static dev.pail.it.config.ConfigFixture.assertS3Error;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ObjectOwnership;
import software.amazon.awssdk.services.s3.model.PublicAccessBlockConfiguration;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;
import software.amazon.awssdk.services.s3.model.ServerSideEncryptionRule;

/** Default encryption, ownership controls and Block Public Access: the settings new buckets start with. */
class BucketDefaultsTest {

    @RegisterExtension
    static final ConfigFixture fixture = new ConfigFixture();

    private static ServerSideEncryptionRule kms(String key, boolean bucketKey) {
        return ServerSideEncryptionRule.builder().bucketKeyEnabled(bucketKey)
                .applyServerSideEncryptionByDefault(d -> d.sseAlgorithm(ServerSideEncryption.AWS_KMS).kmsMasterKeyID(key))
                .build();
    }

    @Test
    void encryptionDefaultsToSseS3AndDeleteReturnsToIt() {
        S3Client s3 = fixture.client();
        String bucket = fixture.bucket();

        assertThat(s3.getBucketEncryption(b -> b.bucket(bucket)).serverSideEncryptionConfiguration().rules())
                .singleElement().satisfies(rule -> {
                    assertThat(rule.applyServerSideEncryptionByDefault().sseAlgorithm()).isEqualTo(ServerSideEncryption.AES256);
                    assertThat(rule.bucketKeyEnabled()).isFalse();
                });

        s3.putBucketEncryption(b -> b.bucket(bucket).serverSideEncryptionConfiguration(c -> c.rules(kms("alias/app", true))));
        assertThat(s3.getBucketEncryption(b -> b.bucket(bucket)).serverSideEncryptionConfiguration().rules())
                .containsExactly(kms("alias/app", true));

        assertThat(s3.deleteBucketEncryption(b -> b.bucket(bucket)).sdkHttpResponse().statusCode()).isEqualTo(204);
        assertThat(s3.getBucketEncryption(b -> b.bucket(bucket)).serverSideEncryptionConfiguration().rules())
                .singleElement().satisfies(rule -> assertThat(rule.applyServerSideEncryptionByDefault().sseAlgorithm())
                        .isEqualTo(ServerSideEncryption.AES256));
    }

    @Test
    void encryptionAlgorithmsAndKeysAreChecked() {
        S3Client s3 = fixture.client();
        String bucket = fixture.bucket();
        ServerSideEncryptionRule keyWithAes = ServerSideEncryptionRule.builder()
                .applyServerSideEncryptionByDefault(d -> d.sseAlgorithm(ServerSideEncryption.AES256).kmsMasterKeyID("k")).build();
        ServerSideEncryptionRule unknown = ServerSideEncryptionRule.builder()
                .applyServerSideEncryptionByDefault(d -> d.sseAlgorithm("ROT13")).build();

        assertS3Error(() -> s3.putBucketEncryption(b -> b.bucket(bucket).serverSideEncryptionConfiguration(c -> c.rules(keyWithAes))),
                400, "InvalidArgument");
        assertS3Error(() -> s3.putBucketEncryption(b -> b.bucket(bucket).serverSideEncryptionConfiguration(c -> c.rules(unknown))),
                400, "MalformedXML");
        s3.putBucketEncryption(b -> b.bucket(bucket).serverSideEncryptionConfiguration(c -> c.rules(ServerSideEncryptionRule.builder()
                .applyServerSideEncryptionByDefault(d -> d.sseAlgorithm(ServerSideEncryption.AWS_KMS_DSSE)).build())));
        assertS3Error(() -> s3.getBucketEncryption(b -> b.bucket(ConfigFixture.uniqueName())), 404, "NoSuchBucket");
    }

    @Test
    void newBucketsEnforceBucketOwnershipUntilDeletedThenOwnershipControlsAreNotFound() {
        S3Client s3 = fixture.client();
        String bucket = fixture.bucket();

        assertThat(s3.getBucketOwnershipControls(b -> b.bucket(bucket)).ownershipControls().rules())
                .singleElement().satisfies(r -> assertThat(r.objectOwnership()).isEqualTo(ObjectOwnership.BUCKET_OWNER_ENFORCED));

        s3.putBucketOwnershipControls(b -> b.bucket(bucket).ownershipControls(c -> c.rules(r -> r.objectOwnership(ObjectOwnership.OBJECT_WRITER))));
        assertThat(s3.getBucketOwnershipControls(b -> b.bucket(bucket)).ownershipControls().rules())
                .singleElement().satisfies(r -> assertThat(r.objectOwnership()).isEqualTo(ObjectOwnership.OBJECT_WRITER));

        assertThat(s3.deleteBucketOwnershipControls(b -> b.bucket(bucket)).sdkHttpResponse().statusCode()).isEqualTo(204);
        assertS3Error(() -> s3.getBucketOwnershipControls(b -> b.bucket(bucket)), 404, "OwnershipControlsNotFoundError");
    }

    @Test
    void createBucketSetsObjectOwnershipFromItsHeader() {
        S3Client s3 = fixture.client();
        String bucket = ConfigFixture.uniqueName();

        s3.createBucket(b -> b.bucket(bucket).objectOwnership(ObjectOwnership.BUCKET_OWNER_PREFERRED));

        assertThat(s3.getBucketOwnershipControls(b -> b.bucket(bucket)).ownershipControls().rules())
                .singleElement().satisfies(r -> assertThat(r.objectOwnership()).isEqualTo(ObjectOwnership.BUCKET_OWNER_PREFERRED));
    }

    @Test
    void anUnknownObjectOwnershipIsMalformedXml() {
        S3Client s3 = fixture.client();
        String bucket = fixture.bucket();

        assertS3Error(() -> s3.putBucketOwnershipControls(b -> b.bucket(bucket)
                .ownershipControls(c -> c.rules(r -> r.objectOwnership("Anyone")))), 400, "MalformedXML");
        assertS3Error(() -> s3.putBucketOwnershipControls(b -> b.bucket(bucket)
                .ownershipControls(c -> c.rules(java.util.List.of()))), 400, "MalformedXML");
    }

    @Test
    void newBucketsBlockAllPublicAccessUntilDeletedThenTheConfigurationIsNotFound() {
        S3Client s3 = fixture.client();
        String bucket = fixture.bucket();
        PublicAccessBlockConfiguration all = PublicAccessBlockConfiguration.builder().blockPublicAcls(true)
                .ignorePublicAcls(true).blockPublicPolicy(true).restrictPublicBuckets(true).build();
        PublicAccessBlockConfiguration some = PublicAccessBlockConfiguration.builder().blockPublicAcls(true)
                .ignorePublicAcls(false).blockPublicPolicy(false).restrictPublicBuckets(true).build();

        assertThat(s3.getPublicAccessBlock(b -> b.bucket(bucket)).publicAccessBlockConfiguration()).isEqualTo(all);

        s3.putPublicAccessBlock(b -> b.bucket(bucket).publicAccessBlockConfiguration(some));
        assertThat(s3.getPublicAccessBlock(b -> b.bucket(bucket)).publicAccessBlockConfiguration()).isEqualTo(some);

        s3.putPublicAccessBlock(b -> b.bucket(bucket).publicAccessBlockConfiguration(c -> c.blockPublicPolicy(true)));
        assertThat(s3.getPublicAccessBlock(b -> b.bucket(bucket)).publicAccessBlockConfiguration())
                .isEqualTo(PublicAccessBlockConfiguration.builder().blockPublicAcls(false).ignorePublicAcls(false)
                        .blockPublicPolicy(true).restrictPublicBuckets(false).build());

        assertThat(s3.deletePublicAccessBlock(b -> b.bucket(bucket)).sdkHttpResponse().statusCode()).isEqualTo(204);
        assertS3Error(() -> s3.getPublicAccessBlock(b -> b.bucket(bucket)), 404, "NoSuchPublicAccessBlockConfiguration");
        assertS3Error(() -> s3.getPublicAccessBlock(b -> b.bucket(ConfigFixture.uniqueName())), 404, "NoSuchBucket");
    }

    @Test
    void theOtherSettingsHaveTheirDefaults() {
        S3Client s3 = fixture.client();
        String bucket = fixture.bucket();

        assertThat(s3.getBucketRequestPayment(b -> b.bucket(bucket)).payerAsString()).isEqualTo("BucketOwner");
        assertThat(s3.getBucketAccelerateConfiguration(b -> b.bucket(bucket)).status()).isNull();
        assertThat(s3.getBucketAbac(b -> b.bucket(bucket)).abacStatus().statusAsString()).isEqualTo("Disabled");
        assertThat(s3.getBucketLogging(b -> b.bucket(bucket)).loggingEnabled()).isNull();
        var notifications = s3.getBucketNotificationConfiguration(b -> b.bucket(bucket));
        assertThat(notifications.topicConfigurations()).isEmpty();
        assertThat(notifications.queueConfigurations()).isEmpty();
        assertThat(notifications.lambdaFunctionConfigurations()).isEmpty();
        assertThat(notifications.eventBridgeConfiguration()).isNull();
    }
}
