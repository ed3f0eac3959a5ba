package dev.pail.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Bucket;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.ListBucketsResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/** Listing details: url encoding, control characters, empty tokens and ListBuckets pagination (2024). */
class ListingFidelityIntegrationTest {

    @AutoClose
    static final Fixture fixture = Fixture.start();

    @Test
    void urlEncodingEncodesAllButUnreservedCharactersAndSlash() {
        S3Client s3 = fixture.client(ClientFlavour.SYNC_DEFAULT);
        String bucket = fixture.bucket(ClientFlavour.SYNC_DEFAULT);
        for (String key : List.of("a b", "a+b", "x=y/z", "paren(1)", "tilde~dot.dash-under_", "star*'!")) {
            s3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromString("x"));
        }
        String body = new RawHttp(fixture.pail.endpoint().getPort())
                .send("GET", "/" + bucket + "?list-type=2&encoding-type=url").text();
        assertThat(body).contains("<Key>a%20b</Key>", "<Key>a%2Bb</Key>", "<Key>x%3Dy/z</Key>", "<Key>paren%281%29</Key>",
                "<Key>tilde~dot.dash-under_</Key>", "<Key>star%2A%27%21</Key>");
    }

    @ParameterizedTest
    @EnumSource(value = ClientFlavour.class, names = {"SYNC_DEFAULT", "ASYNC_DEFAULT"})
    void controlCharactersComeBackAsSentWithoutEncodingType(ClientFlavour flavour) {
        S3Client s3 = fixture.client(flavour);
        String bucket = fixture.bucket(flavour);
        s3.putObject(b -> b.bucket(bucket).key("line\nbreak/x"), RequestBody.fromString("x"));
        s3.putObject(b -> b.bucket(bucket).key("tab\tkey"), RequestBody.fromString("x"));
        s3.putObject(b -> b.bucket(bucket).key("cr\rkey"), RequestBody.fromString("x"));
        var page = s3.listObjectsV2(b -> b.bucket(bucket).delimiter("/"));
        assertThat(page.contents()).extracting(S3Object::key).containsExactly("cr\rkey", "tab\tkey");
        assertThat(page.commonPrefixes()).extracting(CommonPrefix::prefix).containsExactly("line\nbreak/");
        var prefixed = s3.listObjectsV2(b -> b.bucket(bucket).prefix("line\n"));
        assertThat(prefixed.prefix()).isEqualTo("line\n");
        assertThat(prefixed.contents()).extracting(S3Object::key).containsExactly("line\nbreak/x");
    }

    @Test
    void anEmptyContinuationTokenIsNoTokenAndIsEchoedEmpty() {
        S3Client s3 = fixture.client(ClientFlavour.SYNC_DEFAULT);
        String bucket = fixture.bucket(ClientFlavour.SYNC_DEFAULT);
        s3.putObject(b -> b.bucket(bucket).key("a"), RequestBody.fromString("x"));
        RawHttp http = new RawHttp(fixture.pail.endpoint().getPort());
        RawHttp.Response response = http.send("GET", "/" + bucket + "?list-type=2&continuation-token=");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text()).containsPattern("<ContinuationToken\\s*(/>|></ContinuationToken>)").contains("<Key>a</Key>");
        assertThat(http.send("GET", "/" + bucket + "?list-type=2&continuation-token=garbage").text())
                .contains("<Code>InvalidArgument</Code>");
    }

    @ParameterizedTest
    @EnumSource(value = ClientFlavour.class, names = {"SYNC_DEFAULT", "ASYNC_DEFAULT"})
    void listBucketsPagesFiltersAndNamesRegions(ClientFlavour flavour) {
        S3Client s3 = fixture.client(flavour);
        String prefix = "page-" + flavour.ordinal() + "-";
        for (int i = 0; i < 5; i++) {
            String name = prefix + i;
            s3.createBucket(b -> b.bucket(name));
        }
        ListBucketsResponse first = s3.listBuckets(b -> b.prefix(prefix).maxBuckets(2));
        assertThat(first.buckets()).extracting(Bucket::name).containsExactly(prefix + 0, prefix + 1);
        assertThat(first.buckets()).allSatisfy(b -> assertThat(b.bucketRegion()).isEqualTo("us-east-1"));
        assertThat(first.prefix()).isEqualTo(prefix);
        assertThat(first.continuationToken()).isNotBlank();
        ListBucketsResponse second = s3.listBuckets(b -> b.prefix(prefix).maxBuckets(3)
                .continuationToken(first.continuationToken()));
        assertThat(second.buckets()).extracting(Bucket::name).containsExactly(prefix + 2, prefix + 3, prefix + 4);
        assertThat(second.continuationToken()).as("no token on the last page, even when it is full").isNull();
        assertThat(s3.listBuckets(b -> b.prefix(prefix).bucketRegion("eu-west-1")).buckets()).isEmpty();
        assertThat(s3.listBuckets(b -> b.prefix(prefix).bucketRegion("us-east-1")).buckets()).hasSize(5);
        assertThat(s3.listBucketsPaginator(b -> b.prefix(prefix).maxBuckets(2)).buckets()).hasSize(5);
        assertThatThrownBy(() -> s3.listBuckets(b -> b.bucketRegion("eu-east-1")))
                .isInstanceOfSatisfying(S3Exception.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Argument value eu-east-1 is not a valid AWS Region");
                });
        assertThatThrownBy(() -> s3.listBuckets(b -> b.maxBuckets(0))).isInstanceOf(S3Exception.class);
    }
}
