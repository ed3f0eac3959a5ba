package dev.pail.it.config;

import static dev.pail.it.config.ConfigFixture.assertS3Error;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.AccessControlPolicy;
import software.amazon.awssdk.services.s3.model.BucketCannedACL;
import software.amazon.awssdk.services.s3.model.GetBucketAclResponse;
import software.amazon.awssdk.services.s3.model.Grant;
import software.amazon.awssdk.services.s3.model.Grantee;
import software.amazon.awssdk.services.s3.model.ObjectOwnership;
import software.amazon.awssdk.services.s3.model.Permission;
import software.amazon.awssdk.services.s3.model.Type;

class BucketAclTest {

    static final String ALL_USERS = "http://acs.amazonaws.com/groups/global/AllUsers";
    static final String AUTHENTICATED_USERS = "http://acs.amazonaws.com/groups/global/AuthenticatedUsers";

    @RegisterExtension
    static final ConfigFixture fixture = new ConfigFixture();

    /** A bucket where ACLs apply: ObjectWriter ownership, Block Public Access lifted. */
    static String aclBucket(ConfigFixture fixture) {
        String bucket = ConfigFixture.uniqueName();
        fixture.client().createBucket(b -> b.bucket(bucket).objectOwnership(ObjectOwnership.OBJECT_WRITER));
        fixture.client().deletePublicAccessBlock(b -> b.bucket(bucket));
        return bucket;
    }

    private static String ownerId(String bucket) {
        return fixture.client().getBucketAcl(b -> b.bucket(bucket)).owner().id();
    }

    @Test
    void aNewBucketGrantsFullControlToItsOwner() {
        String bucket = fixture.bucket();

        GetBucketAclResponse acl = fixture.client().getBucketAcl(b -> b.bucket(bucket));

        assertThat(acl.owner().id()).isNotBlank();
        assertThat(acl.grants()).singleElement().satisfies(grant -> {
            assertThat(grant.grantee().type()).isEqualTo(Type.CANONICAL_USER);
            assertThat(grant.grantee().id()).isEqualTo(acl.owner().id());
            assertThat(grant.permission()).isEqualTo(Permission.FULL_CONTROL);
        });
    }

    @Test
    void aCannedAclBecomesGroupGrants() {
        S3Client s3 = fixture.client();
        String bucket = aclBucket(fixture);

        s3.putBucketAcl(b -> b.bucket(bucket).acl(BucketCannedACL.PUBLIC_READ_WRITE));

        assertThat(s3.getBucketAcl(b -> b.bucket(bucket)).grants())
                .extracting(g -> g.grantee().type(), g -> g.grantee().uri(), Grant::permission)
                .containsExactly(tuple(Type.CANONICAL_USER, null, Permission.FULL_CONTROL),
                        tuple(Type.GROUP, ALL_USERS, Permission.READ), tuple(Type.GROUP, ALL_USERS, Permission.WRITE));
        s3.putBucketAcl(b -> b.bucket(bucket).acl("log-delivery-write"));
        assertThat(s3.getBucketAcl(b -> b.bucket(bucket)).grants()).extracting(g -> g.grantee().uri())
                .contains("http://acs.amazonaws.com/groups/s3/LogDelivery");
    }

    @Test
    void grantHeadersAndAnAccessControlPolicyBodyRoundTrip() {
        S3Client s3 = fixture.client();
        String bucket = aclBucket(fixture);
        String owner = ownerId(bucket);

        s3.putBucketAcl(b -> b.bucket(bucket).grantFullControl("id=\"" + owner + "\"")
                .grantRead("uri=\"" + AUTHENTICATED_USERS + "\", id=\"1234abcd\""));
        assertThat(s3.getBucketAcl(b -> b.bucket(bucket)).grants())
                .extracting(g -> g.grantee().id(), g -> g.grantee().uri(), Grant::permission)
                .containsExactly(tuple(owner, null, Permission.FULL_CONTROL),
                        tuple(null, AUTHENTICATED_USERS, Permission.READ), tuple("1234abcd", null, Permission.READ));

        Grant readAcp = Grant.builder().permission(Permission.READ_ACP)
                .grantee(Grantee.builder().type(Type.CANONICAL_USER).id("5678ef").build()).build();
        s3.putBucketAcl(b -> b.bucket(bucket).accessControlPolicy(AccessControlPolicy.builder()
                .owner(o -> o.id(owner)).grants(readAcp).build()));
        assertThat(s3.getBucketAcl(b -> b.bucket(bucket)).grants()).containsExactly(readAcp);
    }

