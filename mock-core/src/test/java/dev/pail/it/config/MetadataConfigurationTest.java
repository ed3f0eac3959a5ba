package dev.pail.it.config;

import static dev.pail.it.config.ConfigFixture.assertS3Error;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ExpirationState;
import software.amazon.awssdk.services.s3.model.InventoryConfigurationState;
import software.amazon.awssdk.services.s3.model.MetadataConfigurationResult;

/** S3 Metadata: the V1 metadata table configuration and the V2 metadata configuration. */
class MetadataConfigurationTest {

    @RegisterExtension
    static final ConfigFixture fixture = new ConfigFixture();

    @Test
    void aMetadataTableConfigurationIsCreatedReadAndDeleted() {
        S3Client s3 = fixture.client();
        String bucket = fixture.bucket();
        String tableBucket = "arn:aws:s3tables:us-east-1:123456789012:bucket/metadata";

        s3.createBucketMetadataTableConfiguration(b -> b.bucket(bucket).metadataTableConfiguration(
                c -> c.s3TablesDestination(d -> d.tableBucketArn(tableBucket).tableName("objects"))));

        var got = s3.getBucketMetadataTableConfiguration(b -> b.bucket(bucket)).getBucketMetadataTableConfigurationResult();
        assertThat(got.status()).isEqualTo("ACTIVE");
        assertThat(got.metadataTableConfigurationResult().s3TablesDestinationResult()).satisfies(d -> {
            assertThat(d.tableBucketArn()).isEqualTo(tableBucket);
            assertThat(d.tableName()).isEqualTo("objects");
            assertThat(d.tableArn()).startsWith(tableBucket + "/table/");
            assertThat(d.tableNamespace()).isNotBlank();
        });
        assertS3Error(() -> s3.createBucketMetadataTableConfiguration(b -> b.bucket(bucket).metadataTableConfiguration(
                c -> c.s3TablesDestination(d -> d.tableBucketArn(tableBucket).tableName("again")))), 400, "InvalidRequest");

        assertThat(s3.deleteBucketMetadataTableConfiguration(b -> b.bucket(bucket)).sdkHttpResponse().statusCode()).isEqualTo(204);
        assertS3Error(() -> s3.getBucketMetadataTableConfiguration(b -> b.bucket(bucket)), 404, "NoSuchConfiguration");
    }

    @Test
    void aMetadataConfigurationIsCreatedUpdatedAndDeleted() {
        S3Client s3 = fixture.client();
        String bucket = fixture.bucket();

        s3.createBucketMetadataConfiguration(b -> b.bucket(bucket).metadataConfiguration(c -> c
                .journalTableConfiguration(j -> j.recordExpiration(r -> r.expiration(ExpirationState.ENABLED).days(30)))
                .inventoryTableConfiguration(i -> i.configurationState(InventoryConfigurationState.DISABLED))));

        MetadataConfigurationResult result = s3.getBucketMetadataConfiguration(b -> b.bucket(bucket))
                .getBucketMetadataConfigurationResult().metadataConfigurationResult();
        assertThat(result.destinationResult().tableBucketArn()).startsWith("arn:aws:s3tables:");
        assertThat(result.journalTableConfigurationResult().recordExpiration().days()).isEqualTo(30);
        assertThat(result.journalTableConfigurationResult().tableStatus()).isEqualTo("ACTIVE");
        assertThat(result.inventoryTableConfigurationResult().configurationState()).isEqualTo(InventoryConfigurationState.DISABLED);

        s3.updateBucketMetadataInventoryTableConfiguration(b -> b.bucket(bucket)
                .inventoryTableConfiguration(i -> i.configurationState(InventoryConfigurationState.ENABLED)));
        s3.updateBucketMetadataJournalTableConfiguration(b -> b.bucket(bucket)
                .journalTableConfiguration(j -> j.recordExpiration(r -> r.expiration(ExpirationState.DISABLED))));
        result = s3.getBucketMetadataConfiguration(b -> b.bucket(bucket)).getBucketMetadataConfigurationResult()
                .metadataConfigurationResult();
        assertThat(result.inventoryTableConfigurationResult().configurationState()).isEqualTo(InventoryConfigurationState.ENABLED);
        assertThat(result.inventoryTableConfigurationResult().tableArn()).isNotBlank();
        assertThat(result.journalTableConfigurationResult().recordExpiration().expiration()).isEqualTo(ExpirationState.DISABLED);

        s3.deleteBucketMetadataConfiguration(b -> b.bucket(bucket));
        assertS3Error(() -> s3.getBucketMetadataConfiguration(b -> b.bucket(bucket)), 404, "NoSuchConfiguration");
        assertS3Error(() -> s3.updateBucketMetadataInventoryTableConfiguration(b -> b.bucket(bucket)
                .inventoryTableConfiguration(i -> i.configurationState(InventoryConfigurationState.ENABLED))), 404,
                "NoSuchConfiguration");
    }

    @Test
    void invalidDocumentsAreRefused() {
        S3Client s3 = fixture.client();
        String bucket = fixture.bucket();

        assertS3Error(() -> s3.createBucketMetadataConfiguration(b -> b.bucket(bucket).metadataConfiguration(c -> c
                .journalTableConfiguration(j -> j.recordExpiration(r -> r.expiration("SOMETIMES"))))), 400, "MalformedXML");
        assertS3Error(() -> s3.createBucketMetadataConfiguration(b -> b.bucket(bucket).metadataConfiguration(c -> c
                .journalTableConfiguration(j -> j.recordExpiration(r -> r.expiration(ExpirationState.ENABLED).days(1))))),
                400, "InvalidArgument");
        assertS3Error(() -> s3.getBucketMetadataConfiguration(b -> b.bucket(ConfigFixture.uniqueName())), 404, "NoSuchBucket");
    }
}
