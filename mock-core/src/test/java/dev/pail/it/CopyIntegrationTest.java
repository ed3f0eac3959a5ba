package dev.pail.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;
import software.amazon.awssdk.services.s3.model.ChecksumMode;
import software.amazon.awssdk.services.s3.model.CopyObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.MetadataDirective;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.StorageClass;
import software.amazon.awssdk.services.s3.model.TaggingDirective;

class CopyIntegrationTest {

    @AutoClose
    static final Fixture fixture = Fixture.start();

    static String source(S3Client s3, String bucket) {
        return s3.putObject(b -> b.bucket(bucket).key("src/report.csv").contentType("text/csv").cacheControl("max-age=5")
                        .metadata(Map.of("owner", "alice")).tagging("team=data"),
                RequestBody.fromString("a,b\n1,2\n")).eTag();
    }

    @ParameterizedTest
    @EnumSource(ClientFlavour.class)
    void copiesWithinAndAcrossBucketsKeepingMetadataByDefault(ClientFlavour flavour) {
        S3Client s3 = fixture.client(flavour);
        String bucket = fixture.bucket(flavour);
        String other = fixture.bucket(flavour);
        String etag = source(s3, bucket);

        CopyObjectResponse within = s3.copyObject(b -> b.sourceBucket(bucket).sourceKey("src/report.csv")
                .destinationBucket(bucket).destinationKey("copy/report.csv"));
        assertThat(within.copyObjectResult().eTag()).isEqualTo(etag);
        assertThat(within.copyObjectResult().lastModified()).isNotNull();

        s3.copyObject(b -> b.sourceBucket(bucket).sourceKey("src/report.csv").destinationBucket(other)
                .destinationKey("elsewhere/ünï cødé+.csv"));
        HeadObjectResponse head = s3.headObject(b -> b.bucket(other).key("elsewhere/ünï cødé+.csv"));
        assertThat(head.contentType()).isEqualTo("text/csv");
        assertThat(head.cacheControl()).isEqualTo("max-age=5");
        assertThat(head.metadata()).containsEntry("owner", "alice");
        assertThat(s3.getObjectAsBytes(b -> b.bucket(other).key("elsewhere/ünï cødé+.csv")).asUtf8String())
                .isEqualTo("a,b\n1,2\n");
        assertThat(s3.getObject(b -> b.bucket(other).key("elsewhere/ünï cødé+.csv")).response().tagCount()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(ClientFlavour.class)
    void replaceDirectivesTakeMetadataAndTagsFromTheRequest(ClientFlavour flavour) {
        S3Client s3 = fixture.client(flavour);
        String bucket = fixture.bucket(flavour);
        source(s3, bucket);

        s3.copyObject(b -> b.sourceBucket(bucket).sourceKey("src/report.csv").destinationBucket(bucket).destinationKey("r")
                .metadataDirective(MetadataDirective.REPLACE).contentType("application/json").metadata(Map.of("v", "2"))
                .taggingDirective(TaggingDirective.REPLACE).tagging("a=1&b=2").storageClass(StorageClass.ONEZONE_IA));
        HeadObjectResponse head = s3.headObject(b -> b.bucket(bucket).key("r"));
        assertThat(head.contentType()).isEqualTo("application/json");
        assertThat(head.metadata()).containsExactly(Map.entry("v", "2"));
        assertThat(head.cacheControl()).isNull();
        assertThat(head.storageClass()).isEqualTo(StorageClass.ONEZONE_IA);
        assertThat(s3.getObject(b -> b.bucket(bucket).key("r")).response().tagCount()).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(ClientFlavour.class)
    void copyingOntoItselfNeedsAChange(ClientFlavour flavour) {
        S3Client s3 = fixture.client(flavour);
        String bucket = fixture.bucket(flavour);
        source(s3, bucket);
        assertThatThrownBy(() -> s3.copyObject(b -> b.sourceBucket(bucket).sourceKey("src/report.csv")
                .destinationBucket(bucket).destinationKey("src/report.csv")))
                .isInstanceOfSatisfying(S3Exception.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(Fixture.code(e)).isEqualTo("InvalidRequest");
                });
        s3.copyObject(b -> b.sourceBucket(bucket).sourceKey("src/report.csv").destinationBucket(bucket)
                .destinationKey("src/report.csv").metadataDirective(MetadataDirective.REPLACE).metadata(Map.of("x", "y")));
        assertThat(s3.headObject(b -> b.bucket(bucket).key("src/report.csv")).metadata()).containsExactly(Map.entry("x", "y"));
    }

    @ParameterizedTest
    @EnumSource(ClientFlavour.class)
    void copySourceConditionsAreEnforced(ClientFlavour flavour) {
        S3Client s3 = fixture.client(flavour);
        String bucket = fixture.bucket(flavour);
        String etag = source(s3, bucket);
        Instant past = Instant.parse("2001-01-01T00:00:00Z");
        Instant future = Instant.now().plusSeconds(3600);

        s3.copyObject(b -> b.sourceBucket(bucket).sourceKey("src/report.csv").destinationBucket(bucket).destinationKey("ok")
                .copySourceIfMatch(etag).copySourceIfModifiedSince(past));
        for (var request : java.util.List.<java.util.function.Consumer<software.amazon.awssdk.services.s3.model.CopyObjectRequest.Builder>>of(
                b -> b.copySourceIfMatch("\"nope\""),
                b -> b.copySourceIfNoneMatch(etag),
                b -> b.copySourceIfModifiedSince(future),
                b -> b.copySourceIfUnmodifiedSince(past))) {
            assertThatThrownBy(() -> s3.copyObject(b -> {
                b.sourceBucket(bucket).sourceKey("src/report.csv").destinationBucket(bucket).destinationKey("no");
                request.accept(b);
            })).isInstanceOfSatisfying(S3Exception.class, e -> {
                assertThat(e.statusCode()).isEqualTo(412);
                assertThat(Fixture.code(e)).isEqualTo("PreconditionFailed");
            });
        }
        assertThatThrownBy(() -> s3.headObject(b -> b.bucket(bucket).key("no"))).isInstanceOf(NoSuchKeyException.class);
    }

    @ParameterizedTest
    @EnumSource(ClientFlavour.class)
    void missingSourcesAreNamedErrors(ClientFlavour flavour) {
        S3Client s3 = fixture.client(flavour);
        String bucket = fixture.bucket(flavour);
        assertThatThrownBy(() -> s3.copyObject(b -> b.sourceBucket(bucket).sourceKey("missing").destinationBucket(bucket)
                .destinationKey("x")))
                .isInstanceOfSatisfying(S3Exception.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(404);
                    assertThat(Fixture.code(e)).isEqualTo("NoSuchKey");
                });
        assertThatThrownBy(() -> s3.copyObject(b -> b.sourceBucket("no-such-source-bucket").sourceKey("k")
                .destinationBucket(bucket).destinationKey("x")))
                .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(Fixture.code(e)).isEqualTo("NoSuchBucket"));
    }