    @Test
    void bucketOwnerEnforcedRefusesAclsOtherThanOwnerFullControl() {
        S3Client s3 = fixture.client();
        String bucket = fixture.bucket();

        assertS3Error(() -> s3.putBucketAcl(b -> b.bucket(bucket).acl(BucketCannedACL.PUBLIC_READ)), 400,
                "AccessControlListNotSupported");
        assertS3Error(() -> s3.putBucketAcl(b -> b.bucket(bucket).grantRead("id=\"someone\"")), 400,
                "AccessControlListNotSupported");
        s3.putBucketAcl(b -> b.bucket(bucket).acl(BucketCannedACL.PRIVATE));
        assertThat(s3.getBucketAcl(b -> b.bucket(bucket)).grants()).hasSize(1);
    }

    @Test
    void blockPublicAclsRefusesPublicAcls() {
        S3Client s3 = fixture.client();
        String bucket = ConfigFixture.uniqueName();
        s3.createBucket(b -> b.bucket(bucket).objectOwnership(ObjectOwnership.OBJECT_WRITER));

        assertS3Error(() -> s3.putBucketAcl(b -> b.bucket(bucket).acl(BucketCannedACL.PUBLIC_READ)), 403, "AccessDenied");
        s3.putBucketAcl(b -> b.bucket(bucket).grantRead("id=\"someone\""));
    }

    @Test
    void enforcingBucketOwnershipIsRefusedWhileTheAclGrantsOthers() {
        S3Client s3 = fixture.client();
        String bucket = aclBucket(fixture);
        s3.putBucketAcl(b -> b.bucket(bucket).acl(BucketCannedACL.AUTHENTICATED_READ));

        assertS3Error(() -> s3.putBucketOwnershipControls(b -> b.bucket(bucket).ownershipControls(
                c -> c.rules(r -> r.objectOwnership(ObjectOwnership.BUCKET_OWNER_ENFORCED)))), 400,
                "InvalidBucketAclWithObjectOwnership");

        s3.putBucketAcl(b -> b.bucket(bucket).acl(BucketCannedACL.PRIVATE));
        s3.putBucketOwnershipControls(b -> b.bucket(bucket).ownershipControls(
                c -> c.rules(r -> r.objectOwnership(ObjectOwnership.BUCKET_OWNER_ENFORCED))));
    }

    @Test
    void createBucketTakesAnAclOnlyWhereOwnershipAllowsIt() {
        S3Client s3 = fixture.client();
        String enforced = ConfigFixture.uniqueName();
        String writer = ConfigFixture.uniqueName();

        assertS3Error(() -> s3.createBucket(b -> b.bucket(enforced).acl(BucketCannedACL.PUBLIC_READ)), 400,
                "InvalidBucketAclWithObjectOwnership");
        assertS3Error(() -> s3.headBucket(b -> b.bucket(enforced)), 404, "NoSuchBucket");

        s3.createBucket(b -> b.bucket(writer).acl(BucketCannedACL.AUTHENTICATED_READ).objectOwnership(ObjectOwnership.OBJECT_WRITER));
        assertThat(s3.getBucketAcl(b -> b.bucket(writer)).grants()).extracting(g -> g.grantee().uri()).contains(AUTHENTICATED_USERS);
    }

    @Test
    void malformedRequestsAreRefusedAsS3RefusesThem() {
        S3Client s3 = fixture.client();
        String bucket = aclBucket(fixture);
        String owner = ownerId(bucket);
        Grant byEmail = Grant.builder().permission(Permission.READ)
                .grantee(Grantee.builder().type(Type.AMAZON_CUSTOMER_BY_EMAIL).emailAddress("a@example.com").build()).build();

        assertS3Error(() -> s3.putBucketAcl(b -> b.bucket(bucket).acl("everyone")), 400, "InvalidArgument");
        assertS3Error(() -> s3.putBucketAcl(b -> b.bucket(bucket).acl(BucketCannedACL.PRIVATE).grantRead("id=\"x\"")),
                400, "InvalidRequest");
        assertS3Error(() -> s3.putBucketAcl(b -> b.bucket(bucket).accessControlPolicy(p -> p.owner(o -> o.id(owner))
                .grants(byEmail))), 400, "UnresolvableGrantByEmailAddress");
        assertS3Error(() -> s3.putBucketAcl(b -> b.bucket(bucket).accessControlPolicy(p -> p.owner(o -> o.id("not-the-owner"))
                .grants(byEmail))), 403, "AccessDenied");
        assertS3Error(() -> s3.putBucketAcl(b -> b.bucket(bucket).accessControlPolicy(p -> p.grants(byEmail))), 400,
                "MalformedACLError");
        assertS3Error(() -> s3.getBucketAcl(b -> b.bucket(ConfigFixture.uniqueName())), 404, "NoSuchBucket");
    }
}
