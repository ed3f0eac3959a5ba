package dev.pail.it.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pail.Authentication;
import dev.pail.BucketDefaults;
import dev.pail.Pail;
import dev.pail.User;
import dev.pail.recording.RecordedRequest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ObjectCannedACL;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * ACLs obeyed, on buckets as S3 created them before April 2023 (ObjectWriter, no Block Public Access):
 * the owner, a second account (alice) and anonymous, through the SDK in STRICT authentication.
 */
class AclAccessIntegrationTest {

    static Pail pail;
    static S3Client owner;
    static S3Client alice;
    static S3Client anonymous;
    static User aliceUser;

    @BeforeAll
    static void start() {
        pail = Pail.builder().authentication(Authentication.STRICT).bucketDefaults(BucketDefaults.LEGACY)
                .user(User.builder("alice", "alice-secret").email("alice@example.com").build()).start();
        owner = pail.client();
        alice = pail.clientFor("alice");
        anonymous = pail.anonymousClient();
        aliceUser = pail.config().user("alice").orElseThrow();
    }

    @AfterAll
    static void stop() {
        pail.close();
    }

    private static String bucket(String cannedAcl) {
        String name = "acl-" + UUID.randomUUID().toString().substring(0, 8);
        owner.createBucket(b -> b.bucket(name).acl(cannedAcl));
        return name;
    }

    /** The request the journal recorded last. */
    static RecordedRequest last(Pail server) {
        List<RecordedRequest> requests = server.requests();
        return requests.get(requests.size() - 1);
    }

    static int status(Runnable call) {
        try {
            call.run();
            return 200;
        } catch (S3Exception e) {
            return e.statusCode();
        }
    }

    /** S3's canned ACLs ("Canned ACL" table of the ACL overview) on the bucket, as the three callers see them. */
    @ParameterizedTest(name = "bucket ACL {0}: list by alice {1}, anonymous {2}; put by alice {3}, anonymous {4}")
    @CsvSource({
        "private,            403, 403, 403, 403",
        "public-read,        200, 200, 403, 403",
        "public-read-write,  200, 200, 200, 200",
        "authenticated-read, 200, 403, 403, 403",
    })
    void cannedBucketAclsGrantListingAndWriting(String acl, int aliceList, int anonymousList, int alicePut, int anonymousPut) {
        String bucket = bucket(acl);
        assertThat(status(() -> alice.listObjectsV2(b -> b.bucket(bucket)))).isEqualTo(aliceList);
        assertThat(status(() -> anonymous.listObjectsV2(b -> b.bucket(bucket)))).isEqualTo(anonymousList);
        assertThat(status(() -> alice.putObject(b -> b.bucket(bucket).key("a"), RequestBody.fromString("a"))))
                .isEqualTo(alicePut);
        assertThat(status(() -> anonymous.putObject(b -> b.bucket(bucket).key("b"), RequestBody.fromString("b"))))
                .isEqualTo(anonymousPut);
        assertThat(status(() -> owner.listObjectsV2(b -> b.bucket(bucket)))).isEqualTo(200);
    }

    /** Object ACLs decide object reads, whatever the bucket's ACL says. */
    @ParameterizedTest(name = "object ACL {0}: read by alice {1}, anonymous {2}")
    @CsvSource({
        "private,            403, 403",
        "public-read,        200, 200",
        "authenticated-read, 200, 403",
        "bucket-owner-read,  403, 403",
    })
    void cannedObjectAclsGrantReading(String acl, int aliceRead, int anonymousRead) {
        String bucket = bucket("public-read");
        owner.putObject(b -> b.bucket(bucket).key("k").acl(acl), RequestBody.fromString("v"));
        assertThat(status(() -> alice.getObjectAsBytes(b -> b.bucket(bucket).key("k")))).isEqualTo(aliceRead);
        assertThat(status(() -> anonymous.getObjectAsBytes(b -> b.bucket(bucket).key("k")))).isEqualTo(anonymousRead);
        assertThat(status(() -> owner.getObjectAsBytes(b -> b.bucket(bucket).key("k")))).isEqualTo(200);
    }

