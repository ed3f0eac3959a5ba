package dev.pail.it.config;

import static dev.pail.it.config.ConfigFixture.assertS3Error;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.AnalyticsConfiguration;
import software.amazon.awssdk.services.s3.model.AnalyticsS3ExportFileFormat;
import software.amazon.awssdk.services.s3.model.IntelligentTieringAccessTier;
import software.amazon.awssdk.services.s3.model.IntelligentTieringConfiguration;
import software.amazon.awssdk.services.s3.model.IntelligentTieringStatus;
import software.amazon.awssdk.services.s3.model.InventoryConfiguration;
import software.amazon.awssdk.services.s3.model.InventoryFormat;
import software.amazon.awssdk.services.s3.model.InventoryFrequency;
import software.amazon.awssdk.services.s3.model.InventoryIncludedObjectVersions;
import software.amazon.awssdk.services.s3.model.InventoryOptionalField;
import software.amazon.awssdk.services.s3.model.ListBucketMetricsConfigurationsResponse;
import software.amazon.awssdk.services.s3.model.MetricsConfiguration;
import software.amazon.awssdk.services.s3.model.StorageClassAnalysisSchemaVersion;
import software.amazon.awssdk.services.s3.model.Tag;

/** Analytics, inventory, metrics and intelligent-tiering configurations: kept by id, listed by page. */
class IdConfigurationsTest {

    @RegisterExtension
    static final ConfigFixture fixture = new ConfigFixture();

    private static MetricsConfiguration metrics(String id) {
        return MetricsConfiguration.builder().id(id).filter(f -> f.and(a -> a.prefix("p/")
                .tags(Tag.builder().key("team").value("a").build()))).build();
    }

    @Test
    void analyticsPutGetListDelete() {
        S3Client s3 = fixture.client();
        String bucket = fixture.bucket();
        AnalyticsConfiguration analytics = AnalyticsConfiguration.builder().id("a1").filter(f -> f.prefix("docs/"))
                .storageClassAnalysis(s -> s.dataExport(d -> d.outputSchemaVersion(StorageClassAnalysisSchemaVersion.V_1)
                        .destination(x -> x.s3BucketDestination(b -> b.bucket("arn:aws:s3:::reports")
                                .format(AnalyticsS3ExportFileFormat.CSV).prefix("analytics/")))))
                .build();

        s3.putBucketAnalyticsConfiguration(b -> b.bucket(bucket).id("a1").analyticsConfiguration(analytics));

        assertThat(s3.getBucketAnalyticsConfiguration(b -> b.bucket(bucket).id("a1")).analyticsConfiguration()).isEqualTo(analytics);
        var list = s3.listBucketAnalyticsConfigurations(b -> b.bucket(bucket));
        assertThat(list.analyticsConfigurationList()).containsExactly(analytics);
        assertThat(list.isTruncated()).isFalse();
        assertThat(s3.deleteBucketAnalyticsConfiguration(b -> b.bucket(bucket).id("a1")).sdkHttpResponse().statusCode()).isEqualTo(204);
        assertS3Error(() -> s3.getBucketAnalyticsConfiguration(b -> b.bucket(bucket).id("a1")), 404, "NoSuchConfiguration");
        assertS3Error(() -> s3.deleteBucketAnalyticsConfiguration(b -> b.bucket(bucket).id("a1")), 404, "NoSuchConfiguration");
    }

    @Test
    void inventoryPutGetListDelete() {
        S3Client s3 = fixture.client();
        String bucket = fixture.bucket();
        InventoryConfiguration inventory = InventoryConfiguration.builder().id("weekly").isEnabled(true)
                .includedObjectVersions(InventoryIncludedObjectVersions.CURRENT)
                .schedule(s -> s.frequency(InventoryFrequency.WEEKLY))
                .optionalFields(InventoryOptionalField.SIZE, InventoryOptionalField.E_TAG)
                .filter(f -> f.prefix("data/"))
                .destination(d -> d.s3BucketDestination(b -> b.bucket("arn:aws:s3:::inventory").format(InventoryFormat.PARQUET)
                        .accountId("123456789012").encryption(e -> e.ssekms(k -> k.keyId("arn:aws:kms:us-east-1:1:key/k")))))
                .build();

        s3.putBucketInventoryConfiguration(b -> b.bucket(bucket).id("weekly").inventoryConfiguration(inventory));

        assertThat(s3.getBucketInventoryConfiguration(b -> b.bucket(bucket).id("weekly")).inventoryConfiguration()).isEqualTo(inventory);
        assertThat(s3.listBucketInventoryConfigurations(b -> b.bucket(bucket)).inventoryConfigurationList()).containsExactly(inventory);
        s3.deleteBucketInventoryConfiguration(b -> b.bucket(bucket).id("weekly"));
        assertS3Error(() -> s3.getBucketInventoryConfiguration(b -> b.bucket(bucket).id("weekly")), 404, "NoSuchConfiguration");
    }