    @ParameterizedTest
    @EnumSource(ClientFlavour.class)
    void checksumsAreCarriedOrRecomputed(ClientFlavour flavour) {
        S3Client s3 = fixture.client(flavour);
        String bucket = fixture.bucket(flavour);
        s3.putObject(b -> b.bucket(bucket).key("s").checksumAlgorithm(ChecksumAlgorithm.SHA256), RequestBody.fromString("123456789"));
        String sha = s3.headObject(b -> b.bucket(bucket).key("s").checksumMode(ChecksumMode.ENABLED)).checksumSHA256();

        CopyObjectResponse carried = s3.copyObject(b -> b.sourceBucket(bucket).sourceKey("s").destinationBucket(bucket)
                .destinationKey("carried"));
        assertThat(carried.copyObjectResult().checksumSHA256()).isEqualTo(sha);

        CopyObjectResponse recomputed = s3.copyObject(b -> b.sourceBucket(bucket).sourceKey("s").destinationBucket(bucket)
                .destinationKey("crc").checksumAlgorithm(ChecksumAlgorithm.CRC32));
        assertThat(recomputed.copyObjectResult().checksumCRC32()).isEqualTo("y/Q5Jg==");
        assertThat(s3.headObject(b -> b.bucket(bucket).key("crc").checksumMode(ChecksumMode.ENABLED)).checksumCRC32())
                .isEqualTo("y/Q5Jg==");
    }
}