    @Test
    void grantHeadersGrantByCanonicalIdEmailAndGroup() {
        String bucket = bucket("private");
        owner.putObject(b -> b.bucket(bucket).key("by-id").grantRead("id=\"" + aliceUser.canonicalId() + "\""),
                RequestBody.fromString("1"));
        owner.putObject(b -> b.bucket(bucket).key("by-email").grantRead("emailAddress=\"alice@example.com\""),
                RequestBody.fromString("2"));
        owner.putObject(b -> b.bucket(bucket).key("by-group")
                .grantRead("uri=\"http://acs.amazonaws.com/groups/global/AllUsers\""), RequestBody.fromString("3"));
        owner.putObject(b -> b.bucket(bucket).key("acp-only").grantReadACP("id=" + aliceUser.canonicalId()),
                RequestBody.fromString("4"));

        assertThat(status(() -> alice.getObjectAsBytes(b -> b.bucket(bucket).key("by-id")))).isEqualTo(200);
        assertThat(status(() -> alice.getObjectAsBytes(b -> b.bucket(bucket).key("by-email")))).isEqualTo(200);
        assertThat(status(() -> anonymous.getObjectAsBytes(b -> b.bucket(bucket).key("by-group")))).isEqualTo(200);
        assertThat(status(() -> anonymous.getObjectAsBytes(b -> b.bucket(bucket).key("by-id")))).isEqualTo(403);
        assertThat(status(() -> alice.getObjectAsBytes(b -> b.bucket(bucket).key("acp-only")))).isEqualTo(403);
        assertThat(status(() -> alice.getObjectAcl(b -> b.bucket(bucket).key("acp-only")))).isEqualTo(200);
        assertThat(status(() -> alice.putObjectAcl(b -> b.bucket(bucket).key("acp-only").acl(ObjectCannedACL.PUBLIC_READ))))
                .isEqualTo(403);
    }

    @Test
    void aBucketGrantOfWriteLetsAnotherAccountUploadAndTheWriterOwnsTheObject() {
        String bucket = bucket("private");
        owner.putBucketAcl(b -> b.bucket(bucket).grantWrite("id=" + aliceUser.canonicalId())
                .grantFullControl("id=" + User.DEFAULT_CANONICAL_ID));
        alice.putObject(b -> b.bucket(bucket).key("alices"), RequestBody.fromString("mine"));
        alice.putObject(b -> b.bucket(bucket).key("shared").acl(ObjectCannedACL.BUCKET_OWNER_FULL_CONTROL),
                RequestBody.fromString("ours"));

        // ObjectWriter: alice owns what she wrote; the bucket owner reads it only when she grants it
        assertThat(alice.getObjectAcl(b -> b.bucket(bucket).key("alices")).owner().id()).isEqualTo(aliceUser.canonicalId());
        assertThat(status(() -> owner.getObjectAsBytes(b -> b.bucket(bucket).key("alices")))).isEqualTo(403);
        assertThat(status(() -> owner.getObjectAsBytes(b -> b.bucket(bucket).key("shared")))).isEqualTo(200);
        assertThat(status(() -> alice.getObjectAsBytes(b -> b.bucket(bucket).key("alices")))).isEqualTo(200);
        // but the bucket owner may always delete what is in the bucket
        assertThat(status(() -> owner.deleteObject(b -> b.bucket(bucket).key("alices")))).isEqualTo(200);
    }

