package dev.pail.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pail.Pail;
import dev.pail.client.PailClients;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Bucket;
import software.amazon.awssdk.services.s3.model.BucketLocationConstraint;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.HeadBucketResponse;
import software.amazon.awssdk.services.s3.model.ListBucketsResponse;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.S3Exception;

class BucketsIntegrationTest {

    @AutoClose
    static final Fixture fixture = Fixture.start();

    @ParameterizedTest
    @EnumSource(ClientFlavour.class)
    void createdBucketIsVisibleToHeadListAndLocation(ClientFlavour flavour) {
        S3Client s3 = fixture.client(flavour);
        String name = Fixture.uniqueName();

        var created = s3.createBucket(b -> b.bucket(name));
        assertThat(created.location()).isEqualTo("/" + name);
        assertThat(created.sdkHttpResponse().statusCode()).isEqualTo(200);

        HeadBucketResponse head = s3.headBucket(b -> b.bucket(name));
        assertThat(head.bucketRegion()).isEqualTo("us-east-1");
        assertThat(head.sdkHttpResponse().firstMatchingHeader("x-amz-request-id")).hasValueSatisfying(
                id -> assertThat(id).matches("[0-9A-F]{16}"));
        assertThat(head.sdkHttpResponse().firstMatchingHeader("x-amz-id-2")).isPresent();

        assertThat(s3.listBuckets().buckets()).extracting(Bucket::name).contains(name);
        // S3 names the region only when the request used one of ListBuckets' parameters (the model's Bucket.BucketRegion)
        assertThat(s3.listBuckets().buckets()).filteredOn(b -> b.name().equals(name)).singleElement()
                .satisfies(b -> {
                    assertThat(b.creationDate()).isNotNull();
                    assertThat(b.bucketRegion()).isNull();
                });
        assertThat(s3.listBuckets(b -> b.prefix(name)).buckets()).singleElement()
                .satisfies(b -> assertThat(b.bucketRegion()).isEqualTo("us-east-1"));
        assertThat(s3.getBucketLocation(b -> b.bucket(name)).locationConstraintAsString()).isNullOrEmpty();
    }

