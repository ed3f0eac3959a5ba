package dev.pail.it.config;

import static dev.pail.it.config.ConfigFixture.assertS3Error;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAccelerateStatus;
import software.amazon.awssdk.services.s3.model.BucketAbacStatus;
import software.amazon.awssdk.services.s3.model.Payer;

/** Request payment, Transfer Acceleration and ABAC: single-valued settings without a delete. */
class BucketSettingsTest {

    @RegisterExtension
    static final ConfigFixture fixture = new ConfigFixture();

    @Test
    void requestPaymentRoundTripsAndRefusesAnUnknownPayer() {
        S3Client s3 = fixture.client();
        String bucket = fixture.bucket();

        s3.putBucketRequestPayment(b -> b.bucket(bucket).requestPaymentConfiguration(c -> c.payer(Payer.REQUESTER)));
        assertThat(s3.getBucketRequestPayment(b -> b.bucket(bucket)).payer()).isEqualTo(Payer.REQUESTER);

        s3.putBucketRequestPayment(b -> b.bucket(bucket).requestPaymentConfiguration(c -> c.payer(Payer.BUCKET_OWNER)));
        assertThat(s3.getBucketRequestPayment(b -> b.bucket(bucket)).payer()).isEqualTo(Payer.BUCKET_OWNER);

        assertS3Error(() -> s3.putBucketRequestPayment(b -> b.bucket(bucket).requestPaymentConfiguration(c -> c.payer("Nobody"))),
                400, "MalformedXML");
        assertS3Error(() -> s3.getBucketRequestPayment(b -> b.bucket(ConfigFixture.uniqueName())), 404, "NoSuchBucket");
    }

    @Test
    void accelerationRoundTripsAndIsRefusedForBucketNamesWithDots() {
        S3Client s3 = fixture.client();
        String bucket = fixture.bucket();
        String dotted = "dotted." + ConfigFixture.uniqueName();
        s3.createBucket(b -> b.bucket(dotted));

        s3.putBucketAccelerateConfiguration(b -> b.bucket(bucket).accelerateConfiguration(c -> c.status(BucketAccelerateStatus.ENABLED)));
        assertThat(s3.getBucketAccelerateConfiguration(b -> b.bucket(bucket)).status()).isEqualTo(BucketAccelerateStatus.ENABLED);
        s3.putBucketAccelerateConfiguration(b -> b.bucket(bucket).accelerateConfiguration(c -> c.status(BucketAccelerateStatus.SUSPENDED)));
        assertThat(s3.getBucketAccelerateConfiguration(b -> b.bucket(bucket)).status()).isEqualTo(BucketAccelerateStatus.SUSPENDED);

        assertS3Error(() -> s3.putBucketAccelerateConfiguration(b -> b.bucket(dotted)
                .accelerateConfiguration(c -> c.status(BucketAccelerateStatus.ENABLED))), 400, "InvalidRequest",
                e -> assertThat(e.awsErrorDetails().errorMessage()).contains("periods"));
        assertS3Error(() -> s3.putBucketAccelerateConfiguration(b -> b.bucket(bucket)
                .accelerateConfiguration(c -> c.status("Fast"))), 400, "MalformedXML");
    }

    @Test
    void abacRoundTrips() {
        S3Client s3 = fixture.client();
        String bucket = fixture.bucket();

        s3.putBucketAbac(b -> b.bucket(bucket).abacStatus(a -> a.status(BucketAbacStatus.ENABLED)));
        assertThat(s3.getBucketAbac(b -> b.bucket(bucket)).abacStatus().status()).isEqualTo(BucketAbacStatus.ENABLED);

        assertS3Error(() -> s3.putBucketAbac(b -> b.bucket(bucket).abacStatus(a -> a.status("Maybe"))), 400, "MalformedXML");
        assertS3Error(() -> s3.getBucketAbac(b -> b.bucket(ConfigFixture.uniqueName())), 404, "NoSuchBucket");
    }
}