    @Test
    void bucketOwnerEnforcedRefusesAclsAndMakesTheBucketOwnerOwnEverything() {
        String bucket = "enforced-" + UUID.randomUUID().toString().substring(0, 8);
        owner.createBucket(b -> b.bucket(bucket).objectOwnership("BucketOwnerEnforced"));
        assertThatThrownBy(() -> owner.putObject(b -> b.bucket(bucket).key("k").acl(ObjectCannedACL.PUBLIC_READ),
                RequestBody.fromString("v"))).isInstanceOfSatisfying(S3Exception.class,
                e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessControlListNotSupported"));
        owner.putObject(b -> b.bucket(bucket).key("k").acl(ObjectCannedACL.BUCKET_OWNER_FULL_CONTROL),
                RequestBody.fromString("v"));
        assertThat(status(() -> alice.getObjectAsBytes(b -> b.bucket(bucket).key("k")))).isEqualTo(403);
        RecordedRequest refused = last(pail);
        assertThat(refused.authDetail()).hasValueSatisfying(why -> assertThat(why).contains("BucketOwnerEnforced"));
    }

    @Test
    void aMissingKeyIs404ToWhoMayListAnd403ToWhoMayNot() {
        String listable = bucket("public-read");
        String unlistable = bucket("private");
        assertThat(status(() -> anonymous.getObjectAsBytes(b -> b.bucket(listable).key("missing")))).isEqualTo(404);
        assertThat(status(() -> anonymous.getObjectAsBytes(b -> b.bucket(unlistable).key("missing")))).isEqualTo(403);
        assertThat(status(() -> owner.getObjectAsBytes(b -> b.bucket(unlistable).key("missing")))).isEqualTo(404);
        assertThat(last(pail).status()).isEqualTo(404);
    }

    @Test
    void eachRefusalSaysWhatDecidedIt() {
        String bucket = bucket("private");
        owner.putObject(b -> b.bucket(bucket).key("k"), RequestBody.fromString("v"));
        assertThat(status(() -> anonymous.getObjectAsBytes(b -> b.bucket(bucket).key("k")))).isEqualTo(403);
        RecordedRequest refused = last(pail);
        assertThat(refused.authDetail()).hasValueSatisfying(why -> assertThat(why)
                .contains("anonymous may not s3:GetObject").contains("object ACL").contains("grants no READ"));
        assertThat(refused.toString()).contains("403 AccessDenied").contains("anonymous may not s3:GetObject");
    }

    @Test
    void ignorePublicAclsDropsPublicGrantsAndBlockPublicAclsRefusesThem() {
        String bucket = bucket("public-read");
        owner.putObject(b -> b.bucket(bucket).key("k").acl(ObjectCannedACL.PUBLIC_READ), RequestBody.fromString("v"));
        assertThat(status(() -> anonymous.getObjectAsBytes(b -> b.bucket(bucket).key("k")))).isEqualTo(200);

        owner.putPublicAccessBlock(b -> b.bucket(bucket).publicAccessBlockConfiguration(c -> c.ignorePublicAcls(true)));
        assertThat(status(() -> anonymous.getObjectAsBytes(b -> b.bucket(bucket).key("k")))).isEqualTo(403);
        assertThat(last(pail).authDetail()).hasValueSatisfying(why -> assertThat(why).contains("IgnorePublicAcls"));

        owner.putPublicAccessBlock(b -> b.bucket(bucket).publicAccessBlockConfiguration(c -> c.blockPublicAcls(true)));
        assertThat(status(() -> owner.putObjectAcl(b -> b.bucket(bucket).key("k").acl(ObjectCannedACL.PUBLIC_READ))))
                .isEqualTo(403);
        assertThat(last(pail).authDetail()).hasValueSatisfying(why -> assertThat(why).contains("BlockPublicAcls"));
        assertThat(status(() -> owner.putObject(b -> b.bucket(bucket).key("k2").acl(ObjectCannedACL.PUBLIC_READ_WRITE),
                RequestBody.fromString("v")))).isEqualTo(403);
    }

    @Test
    void anonymousMayNotListBucketsOrCreateOne() {
        assertThat(status(() -> anonymous.listBuckets())).isEqualTo(403);
        assertThat(status(() -> anonymous.createBucket(b -> b.bucket("anon-" + UUID.randomUUID())))).isEqualTo(403);
        assertThat(last(pail).authDetail()).hasValueSatisfying(why -> assertThat(why).contains("anonymous"));
    }
}
