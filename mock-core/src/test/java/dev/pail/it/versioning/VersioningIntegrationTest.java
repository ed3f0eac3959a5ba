package dev.pail.it.versioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pail.Pail;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.DeleteMarkerEntry;
import software.amazon.awssdk.services.s3.model.DeleteObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectVersionsResponse;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.ObjectVersion;
import software.amazon.awssdk.services.s3.model.S3Exception;

class VersioningIntegrationTest {

    @AutoClose
    static final Pail pail = Pail.builder().start();
    static final S3Client s3 = pail.client();
    static int counter;

    static String versionedBucket() {
        String bucket = "versioned-" + (++counter);
        s3.createBucket(b -> b.bucket(bucket));
        s3.putBucketVersioning(b -> b.bucket(bucket).versioningConfiguration(v -> v.status(BucketVersioningStatus.ENABLED)));
        return bucket;
    }

    static int status(S3Exception e) {
        return e.statusCode();
    }

    @Test
    void versioningStatesAreReportedAsS3ReportsThem() {
        String bucket = "states-" + (++counter);
        s3.createBucket(b -> b.bucket(bucket));
        var never = s3.getBucketVersioning(b -> b.bucket(bucket));
        assertThat(never.status()).isNull();
        assertThat(never.mfaDelete()).isNull();
        s3.putBucketVersioning(b -> b.bucket(bucket).versioningConfiguration(v -> v.status(BucketVersioningStatus.ENABLED)));
        assertThat(s3.getBucketVersioning(b -> b.bucket(bucket)).status()).isEqualTo(BucketVersioningStatus.ENABLED);
        s3.putBucketVersioning(b -> b.bucket(bucket).versioningConfiguration(v -> v.status(BucketVersioningStatus.SUSPENDED)));
        assertThat(s3.getBucketVersioning(b -> b.bucket(bucket)).status()).isEqualTo(BucketVersioningStatus.SUSPENDED);
        assertThatThrownBy(() -> s3.putBucketVersioning(b -> b.bucket(bucket).versioningConfiguration(v -> v
                .status(BucketVersioningStatus.ENABLED).mfaDelete("Enabled"))))
                .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidRequest"));
    }

