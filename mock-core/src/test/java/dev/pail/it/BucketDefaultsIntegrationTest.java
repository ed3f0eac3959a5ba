package dev.pail.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pail.BucketDefaults;
import dev.pail.Pail;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ObjectCannedACL;
import software.amazon.awssdk.services.s3.model.ObjectOwnership;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * New buckets as AWS creates them today (Block Public Access on, ACLs disabled) or, with
 * {@link BucketDefaults#LEGACY}, as before April 2023 (ObjectWriter, no Block Public Access);
 * CreateBucket's x-amz-object-ownership overrides either.
 */
class BucketDefaultsIntegrationTest {

    private static String code(Runnable call) {
        try {
            call.run();
            return "(none)";
        } catch (S3Exception e) {
            return e.awsErrorDetails().errorCode();
        }
    }

    @Test
    void currentBucketsBlockPublicAccessAndDisableAcls() {
        try (Pail pail = Pail.builder().bucket("current").start()) {
            S3Client s3 = pail.client();
            s3.createBucket(b -> b.bucket("made-now"));
            for (String bucket : new String[] {"current", "made-now"}) {
                assertThat(s3.getPublicAccessBlock(b -> b.bucket(bucket)).publicAccessBlockConfiguration().blockPublicAcls())
                        .isTrue();
                assertThat(s3.getBucketOwnershipControls(b -> b.bucket(bucket)).ownershipControls().rules().get(0)
                        .objectOwnership()).isEqualTo(ObjectOwnership.BUCKET_OWNER_ENFORCED);
            }
            assertThat(code(() -> s3.putObject(b -> b.bucket("current").key("k").acl(ObjectCannedACL.PUBLIC_READ),
                    RequestBody.fromString("x")))).isEqualTo("AccessControlListNotSupported");
        }
    }

    @Test
    void legacyBucketsHaveAclsAndNoBlockPublicAccessUnlessCreateBucketAsksForEnforced() {
        try (Pail pail = Pail.builder().bucket("legacy").bucketDefaults(BucketDefaults.LEGACY).start()) {
            S3Client s3 = pail.client();
            assertThat(code(() -> s3.getPublicAccessBlock(b -> b.bucket("legacy"))))
                    .isEqualTo("NoSuchPublicAccessBlockConfiguration");
            assertThat(code(() -> s3.getBucketOwnershipControls(b -> b.bucket("legacy"))))
                    .isEqualTo("OwnershipControlsNotFoundError");
            s3.putObject(b -> b.bucket("legacy").key("k").acl(ObjectCannedACL.PUBLIC_READ), RequestBody.fromString("x"));
            assertThat(s3.getObjectAcl(b -> b.bucket("legacy").key("k")).grants())
                    .anySatisfy(g -> assertThat(g.grantee().uri()).endsWith("/global/AllUsers"));

            s3.createBucket(b -> b.bucket("asked-enforced").objectOwnership(ObjectOwnership.BUCKET_OWNER_ENFORCED));
            assertThat(s3.getBucketOwnershipControls(b -> b.bucket("asked-enforced")).ownershipControls().rules().get(0)
                    .objectOwnership()).isEqualTo(ObjectOwnership.BUCKET_OWNER_ENFORCED);
            assertThatThrownBy(() -> s3.putObject(b -> b.bucket("asked-enforced").key("k").acl(ObjectCannedACL.PUBLIC_READ),
                    RequestBody.fromString("x"))).isInstanceOf(S3Exception.class);

            pail.reset();
            assertThat(code(() -> s3.getPublicAccessBlock(b -> b.bucket("legacy"))))
                    .as("the configured buckets come back legacy after a reset")
                    .isEqualTo("NoSuchPublicAccessBlockConfiguration");
        }
    }
}
