package dev.pail.it.config;

import static dev.pail.it.config.ConfigFixture.assertS3Error;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CORSRule;
import software.amazon.awssdk.services.s3.model.GetBucketCorsResponse;

class CorsConfigurationTest {

    @RegisterExtension
    static final ConfigFixture fixture = new ConfigFixture();

    private static CORSRule rule(String method) {
        return CORSRule.builder().id("web").allowedMethods(method).allowedOrigins("https://*.example.com")
                .allowedHeaders("*").exposeHeaders("ETag", "x-amz-request-id").maxAgeSeconds(3000).build();
    }

    @Test
    void putGetDeleteRoundTripsTheRules() {
        S3Client s3 = fixture.client();
        String bucket = fixture.bucket();
        CORSRule second = CORSRule.builder().allowedMethods("PUT", "POST", "DELETE").allowedOrigins("*").build();

        var put = s3.putBucketCors(b -> b.bucket(bucket).corsConfiguration(c -> c.corsRules(rule("GET"), second)));
        assertThat(put.sdkHttpResponse().statusCode()).isEqualTo(200);

        GetBucketCorsResponse got = s3.getBucketCors(b -> b.bucket(bucket));
        assertThat(got.corsRules()).containsExactly(rule("GET"), second);

        var deleted = s3.deleteBucketCors(b -> b.bucket(bucket));
        assertThat(deleted.sdkHttpResponse().statusCode()).isEqualTo(204);
        assertS3Error(() -> s3.getBucketCors(b -> b.bucket(bucket)), 404, "NoSuchCORSConfiguration");
    }

    @Test
    void aBucketWithoutCorsIsNoSuchCorsConfigurationAndDeletingIsIdempotent() {
        S3Client s3 = fixture.client();
        String bucket = fixture.bucket();

        assertS3Error(() -> s3.getBucketCors(b -> b.bucket(bucket)), 404, "NoSuchCORSConfiguration");
        assertThat(s3.deleteBucketCors(b -> b.bucket(bucket)).sdkHttpResponse().statusCode()).isEqualTo(204);
    }

    @Test
    void aPutReplacesTheWholeConfiguration() {
        S3Client s3 = fixture.client();
        String bucket = fixture.bucket();
        s3.putBucketCors(b -> b.bucket(bucket).corsConfiguration(c -> c.corsRules(rule("GET"), rule("HEAD"))));

        s3.putBucketCors(b -> b.bucket(bucket).corsConfiguration(c -> c.corsRules(rule("PUT"))));

        assertThat(s3.getBucketCors(b -> b.bucket(bucket)).corsRules()).containsExactly(rule("PUT"));
    }

    @Test
    void anUnsupportedMethodIsInvalidRequestNamingIt() {
        S3Client s3 = fixture.client();
        String bucket = fixture.bucket();

        assertS3Error(() -> s3.putBucketCors(b -> b.bucket(bucket).corsConfiguration(c -> c.corsRules(rule("PATCH")))),
                400, "InvalidRequest", e -> assertThat(e.awsErrorDetails().errorMessage())
                        .isEqualTo("Found unsupported HTTP method in CORS config. Unsupported method is PATCH"));
        assertS3Error(() -> s3.getBucketCors(b -> b.bucket(bucket)), 404, "NoSuchCORSConfiguration");
    }

    @Test
    void rulesNeedAMethodAndAnOriginAndThereIsAtLeastOneAndAtMostAHundred() {
        S3Client s3 = fixture.client();
        String bucket = fixture.bucket();
        CORSRule noOrigin = CORSRule.builder().allowedMethods("GET").build();
        CORSRule noMethod = CORSRule.builder().allowedOrigins("*").build();
        List<CORSRule> tooMany = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            tooMany.add(rule("GET"));
        }

        assertS3Error(() -> s3.putBucketCors(b -> b.bucket(bucket).corsConfiguration(c -> c.corsRules(noOrigin))),
                400, "MalformedXML");
        assertS3Error(() -> s3.putBucketCors(b -> b.bucket(bucket).corsConfiguration(c -> c.corsRules(noMethod))),
                400, "MalformedXML");
        assertS3Error(() -> s3.putBucketCors(b -> b.bucket(bucket).corsConfiguration(c -> c.corsRules(List.of()))),
                400, "MalformedXML");
        assertS3Error(() -> s3.putBucketCors(b -> b.bucket(bucket).corsConfiguration(c -> c.corsRules(tooMany))),
                400, "MalformedXML");
    }

    @Test
    void anOriginWithTwoWildcardsIsInvalidRequest() {
        S3Client s3 = fixture.client();
        String bucket = fixture.bucket();
        CORSRule rule = CORSRule.builder().allowedMethods("GET").allowedOrigins("https://*.*.example.com").build();

        assertS3Error(() -> s3.putBucketCors(b -> b.bucket(bucket).corsConfiguration(c -> c.corsRules(rule))),
                400, "InvalidRequest");
    }

    @Test
    void aMissingBucketIsNoSuchBucket() {
        S3Client s3 = fixture.client();
        String missing = ConfigFixture.uniqueName();

        assertS3Error(() -> s3.putBucketCors(b -> b.bucket(missing).corsConfiguration(c -> c.corsRules(rule("GET")))),
                404, "NoSuchBucket");
        assertS3Error(() -> s3.getBucketCors(b -> b.bucket(missing)), 404, "NoSuchBucket");
        assertS3Error(() -> s3.deleteBucketCors(b -> b.bucket(missing)), 404, "NoSuchBucket");
    }

    @Test
    void documentsWithoutTheNamespaceOrWithUnknownElementsAreJudgedAsS3Does() throws Exception {
        String bucket = fixture.bucket();
        String plain = "<CORSConfiguration><CORSRule><AllowedMethod>GET</AllowedMethod>"
                + "<AllowedOrigin>*</AllowedOrigin></CORSRule></CORSConfiguration>";
        String unknown = "<CORSConfiguration><CORSRule><AllowedMethod>GET</AllowedMethod>"
                + "<AllowedOrigin>*</AllowedOrigin><Colour>red</Colour></CORSRule></CORSConfiguration>";

        var accepted = fixture.raw("PUT", "/" + bucket + "?cors", plain, "Content-MD5", md5(plain));
        var refused = fixture.raw("PUT", "/" + bucket + "?cors", unknown, "Content-MD5", md5(unknown));
        var unchecked = fixture.raw("PUT", "/" + bucket + "?cors", plain);

        assertThat(accepted.statusCode()).isEqualTo(200);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("<Code>MalformedXML</Code>");
        assertThat(unchecked.statusCode()).isEqualTo(400);
        assertThat(unchecked.body()).contains("<Code>InvalidRequest</Code>").contains("Content-MD5");
        var got = fixture.raw("GET", "/" + bucket + "?cors", null);
        assertThat(got.body()).contains("<CORSConfiguration xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">");
        assertThat(got.headers().firstValue("content-type")).hasValue("application/xml");
    }

    static String md5(String body) throws Exception {
        byte[] digest = java.security.MessageDigest.getInstance("MD5").digest(body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return java.util.Base64.getEncoder().encodeToString(digest);
    }
}
