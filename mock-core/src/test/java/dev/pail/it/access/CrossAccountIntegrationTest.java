package dev.pail.it.access;

import static dev.pail.it.access.AclAccessIntegrationTest.last;
import static dev.pail.it.access.AclAccessIntegrationTest.status;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pail.Authentication;
import dev.pail.BucketDefaults;
import dev.pail.Pail;
import dev.pail.User;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketCannedACL;
import software.amazon.awssdk.services.s3.model.DeleteObjectsResponse;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;

/** Two accounts: expected bucket owners, copies across accounts, DeleteObjects key by key. */
class CrossAccountIntegrationTest {

    static final User BOB = User.builder("bob", "bob-secret").accountId("333333333333").build();
    static Pail pail;
    static S3Client owner;
    static S3Client bob;

    @BeforeAll
    static void start() {
        pail = Pail.builder().authentication(Authentication.STRICT).bucketDefaults(BucketDefaults.LEGACY).user(BOB).start();
        owner = pail.client();
        bob = pail.clientFor("bob");
    }

    @AfterAll
    static void stop() {
        pail.close();
    }

    private static String name() {
        return "x-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void anExpectedBucketOwnerThatIsNotTheOwnerIsRefused() {
        String bucket = name();
        owner.createBucket(b -> b.bucket(bucket));
        owner.putObject(b -> b.bucket(bucket).key("k"), RequestBody.fromString("v"));
        assertThat(status(() -> owner.headBucket(b -> b.bucket(bucket).expectedBucketOwner(User.DEFAULT_ACCOUNT_ID))))
                .isEqualTo(200);
        assertThat(status(() -> owner.getObjectAsBytes(b -> b.bucket(bucket).key("k").expectedBucketOwner("333333333333"))))
                .isEqualTo(403);
        assertThat(last(pail).authDetail()).hasValueSatisfying(why -> assertThat(why)
                .contains("x-amz-expected-bucket-owner is 333333333333").contains(User.DEFAULT_ACCOUNT_ID));
        String target = name();
        owner.createBucket(b -> b.bucket(target));
        assertThat(status(() -> owner.copyObject(b -> b.sourceBucket(bucket).sourceKey("k").destinationBucket(target)
                .destinationKey("k").expectedSourceBucketOwner("333333333333")))).isEqualTo(403);
        assertThat(last(pail).authDetail()).hasValueSatisfying(why ->
                assertThat(why).contains("x-amz-source-expected-bucket-owner"));
    }

    @Test
    void aCopyNeedsReadOnTheSourceAndWriteOnTheDestination() {
        String source = name();
        String target = name();
        owner.createBucket(b -> b.bucket(source));
        owner.putObject(b -> b.bucket(source).key("private"), RequestBody.fromString("p"));
        owner.putObject(b -> b.bucket(source).key("public").acl("public-read"), RequestBody.fromString("q"));
        bob.createBucket(b -> b.bucket(target));

        assertThat(status(() -> bob.copyObject(b -> b.sourceBucket(source).sourceKey("private").destinationBucket(target)
                .destinationKey("copy")))).isEqualTo(403);
        assertThat(last(pail).authDetail()).hasValueSatisfying(why -> assertThat(why).contains("copy source"));
        bob.copyObject(b -> b.sourceBucket(source).sourceKey("public").destinationBucket(target).destinationKey("copy"));
        assertThat(bob.getObjectAsBytes(b -> b.bucket(target).key("copy")).asUtf8String()).isEqualTo("q");
        // the owner may read its own source but not write into bob's bucket
        assertThat(status(() -> owner.copyObject(b -> b.sourceBucket(source).sourceKey("private").destinationBucket(target)
                .destinationKey("intrusion")))).isEqualTo(403);
    }

    @Test
    void deleteObjectsRefusesTheKeysTheCallerMayNotDelete() {
        String bucket = name();
        owner.createBucket(b -> b.bucket(bucket).acl(BucketCannedACL.PUBLIC_READ));
        owner.putObject(b -> b.bucket(bucket).key("in/a"), RequestBody.fromString("a"));
        owner.putObject(b -> b.bucket(bucket).key("out/b"), RequestBody.fromString("b"));
        owner.putBucketPolicy(b -> b.bucket(bucket).policy(("""
                {"Statement":{"Effect":"Allow","Principal":{"AWS":"333333333333"},"Action":"s3:DeleteObject",
                  "Resource":"arn:aws:s3:::%s/in/*"}}""").formatted(bucket)));

        DeleteObjectsResponse response = bob.deleteObjects(b -> b.bucket(bucket).delete(d -> d.objects(
                ObjectIdentifier.builder().key("in/a").build(), ObjectIdentifier.builder().key("out/b").build())));
        assertThat(response.deleted()).extracting(d -> d.key()).containsExactly("in/a");
        assertThat(response.errors()).singleElement().satisfies(e -> {
            assertThat(e.key()).isEqualTo("out/b");
            assertThat(e.code()).isEqualTo("AccessDenied");
        });
        assertThat(owner.listObjectsV2(b -> b.bucket(bucket)).contents()).extracting(o -> o.key()).containsExactly("out/b");
    }

    @Test
    void anotherAccountMayNotTouchTheBucketsConfiguration() {
        String bucket = name();
        owner.createBucket(b -> b.bucket(bucket).acl(BucketCannedACL.PUBLIC_READ_WRITE));
        assertThat(status(() -> bob.getBucketTagging(b -> b.bucket(bucket)))).isEqualTo(403);
        assertThat(status(() -> bob.deleteBucket(b -> b.bucket(bucket)))).isEqualTo(403);
        assertThat(status(() -> bob.putBucketAcl(b -> b.bucket(bucket).acl(BucketCannedACL.PRIVATE)))).isEqualTo(403);
        assertThat(status(() -> bob.getBucketAcl(b -> b.bucket(bucket)))).isEqualTo(403);
        assertThat(status(() -> bob.headBucket(b -> b.bucket(bucket)))).isEqualTo(200);
    }
}