    @ParameterizedTest
    @EnumSource(ClientFlavour.class)
    void deleteBucketRemovesItAndAMissingBucketIsNoSuchBucket(ClientFlavour flavour) {
        S3Client s3 = fixture.client(flavour);
        String name = fixture.bucket(flavour);

        var deleted = s3.deleteBucket(b -> b.bucket(name));
        assertThat(deleted.sdkHttpResponse().statusCode()).isEqualTo(204);

        assertThatThrownBy(() -> s3.headBucket(b -> b.bucket(name)))
                .isInstanceOf(NoSuchBucketException.class)
                .satisfies(e -> assertThat(((S3Exception) e).statusCode()).isEqualTo(404));
        assertThatThrownBy(() -> s3.deleteBucket(b -> b.bucket(name)))
                .isInstanceOfSatisfying(S3Exception.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(404);
                    assertThat(Fixture.code(e)).isEqualTo("NoSuchBucket");
                    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("The specified bucket does not exist.");
                    assertThat(e.requestId()).matches("[0-9A-F]{16}");
                });
        assertThatThrownBy(() -> s3.getBucketLocation(b -> b.bucket(name)))
                .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(Fixture.code(e)).isEqualTo("NoSuchBucket"));
    }

    @ParameterizedTest
    @EnumSource(ClientFlavour.class)
    void deletingANonEmptyBucketIsBucketNotEmpty(ClientFlavour flavour) {
        S3Client s3 = fixture.client(flavour);
        String name = fixture.bucket(flavour);
        s3.putObject(b -> b.bucket(name).key("k"), RequestBody.fromString("x"));

        assertThatThrownBy(() -> s3.deleteBucket(b -> b.bucket(name)))
                .isInstanceOfSatisfying(S3Exception.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(409);
                    assertThat(Fixture.code(e)).isEqualTo("BucketNotEmpty");
                });
        assertThat(s3.headBucket(b -> b.bucket(name)).sdkHttpResponse().isSuccessful()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(ClientFlavour.class)
    void invalidBucketNamesAreRefused(ClientFlavour flavour) {
        S3Client s3 = fixture.client(flavour);
        // The SDK itself refuses most malformed names before sending; these it lets through and S3 refuses.
        for (String name : List.of("xn--punycode", "ends-s3alias", "sthree-prefix",
                "ends--ol-s3", "amzn-s3-demo-bucket")) {
            assertThatThrownBy(() -> s3.createBucket(b -> b.bucket(name)))
                    .as(name)
                    .isInstanceOfSatisfying(S3Exception.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(400);
                        assertThat(Fixture.code(e)).isEqualTo("InvalidBucketName");
                    });
        }
        assertThat(s3.listBuckets().buckets()).extracting(Bucket::name).doesNotContain("xn--punycode", "sthree-prefix");
    }

    @ParameterizedTest
    @EnumSource(ClientFlavour.class)
    void recreatingAnOwnedBucketInUsEast1Succeeds(ClientFlavour flavour) {
        S3Client s3 = fixture.client(flavour);
        String name = fixture.bucket(flavour);
        s3.putObject(b -> b.bucket(name).key("kept"), RequestBody.fromString("still here"));

        assertThat(s3.createBucket(b -> b.bucket(name)).sdkHttpResponse().statusCode()).isEqualTo(200);
        assertThat(s3.getObjectAsBytes(b -> b.bucket(name).key("kept")).asUtf8String()).isEqualTo("still here");
    }

    @Test
    void recreatingAnOwnedBucketElsewhereIsBucketAlreadyOwnedByYou() {
        try (Pail pail = Pail.builder().region("eu-west-1").start();
             S3Client s3 = PailClients.s3Builder(pail.endpoint(), pail.config()).build()) {
            s3.createBucket(b -> b.bucket("owned").createBucketConfiguration(c -> c.locationConstraint("eu-west-1")));
            assertThatThrownBy(() -> s3.createBucket(b -> b.bucket("owned")
                    .createBucketConfiguration(c -> c.locationConstraint("eu-west-1"))))
                    .isInstanceOfSatisfying(BucketAlreadyOwnedByYouException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(409);
                        assertThat(Fixture.code(e)).isEqualTo("BucketAlreadyOwnedByYou");
                    });
            assertThat(s3.headBucket(b -> b.bucket("owned")).bucketRegion()).isEqualTo("eu-west-1");
            assertThat(s3.getBucketLocation(b -> b.bucket("owned")).locationConstraint())
                    .isEqualTo(BucketLocationConstraint.EU_WEST_1);
        }
    }

    @Test
    void locationConstraintRulesFollowTheEndpointRegion() {
        try (Pail pail = Pail.builder().region("eu-west-1").start();
             S3Client s3 = PailClients.s3Builder(pail.endpoint(), pail.config()).build();
             S3Client usEast = PailClients.s3Builder(pail.endpoint(), pail.config()).region(Region.US_EAST_1).build()) {
            // The SDK adds the client's region as LocationConstraint when none is given.
            s3.createBucket(b -> b.bucket("implicit-constraint"));
            assertThat(s3.headBucket(b -> b.bucket("implicit-constraint")).bucketRegion()).isEqualTo("eu-west-1");
            assertThatThrownBy(() -> s3.createBucket(b -> b.bucket("mismatch")
                    .createBucketConfiguration(c -> c.locationConstraint("ap-south-1"))))
                    .isInstanceOfSatisfying(S3Exception.class,
                            e -> assertThat(Fixture.code(e)).isEqualTo("IllegalLocationConstraintException"));
            assertThatThrownBy(() -> usEast.createBucket(b -> b.bucket("explicit-us-east-1")
                    .createBucketConfiguration(c -> c.locationConstraint("us-east-1"))))
                    .isInstanceOfSatisfying(S3Exception.class,
                            e -> assertThat(Fixture.code(e)).isEqualTo("InvalidLocationConstraint"));

            usEast.createBucket(b -> b.bucket("from-global").createBucketConfiguration(c -> c.locationConstraint("ap-south-1")));
            // signed for us-east-1, a bucket in ap-south-1 is refused, naming its region (as S3 does)
            assertThatThrownBy(() -> usEast.headBucket(b -> b.bucket("from-global")))
                    .isInstanceOfSatisfying(S3Exception.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(400);
                        assertThat(e.awsErrorDetails().sdkHttpResponse().firstMatchingHeader("x-amz-bucket-region"))
                                .hasValue("ap-south-1");
                    });
            usEast.createBucket(b -> b.bucket("plain-us-east-1"));
            assertThat(usEast.headBucket(b -> b.bucket("plain-us-east-1")).bucketRegion()).isEqualTo("us-east-1");
            assertThat(s3.listBuckets().buckets()).extracting(Bucket::name)
                    .containsExactly("from-global", "implicit-constraint", "plain-us-east-1");
        }
    }

    @ParameterizedTest
    @EnumSource(ClientFlavour.class)
    void listBucketsPagesWithMaxBucketsPrefixAndContinuationToken(ClientFlavour flavour) {
        try (Pail pail = Pail.builder().start(); S3Client s3 = flavour.create(pail)) {
            for (String name : List.of("alpha-1", "alpha-2", "alpha-3", "beta-1", "beta-2")) {
                s3.createBucket(b -> b.bucket(name));
            }
            List<String> seen = new ArrayList<>();
            String token = null;
            int pages = 0;
            do {
                String current = token;
                ListBucketsResponse page = s3.listBuckets(b -> b.maxBuckets(2).continuationToken(current));
                page.buckets().forEach(b -> seen.add(b.name()));
                assertThat(page.owner().id()).isNotBlank();
                token = page.continuationToken();
                pages++;
            } while (token != null);
            assertThat(seen).containsExactly("alpha-1", "alpha-2", "alpha-3", "beta-1", "beta-2");
            assertThat(pages).isEqualTo(3);

            ListBucketsResponse prefixed = s3.listBuckets(b -> b.prefix("beta"));
            assertThat(prefixed.buckets()).extracting(Bucket::name).containsExactly("beta-1", "beta-2");
            assertThat(prefixed.prefix()).isEqualTo("beta");

            assertThatThrownBy(() -> s3.listBuckets(b -> b.continuationToken("forged!")))
                    .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(Fixture.code(e)).isEqualTo("InvalidArgument"));
            assertThatThrownBy(() -> s3.listBuckets(b -> b.maxBuckets(0)))
                    .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(Fixture.code(e)).isEqualTo("InvalidArgument"));
        }
    }

    @Test
    void initialBucketsExistAtStartInTheConfiguredRegion() {
        try (Pail pail = Pail.builder().region("eu-central-1").bucket("photos", "docs").start()) {
            S3Client s3 = pail.client();
            assertThat(s3.listBuckets().buckets()).extracting(Bucket::name).containsExactly("docs", "photos");
            assertThat(s3.headBucket(b -> b.bucket("photos")).bucketRegion()).isEqualTo("eu-central-1");
        }
    }
}
