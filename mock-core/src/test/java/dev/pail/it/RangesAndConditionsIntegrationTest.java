package dev.pail.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

class RangesAndConditionsIntegrationTest {

    @AutoClose
    static final Fixture fixture = Fixture.start();
    static final String DIGITS = "0123456789abcdefghij";

    @ParameterizedTest
    @EnumSource(ClientFlavour.class)
    void rangesReturn206WithContentRange(ClientFlavour flavour) {
        S3Client s3 = fixture.client(flavour);
        String bucket = fixture.bucket(flavour);
        s3.putObject(b -> b.bucket(bucket).key("k"), RequestBody.fromString(DIGITS));

        ResponseBytes<GetObjectResponse> middle = s3.getObjectAsBytes(b -> b.bucket(bucket).key("k").range("bytes=2-5"));
        assertThat(middle.asUtf8String()).isEqualTo("2345");
        assertThat(middle.response().contentRange()).isEqualTo("bytes 2-5/20");
        assertThat(middle.response().contentLength()).isEqualTo(4);
        assertThat(middle.response().sdkHttpResponse().statusCode()).isEqualTo(206);
        assertThat(middle.response().acceptRanges()).isEqualTo("bytes");

        assertThat(s3.getObjectAsBytes(b -> b.bucket(bucket).key("k").range("bytes=15-")).asUtf8String()).isEqualTo("fghij");
        assertThat(s3.getObjectAsBytes(b -> b.bucket(bucket).key("k").range("bytes=-3")).asUtf8String()).isEqualTo("hij");
        assertThat(s3.getObjectAsBytes(b -> b.bucket(bucket).key("k").range("bytes=18-999")).asUtf8String()).isEqualTo("ij");
        assertThat(s3.getObjectAsBytes(b -> b.bucket(bucket).key("k").range("bytes=-99")).asUtf8String()).isEqualTo(DIGITS);
        assertThat(s3.headObject(b -> b.bucket(bucket).key("k").range("bytes=0-0")).contentLength()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(ClientFlavour.class)
    void anUnsatisfiableRangeIs416InvalidRange(ClientFlavour flavour) {
        S3Client s3 = fixture.client(flavour);
        String bucket = fixture.bucket(flavour);
        s3.putObject(b -> b.bucket(bucket).key("k"), RequestBody.fromString(DIGITS));
        assertThatThrownBy(() -> s3.getObject(b -> b.bucket(bucket).key("k").range("bytes=20-30")))
                .isInstanceOfSatisfying(S3Exception.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(416);
                    assertThat(Fixture.code(e)).isEqualTo("InvalidRange");
                });
    }

    @Test
    void theInvalidRangeErrorNamesTheObjectSize() {
        String bucket = fixture.bucket(ClientFlavour.SYNC_DEFAULT);
        fixture.pail.seed().object(bucket, "k", DIGITS);
        RawHttp.Response response = new RawHttp(fixture.pail.port()).send("GET", "/" + bucket + "/k",
                Map.of("Range", "bytes=25-"), new byte[0]);
        assertThat(response.status()).isEqualTo(416);
        assertThat(response.text()).contains("<ActualObjectSize>20</ActualObjectSize>", "<RangeRequested>bytes=25-</RangeRequested>");
        assertThat(response.header("content-range")).hasValue("bytes */20");
    }

    @ParameterizedTest
    @EnumSource(ClientFlavour.class)
    void conditionalReadsFollowS3sPrecedence(ClientFlavour flavour) {
        S3Client s3 = fixture.client(flavour);
        String bucket = fixture.bucket(flavour);
        String etag = s3.putObject(b -> b.bucket(bucket).key("k"), RequestBody.fromString(DIGITS)).eTag();
        Instant past = Instant.parse("2001-01-01T00:00:00Z");
        Instant future = Instant.now().plusSeconds(3600);

        assertThat(s3.getObjectAsBytes(b -> b.bucket(bucket).key("k").ifMatch(etag)).asUtf8String()).isEqualTo(DIGITS);
        assertThat(s3.getObjectAsBytes(b -> b.bucket(bucket).key("k").ifMatch(etag).ifUnmodifiedSince(past)).asUtf8String())
                .as("If-Match true overrides If-Unmodified-Since false").isEqualTo(DIGITS);
        assertStatus(() -> s3.getObject(b -> b.bucket(bucket).key("k").ifMatch("\"other\"")), 412);
        assertStatus(() -> s3.getObject(b -> b.bucket(bucket).key("k").ifUnmodifiedSince(past)), 412);
        assertStatus(() -> s3.getObject(b -> b.bucket(bucket).key("k").ifNoneMatch(etag)), 304);
        assertStatus(() -> s3.getObject(b -> b.bucket(bucket).key("k").ifNoneMatch(etag).ifModifiedSince(past)), 304);
        assertStatus(() -> s3.getObject(b -> b.bucket(bucket).key("k").ifModifiedSince(future)), 304);
        assertThat(s3.getObjectAsBytes(b -> b.bucket(bucket).key("k").ifModifiedSince(past)).asUtf8String()).isEqualTo(DIGITS);
        assertStatus(() -> s3.headObject(b -> b.bucket(bucket).key("k").ifNoneMatch("*")), 304);
        assertStatus(() -> s3.headObject(b -> b.bucket(bucket).key("k").ifMatch("\"other\"")), 412);
    }

    @ParameterizedTest
    @EnumSource(ClientFlavour.class)
    void conditionalDeleteWithIfMatch(ClientFlavour flavour) {
        S3Client s3 = fixture.client(flavour);
        String bucket = fixture.bucket(flavour);
        String etag = s3.putObject(b -> b.bucket(bucket).key("k"), RequestBody.fromString("v")).eTag();
        assertStatus(() -> s3.deleteObject(b -> b.bucket(bucket).key("k").ifMatch("\"other\"")), 412);
        assertThat(s3.getObjectAsBytes(b -> b.bucket(bucket).key("k")).asUtf8String()).isEqualTo("v");
        s3.deleteObject(b -> b.bucket(bucket).key("k").ifMatch(etag));
        assertStatus(() -> s3.headObject(b -> b.bucket(bucket).key("k")), 404);
    }

    @Test
    void notModifiedHasNoBody() {
        String bucket = fixture.bucket(ClientFlavour.SYNC_DEFAULT);
        fixture.pail.seed().object(bucket, "k", DIGITS);
        RawHttp http = new RawHttp(fixture.pail.port());
        String etag = http.send("HEAD", "/" + bucket + "/k").header("etag").orElseThrow();
        RawHttp.Response response = http.send("GET", "/" + bucket + "/k", Map.of("If-None-Match", etag), new byte[0]);
        assertThat(response.status()).isEqualTo(304);
        assertThat(response.body()).isEmpty();
        assertThat(response.header("etag")).hasValue(etag);
    }

    static void assertStatus(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, int status) {
        assertThatThrownBy(call).isInstanceOfSatisfying(S3Exception.class, e -> assertThat(e.statusCode()).isEqualTo(status));
    }
}
