package dev.pail.it.config;

import static dev.pail.it.config.ConfigFixture.assertS3Error;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Grant;
import software.amazon.awssdk.services.s3.model.ObjectCannedACL;
import software.amazon.awssdk.services.s3.model.Permission;

class ObjectAclTest {

    @RegisterExtension
    static final ConfigFixture fixture = new ConfigFixture();

    private static String put(String bucket, String key, String content) {
        return fixture.client().putObject(b -> b.bucket(bucket).key(key), RequestBody.fromString(content)).versionId();
    }

    @Test
    void anObjectStartsPrivateAndTakesACannedAcl() {
        S3Client s3 = fixture.client();
        String bucket = BucketAclTest.aclBucket(fixture);
        put(bucket, "dir/report.pdf", "x");

        assertThat(s3.getObjectAcl(b -> b.bucket(bucket).key("dir/report.pdf")).grants()).singleElement()
                .satisfies(g -> assertThat(g.permission()).isEqualTo(Permission.FULL_CONTROL));

        s3.putObjectAcl(b -> b.bucket(bucket).key("dir/report.pdf").acl(ObjectCannedACL.PUBLIC_READ));
        assertThat(s3.getObjectAcl(b -> b.bucket(bucket).key("dir/report.pdf")).grants())
                .extracting(g -> g.grantee().uri(), Grant::permission)
                .contains(org.assertj.core.groups.Tuple.tuple(BucketAclTest.ALL_USERS, Permission.READ));
    }

    @Test
    void overwritingAnObjectResetsItsAcl() {
        S3Client s3 = fixture.client();
        String bucket = BucketAclTest.aclBucket(fixture);
        put(bucket, "k", "one");
        s3.putObjectAcl(b -> b.bucket(bucket).key("k").acl(ObjectCannedACL.AUTHENTICATED_READ));

        put(bucket, "k", "two");

        assertThat(s3.getObjectAcl(b -> b.bucket(bucket).key("k")).grants()).hasSize(1);
    }

    @Test
    void eachVersionHasItsOwnAcl() {
        S3Client s3 = fixture.client();
        String bucket = BucketAclTest.aclBucket(fixture);
        fixture.enableVersioning(bucket);
        String first = put(bucket, "k", "one");
        String second = put(bucket, "k", "two");

        s3.putObjectAcl(b -> b.bucket(bucket).key("k").versionId(first).acl(ObjectCannedACL.PUBLIC_READ));

        assertThat(s3.getObjectAcl(b -> b.bucket(bucket).key("k").versionId(first)).grants()).hasSize(2);
        assertThat(s3.getObjectAcl(b -> b.bucket(bucket).key("k").versionId(second)).grants()).hasSize(1);
        assertThat(s3.getObjectAcl(b -> b.bucket(bucket).key("k")).grants()).hasSize(1);
        assertS3Error(() -> s3.getObjectAcl(b -> b.bucket(bucket).key("k").versionId("no-such-version")), 400, "InvalidArgument");
    }

    @Test
    void bucketOwnerEnforcedAllowsOnlyOwnerFullControl() {
        S3Client s3 = fixture.client();
        String bucket = fixture.bucket();
        put(bucket, "k", "x");

        s3.putObjectAcl(b -> b.bucket(bucket).key("k").acl(ObjectCannedACL.BUCKET_OWNER_FULL_CONTROL));
        assertS3Error(() -> s3.putObjectAcl(b -> b.bucket(bucket).key("k").acl(ObjectCannedACL.PUBLIC_READ)), 400,
                "AccessControlListNotSupported");
        assertThat(s3.getObjectAcl(b -> b.bucket(bucket).key("k")).grants()).hasSize(1);
    }

    @Test
    void aMissingObjectIsNoSuchKeyAndAMissingBucketNoSuchBucket() {
        S3Client s3 = fixture.client();
        String bucket = fixture.bucket();

        assertS3Error(() -> s3.getObjectAcl(b -> b.bucket(bucket).key("missing")), 404, "NoSuchKey");
        assertS3Error(() -> s3.putObjectAcl(b -> b.bucket(bucket).key("missing").acl(ObjectCannedACL.PRIVATE)), 404, "NoSuchKey");
        assertS3Error(() -> s3.getObjectAcl(b -> b.bucket(ConfigFixture.uniqueName()).key("k")), 404, "NoSuchBucket");
    }

    @Test
    void aBucketCannedAclIsNotAnObjectAcl() throws Exception {
        String bucket = BucketAclTest.aclBucket(fixture);
        put(bucket, "k", "x");

        var response = fixture.raw("PUT", "/" + bucket + "/k?acl", null, "x-amz-acl", "log-delivery-write",
                "Content-MD5", CorsConfigurationTest.md5(""));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("<Code>InvalidArgument</Code>");
    }
}