    @Test
    void everyWriteMakesAVersionReadableByItsId() {
        String bucket = versionedBucket();
        String v1 = s3.putObject(b -> b.bucket(bucket).key("k"), RequestBody.fromString("one")).versionId();
        String v2 = s3.putObject(b -> b.bucket(bucket).key("k"), RequestBody.fromString("two")).versionId();
        assertThat(v1).isNotEqualTo(v2).hasSize(32);

        assertThat(s3.getObjectAsBytes(b -> b.bucket(bucket).key("k")).asUtf8String()).isEqualTo("two");
        assertThat(s3.getObjectAsBytes(b -> b.bucket(bucket).key("k").versionId(v1)).asUtf8String()).isEqualTo("one");
        assertThat(s3.getObjectAsBytes(b -> b.bucket(bucket).key("k")).response().versionId()).isEqualTo(v2);
        assertThat(s3.headObject(b -> b.bucket(bucket).key("k").versionId(v1)).versionId()).isEqualTo(v1);

        String copied = s3.copyObject(b -> b.sourceBucket(bucket).sourceKey("k").sourceVersionId(v1)
                .destinationBucket(bucket).destinationKey("copy")).versionId();
        assertThat(copied).isNotNull();
        assertThat(s3.getObjectAsBytes(b -> b.bucket(bucket).key("copy")).asUtf8String()).isEqualTo("one");

        String uploadId = s3.createMultipartUpload(b -> b.bucket(bucket).key("mp")).uploadId();
        String etag = s3.uploadPart(b -> b.bucket(bucket).key("mp").uploadId(uploadId).partNumber(1),
                RequestBody.fromString("p")).eTag();
        assertThat(s3.completeMultipartUpload(b -> b.bucket(bucket).key("mp").uploadId(uploadId)
                .multipartUpload(m -> m.parts(CompletedPart.builder().partNumber(1).eTag(etag).build()))).versionId())
                .isNotNull();

        // an id S3 could not have issued is 400 InvalidArgument; one it issued that is gone, 404 NoSuchVersion
        assertThatThrownBy(() -> s3.getObject(b -> b.bucket(bucket).key("k").versionId("nosuchversionnosuchversionnosuch")))
                .isInstanceOfSatisfying(S3Exception.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidArgument");
                    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Invalid version id specified");
                });
        String gone = s3.putObject(b -> b.bucket(bucket).key("gone"), RequestBody.fromString("x")).versionId();
        s3.deleteObject(b -> b.bucket(bucket).key("gone").versionId(gone));
        assertThatThrownBy(() -> s3.getObject(b -> b.bucket(bucket).key("k").versionId(gone)))
                .isInstanceOfSatisfying(S3Exception.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(404);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("NoSuchVersion");
                });
    }

    @Test
    void deletesMakeDeleteMarkersAndVersionedDeletesRemoveForGood() {
        String bucket = versionedBucket();
        String v1 = s3.putObject(b -> b.bucket(bucket).key("k"), RequestBody.fromString("one")).versionId();
        DeleteObjectResponse marker = s3.deleteObject(b -> b.bucket(bucket).key("k"));
        assertThat(marker.deleteMarker()).isTrue();
        assertThat(marker.versionId()).isNotNull();

        assertThatThrownBy(() -> s3.getObject(b -> b.bucket(bucket).key("k")))
                .isInstanceOfSatisfying(S3Exception.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(404);
                    assertThat(e.awsErrorDetails().sdkHttpResponse().firstMatchingHeader("x-amz-delete-marker")).hasValue("true");
                });
        assertThatThrownBy(() -> s3.headObject(b -> b.bucket(bucket).key("k").versionId(marker.versionId())))
                .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(e.statusCode()).isEqualTo(405));
        assertThat(s3.getObjectAsBytes(b -> b.bucket(bucket).key("k").versionId(v1)).asUtf8String()).isEqualTo("one");

        DeleteObjectResponse undelete = s3.deleteObject(b -> b.bucket(bucket).key("k").versionId(marker.versionId()));
        assertThat(undelete.deleteMarker()).isTrue();
        assertThat(s3.getObjectAsBytes(b -> b.bucket(bucket).key("k")).asUtf8String()).isEqualTo("one");

        s3.deleteObject(b -> b.bucket(bucket).key("k").versionId(v1));
        assertThat(s3.listObjectVersions(b -> b.bucket(bucket)).versions()).isEmpty();
    }

    @Test
    void suspendedVersioningWritesTheNullVersion() {
        String bucket = versionedBucket();
        String kept = s3.putObject(b -> b.bucket(bucket).key("k"), RequestBody.fromString("kept")).versionId();
        s3.putBucketVersioning(b -> b.bucket(bucket).versioningConfiguration(v -> v.status(BucketVersioningStatus.SUSPENDED)));
        assertThat(s3.putObject(b -> b.bucket(bucket).key("k"), RequestBody.fromString("null one")).versionId()).isEqualTo("null");
        s3.putObject(b -> b.bucket(bucket).key("k"), RequestBody.fromString("null two"));
        List<ObjectVersion> versions = s3.listObjectVersions(b -> b.bucket(bucket)).versions();
        assertThat(versions).extracting(ObjectVersion::versionId).containsExactly("null", kept);
        assertThat(s3.getObjectAsBytes(b -> b.bucket(bucket).key("k").versionId("null")).asUtf8String()).isEqualTo("null two");
    }

    @Test
    void versionListingInterleavesDeleteMarkersInS3sOrderAndPages() {
        String bucket = versionedBucket();
        String a1 = s3.putObject(b -> b.bucket(bucket).key("a"), RequestBody.fromString("a1")).versionId();
        String b1 = s3.putObject(b -> b.bucket(bucket).key("b"), RequestBody.fromString("b1")).versionId();
        String a2 = s3.putObject(b -> b.bucket(bucket).key("a"), RequestBody.fromString("a2")).versionId();
        String bm = s3.deleteObject(b -> b.bucket(bucket).key("b")).versionId();
        String c1 = s3.putObject(b -> b.bucket(bucket).key("dir/c"), RequestBody.fromString("c1")).versionId();
        String am = s3.deleteObject(b -> b.bucket(bucket).key("a")).versionId();

        ListObjectVersionsResponse all = s3.listObjectVersions(b -> b.bucket(bucket));
        assertThat(all.deleteMarkers()).extracting(DeleteMarkerEntry::key, DeleteMarkerEntry::versionId, DeleteMarkerEntry::isLatest)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a", am, true), org.assertj.core.groups.Tuple.tuple("b", bm, true));
        assertThat(all.versions()).extracting(ObjectVersion::key, ObjectVersion::versionId, ObjectVersion::isLatest)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a", a2, false), org.assertj.core.groups.Tuple.tuple("a", a1, false),
                        org.assertj.core.groups.Tuple.tuple("b", b1, false), org.assertj.core.groups.Tuple.tuple("dir/c", c1, true));

        var http = java.net.http.HttpClient.newHttpClient();
        String body;
        try {
            body = http.send(java.net.http.HttpRequest.newBuilder(pail.endpoint().resolve("/" + bucket + "?versions")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        assertThat(body.indexOf("<DeleteMarker>")).isLessThan(body.indexOf("<VersionId>" + a2));
        assertThat(body.indexOf("<VersionId>" + a1)).isLessThan(body.indexOf("<VersionId>" + bm));

        ListObjectVersionsResponse first = s3.listObjectVersions(b -> b.bucket(bucket).maxKeys(2));
        assertThat(first.isTruncated()).isTrue();
        assertThat(first.nextKeyMarker()).isEqualTo("a");
        assertThat(first.nextVersionIdMarker()).isEqualTo(a2);
        ListObjectVersionsResponse second = s3.listObjectVersions(b -> b.bucket(bucket).maxKeys(2)
                .keyMarker(first.nextKeyMarker()).versionIdMarker(first.nextVersionIdMarker()));
        assertThat(second.versions()).extracting(ObjectVersion::versionId).containsExactly(a1);
        assertThat(second.deleteMarkers()).extracting(DeleteMarkerEntry::versionId).containsExactly(bm);

        ListObjectVersionsResponse grouped = s3.listObjectVersions(b -> b.bucket(bucket).delimiter("/"));
        assertThat(grouped.commonPrefixes()).extracting(p -> p.prefix()).containsExactly("dir/");
        assertThat(grouped.versions()).extracting(ObjectVersion::key).doesNotContain("dir/c");
        assertThatThrownBy(() -> s3.listObjectVersions(b -> b.bucket(bucket).versionIdMarker(a1)))
                .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidArgument"));
    }

    @Test
    void deleteObjectsTakesVersionIds() {
        String bucket = versionedBucket();
        String v1 = s3.putObject(b -> b.bucket(bucket).key("k"), RequestBody.fromString("one")).versionId();
        String v2 = s3.putObject(b -> b.bucket(bucket).key("k"), RequestBody.fromString("two")).versionId();
        var result = s3.deleteObjects(b -> b.bucket(bucket).delete(d -> d.objects(
                ObjectIdentifier.builder().key("k").versionId(v1).build(), ObjectIdentifier.builder().key("other").build())));
        assertThat(result.deleted()).hasSize(2);
        assertThat(result.deleted().get(0).versionId()).isEqualTo(v1);
        assertThat(result.deleted().get(1).deleteMarker()).isTrue();
        assertThat(s3.listObjectVersions(b -> b.bucket(bucket).prefix("k")).versions())
                .extracting(ObjectVersion::versionId).containsExactly(v2);
    }
}
