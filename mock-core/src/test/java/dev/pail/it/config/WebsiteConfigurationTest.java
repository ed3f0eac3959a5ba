package dev.pail.it.config;

import static dev.pail.it.config.ConfigFixture.assertS3Error;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetBucketWebsiteResponse;
import software.amazon.awssdk.services.s3.model.Protocol;
import software.amazon.awssdk.services.s3.model.RoutingRule;
import software.amazon.awssdk.services.s3.model.WebsiteConfiguration;

class WebsiteConfigurationTest {

    @RegisterExtension
    static final ConfigFixture fixture = new ConfigFixture();

    private static void put(String bucket, WebsiteConfiguration website) {
        fixture.client().putBucketWebsite(b -> b.bucket(bucket).websiteConfiguration(website));
    }

    @Test
    void putGetDeleteRoundTripsIndexErrorAndRoutingRules() {
        S3Client s3 = fixture.client();
        String bucket = fixture.bucket();
        RoutingRule rule = RoutingRule.builder().condition(c -> c.keyPrefixEquals("docs/"))
                .redirect(r -> r.replaceKeyPrefixWith("documents/").httpRedirectCode("301").protocol(Protocol.HTTPS))
                .build();

        put(bucket, WebsiteConfiguration.builder().indexDocument(i -> i.suffix("index.html"))
                .errorDocument(e -> e.key("error.html")).routingRules(rule).build());

        GetBucketWebsiteResponse got = s3.getBucketWebsite(b -> b.bucket(bucket));
        assertThat(got.indexDocument().suffix()).isEqualTo("index.html");
        assertThat(got.errorDocument().key()).isEqualTo("error.html");
        assertThat(got.routingRules()).containsExactly(rule);
        assertThat(got.redirectAllRequestsTo()).isNull();

        assertThat(s3.deleteBucketWebsite(b -> b.bucket(bucket)).sdkHttpResponse().statusCode()).isEqualTo(204);
        assertS3Error(() -> s3.getBucketWebsite(b -> b.bucket(bucket)), 404, "NoSuchWebsiteConfiguration");
    }

    @Test
    void aRedirectOfEveryRequestNeedsNoIndexDocument() {
        String bucket = fixture.bucket();

        put(bucket, WebsiteConfiguration.builder().redirectAllRequestsTo(r -> r.hostName("example.com").protocol(Protocol.HTTPS)).build());

        GetBucketWebsiteResponse got = fixture.client().getBucketWebsite(b -> b.bucket(bucket));
        assertThat(got.redirectAllRequestsTo().hostName()).isEqualTo("example.com");
        assertThat(got.redirectAllRequestsTo().protocol()).isEqualTo(Protocol.HTTPS);
        assertThat(got.indexDocument()).isNull();
    }

    @Test
    void anIndexDocumentSuffixIsRequiredAndMustNotHoldASlash() {
        String bucket = fixture.bucket();

        assertS3Error(() -> put(bucket, WebsiteConfiguration.builder().errorDocument(e -> e.key("e.html")).build()),
                400, "InvalidArgument", e -> assertThat(e.awsErrorDetails().errorMessage())
                        .isEqualTo("A value for IndexDocument Suffix must be provided if RedirectAllRequestsTo is empty"));
        assertS3Error(() -> put(bucket, WebsiteConfiguration.builder().indexDocument(i -> i.suffix("a/index.html")).build()),
                400, "InvalidArgument");
        assertS3Error(() -> fixture.client().getBucketWebsite(b -> b.bucket(bucket)), 404, "NoSuchWebsiteConfiguration");
    }

    @Test
    void aRedirectOfEveryRequestExcludesOtherElements() {
        String bucket = fixture.bucket();

        assertS3Error(() -> put(bucket, WebsiteConfiguration.builder().redirectAllRequestsTo(r -> r.hostName("example.com"))
                .indexDocument(i -> i.suffix("index.html")).build()), 400, "InvalidArgument");
    }

    @Test
    void aRoutingRuleCannotReplaceBothKeyAndPrefix() {
        String bucket = fixture.bucket();
        RoutingRule both = RoutingRule.builder().redirect(r -> r.replaceKeyWith("a").replaceKeyPrefixWith("b")).build();

        assertS3Error(() -> put(bucket, WebsiteConfiguration.builder().indexDocument(i -> i.suffix("index.html"))
                .routingRules(both).build()), 400, "InvalidRequest");
    }

    @Test
    void aMissingBucketIsNoSuchBucket() {
        String missing = ConfigFixture.uniqueName();

        assertS3Error(() -> put(missing, WebsiteConfiguration.builder().indexDocument(i -> i.suffix("index.html")).build()),
                404, "NoSuchBucket");
        assertS3Error(() -> fixture.client().deleteBucketWebsite(b -> b.bucket(missing)), 404, "NoSuchBucket");
    }
}