    @Test
    void intelligentTieringPutGetListDelete() {
        S3Client s3 = fixture.client();
        String bucket = fixture.bucket();
        IntelligentTieringConfiguration tiering = IntelligentTieringConfiguration.builder().id("archive")
                .status(IntelligentTieringStatus.ENABLED).filter(f -> f.prefix("cold/"))
                .tierings(t -> t.days(90).accessTier(IntelligentTieringAccessTier.ARCHIVE_ACCESS),
                        t -> t.days(180).accessTier(IntelligentTieringAccessTier.DEEP_ARCHIVE_ACCESS))
                .build();

        s3.putBucketIntelligentTieringConfiguration(b -> b.bucket(bucket).id("archive").intelligentTieringConfiguration(tiering));

        assertThat(s3.getBucketIntelligentTieringConfiguration(b -> b.bucket(bucket).id("archive"))
                .intelligentTieringConfiguration()).isEqualTo(tiering);
        assertThat(s3.listBucketIntelligentTieringConfigurations(b -> b.bucket(bucket)).intelligentTieringConfigurationList())
                .containsExactly(tiering);
        s3.deleteBucketIntelligentTieringConfiguration(b -> b.bucket(bucket).id("archive"));
        assertS3Error(() -> s3.getBucketIntelligentTieringConfiguration(b -> b.bucket(bucket).id("archive")), 404,
                "NoSuchConfiguration");
        assertS3Error(() -> s3.putBucketIntelligentTieringConfiguration(b -> b.bucket(bucket).id("archive")
                .intelligentTieringConfiguration(tiering.toBuilder().tierings(t -> t.days(30)
                        .accessTier(IntelligentTieringAccessTier.ARCHIVE_ACCESS)).build())), 400, "InvalidArgument");
    }

    @Test
    void metricsListInPagesOfAHundredWithAContinuationToken() {
        S3Client s3 = fixture.client();
        String bucket = fixture.bucket();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            String id = String.format("m%03d", i);
            ids.add(id);
            s3.putBucketMetricsConfiguration(b -> b.bucket(bucket).id(id).metricsConfiguration(metrics(id)));
        }

        ListBucketMetricsConfigurationsResponse first = s3.listBucketMetricsConfigurations(b -> b.bucket(bucket));
        assertThat(first.isTruncated()).isTrue();
        assertThat(first.metricsConfigurationList()).hasSize(100).first().isEqualTo(metrics("m000"));
        ListBucketMetricsConfigurationsResponse second = s3.listBucketMetricsConfigurations(b -> b.bucket(bucket)
                .continuationToken(first.nextContinuationToken()));
        assertThat(second.isTruncated()).isFalse();
        assertThat(second.continuationToken()).isEqualTo(first.nextContinuationToken());
        List<String> listed = new ArrayList<>();
        first.metricsConfigurationList().forEach(m -> listed.add(m.id()));
        second.metricsConfigurationList().forEach(m -> listed.add(m.id()));
        assertThat(listed).isEqualTo(ids);
        assertS3Error(() -> s3.listBucketMetricsConfigurations(b -> b.bucket(bucket).continuationToken("forged")), 400,
                "InvalidArgument");
    }

    @Test
    void theIdInTheBodyMustMatchTheQueryAndUnknownIdsAreNoSuchConfiguration() {
        S3Client s3 = fixture.client();
        String bucket = fixture.bucket();

        assertS3Error(() -> s3.putBucketMetricsConfiguration(b -> b.bucket(bucket).id("one").metricsConfiguration(metrics("two"))),
                400, "InvalidArgument");
        assertS3Error(() -> s3.getBucketMetricsConfiguration(b -> b.bucket(bucket).id("one")), 404, "NoSuchConfiguration");
        assertThat(s3.listBucketMetricsConfigurations(b -> b.bucket(bucket)).metricsConfigurationList()).isEmpty();
    }

    @Test
    void aBucketHoldsAtMostAThousandOfEachFamily() {
        S3Client s3 = fixture.client();
        String bucket = fixture.bucket();
        for (int i = 0; i < 1000; i++) {
            String id = "m" + i;
            s3.putBucketMetricsConfiguration(b -> b.bucket(bucket).id(id).metricsConfiguration(metrics(id)));
        }

        assertS3Error(() -> s3.putBucketMetricsConfiguration(b -> b.bucket(bucket).id("one-more")
                .metricsConfiguration(metrics("one-more"))), 400, "TooManyConfigurations");
        s3.putBucketMetricsConfiguration(b -> b.bucket(bucket).id("m5").metricsConfiguration(metrics("m5")));
    }

    @Test
    void aMissingBucketIsNoSuchBucket() {
        S3Client s3 = fixture.client();
        String missing = ConfigFixture.uniqueName();

        assertS3Error(() -> s3.putBucketMetricsConfiguration(b -> b.bucket(missing).id("m").metricsConfiguration(metrics("m"))),
                404, "NoSuchBucket");
        assertS3Error(() -> s3.listBucketInventoryConfigurations(b -> b.bucket(missing)), 404, "NoSuchBucket");
        assertS3Error(() -> s3.getBucketAnalyticsConfiguration(b -> b.bucket(missing).id("a")), 404, "NoSuchBucket");
    }
}
