package dev.pail.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;
import software.amazon.awssdk.services.s3.model.MFADelete;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** Version ids and delete markers as S3 reports them (LocalStack's AWS-validated TestS3BucketVersioning and friends). */
class VersioningFidelityIntegrationTest {

    @AutoClose
    static final Fixture fixture = Fixture.start();

    private static String versioned(S3Client s3, ClientFlavour flavour) {
        String bucket = fixture.bucket(flavour);
        s3.putBucketVersioning(b -> b.bucket(bucket).versioningConfiguration(v -> v.status(BucketVersioningStatus.ENABLED)));
        return bucket;
    }

    private static void assertInvalidVersionId(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(S3Exception.class, e -> {
            assertThat(e.statusCode()).isEqualTo(400);
            assertThat(Fixture.code(e)).isEqualTo("InvalidArgument");
            assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Invalid version id specified");
        });
    }

    @ParameterizedTest
    @EnumSource(value = ClientFlavour.class, names = {"SYNC_DEFAULT", "ASYNC_DEFAULT"})
    void bucketsNeverVersionedReportNoVersionIds(ClientFlavour flavour) {
        S3Client s3 = fixture.client(flavour);
        String bucket = fixture.bucket(flavour);
        assertThat(s3.putObject(b -> b.bucket(bucket).key("k"), RequestBody.fromString("x")).versionId()).isNull();
        assertThat(s3.headObject(b -> b.bucket(bucket).key("k")).versionId()).isNull();
        assertThat(s3.getObjectAsBytes(b -> b.bucket(bucket).key("k").versionId("null")).response().versionId()).isNull();
        assertThat(s3.copyObject(b -> b.sourceBucket(bucket).sourceKey("k").destinationBucket(bucket)
                .destinationKey("c")).versionId()).isNull();
        var deleted = s3.deleteObject(b -> b.bucket(bucket).key("k"));
        assertThat(deleted.versionId()).isNull();
        assertThat(deleted.deleteMarker()).as("no x-amz-delete-marker header").isNull();
        assertThat(s3.getBucketVersioning(b -> b.bucket(bucket)).status()).isNull();
    }

    @ParameterizedTest
    @EnumSource(value = ClientFlavour.class, names = {"SYNC_DEFAULT", "ASYNC_DEFAULT"})
    void versionIdsS3CouldNotHaveIssuedAreInvalidArgument(ClientFlavour flavour) {
        S3Client s3 = fixture.client(flavour);
        String plain = fixture.bucket(flavour);
        s3.putObject(b -> b.bucket(plain).key("k"), RequestBody.fromString("x"));
        assertInvalidVersionId(() -> s3.getObject(b -> b.bucket(plain).key("k").versionId("bogus")));
        assertInvalidVersionId(() -> s3.deleteObject(b -> b.bucket(plain).key("k").versionId("bogus")));

        String bucket = versioned(s3, flavour);
        String real = s3.putObject(b -> b.bucket(bucket).key("k"), RequestBody.fromString("x")).versionId();
        String tampered = real.substring(0, 28) + (real.endsWith("AAAA") ? "BBBB" : "AAAA");
        assertInvalidVersionId(() -> s3.getObject(b -> b.bucket(bucket).key("k").versionId("bogus")));
        assertThatThrownBy(() -> s3.headObject(b -> b.bucket(bucket).key("k").versionId(tampered))).as("HEAD: no body")
                .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(e.statusCode()).isEqualTo(400));
        assertInvalidVersionId(() -> s3.deleteObject(b -> b.bucket(bucket).key("k").versionId(tampered)));
        assertInvalidVersionId(() -> s3.getObject(b -> b.bucket(plain).key("k").versionId(real)));

        var result = s3.deleteObjects(b -> b.bucket(bucket).delete(d -> d.objects(
                ObjectIdentifier.builder().key("k").versionId("bogus").build(),
                ObjectIdentifier.builder().key("k").versionId(real).build())));
        assertThat(result.errors()).singleElement().satisfies(error -> {
            assertThat(error.code()).isEqualTo("InvalidArgument");
            assertThat(error.versionId()).isEqualTo("bogus");
        });
        assertThat(result.deleted()).singleElement().satisfies(d -> assertThat(d.versionId()).isEqualTo(real));
    }

    @ParameterizedTest
    @EnumSource(value = ClientFlavour.class, names = {"SYNC_DEFAULT", "ASYNC_DEFAULT"})
    void deleteMarkerHeadersAppearOnlyWhenADeleteMarkerIsInvolved(ClientFlavour flavour) {
        S3Client s3 = fixture.client(flavour);
        String bucket = versioned(s3, flavour);
        String version = s3.putObject(b -> b.bucket(bucket).key("k"), RequestBody.fromString("x")).versionId();
        var marker = s3.deleteObject(b -> b.bucket(bucket).key("k"));
        assertThat(marker.deleteMarker()).isTrue();
        var markerRemoved = s3.deleteObject(b -> b.bucket(bucket).key("k").versionId(marker.versionId()));
        assertThat(markerRemoved.deleteMarker()).isTrue();
        assertThat(markerRemoved.versionId()).isEqualTo(marker.versionId());
        var versionRemoved = s3.deleteObject(b -> b.bucket(bucket).key("k").versionId(version));
        assertThat(versionRemoved.deleteMarker()).as("absent, never false").isNull();
        assertThat(versionRemoved.versionId()).isEqualTo(version);
    }

    @Test
    void mfaDeleteDisabledNeedsNoToken() {
        S3Client s3 = fixture.client(ClientFlavour.SYNC_DEFAULT);
        String bucket = fixture.bucket(ClientFlavour.SYNC_DEFAULT);
        s3.putBucketVersioning(b -> b.bucket(bucket).versioningConfiguration(v -> v.status(BucketVersioningStatus.ENABLED)
                .mfaDelete(MFADelete.DISABLED)));
        assertThat(s3.getBucketVersioning(b -> b.bucket(bucket)).status()).isEqualTo(BucketVersioningStatus.ENABLED);
        assertThatThrownBy(() -> s3.putBucketVersioning(b -> b.bucket(bucket).versioningConfiguration(v -> v
                .status(BucketVersioningStatus.ENABLED).mfaDelete(MFADelete.ENABLED))))
                .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(e.statusCode()).isEqualTo(400));
        RawHttp.Response empty = new RawHttp(fixture.pail.endpoint().getPort()).send("PUT", "/" + bucket + "?versioning",
                Map.of(), "<VersioningConfiguration xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"/>"
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(empty.text()).contains("<Code>IllegalVersioningConfigurationException</Code>");
    }
}
