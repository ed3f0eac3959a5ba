package dev.pail.internal.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pail.S3Operation;
import dev.pail.User;
import dev.pail.internal.access.policy.ConditionContext;
import dev.pail.internal.access.policy.Policy;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * S3's evaluation order ("How Amazon S3 authorizes a request"): explicit Deny, then the owner's
 * rights, a policy Allow or an ACL grant; Block Public Access and Object Ownership on the way.
 */
class AccessEvaluatorTest {

    static final User OWNER = User.builder("owner", "s").accountId("111111111111").build();
    static final User PARTNER = User.builder("partner", "s").accountId("222222222222").build();
    static final Optional<User> ANONYMOUS = Optional.empty();
    static final String BUCKET = "arn:aws:s3:::b";
    static final String OBJECT = "arn:aws:s3:::b/k";

    static Decision decide(Optional<User> who, S3Operation operation, String arn, ResourceAccess resource) {
        return AccessEvaluator.decide(new AccessRequest(who, OperationPermissions.of(operation, false), arn,
                ConditionContext.empty()), resource);
    }

    static ResourceAccess legacy() {
        return ResourceAccess.ownedBy(OWNER);
    }

    static Policy policy(String statements) {
        return Policy.parse("{\"Version\":\"2012-10-17\",\"Statement\":[" + statements + "]}", "b");
    }

    static Acl acl(AclGrant... grants) {
        List<AclGrant> all = new java.util.ArrayList<>(List.of(new AclGrant(Grantee.canonicalUser(OWNER.canonicalId()),
                Permission.FULL_CONTROL)));
        all.addAll(List.of(grants));
        return new Acl(OWNER.canonicalId(), all);
    }

    @Test
    void theBucketOwnersAccountMayDoAnythingWithoutAGrant() {
        Decision decision = decide(Optional.of(OWNER), S3Operation.PUT_BUCKET_TAGGING, BUCKET, legacy());
        assertThat(decision.allowed()).isTrue();
        assertThat(decision.reason()).contains("bucket owner");
    }

    @Test
    void anotherAccountAndAnonymousNeedAGrant() {
        assertThat(decide(Optional.of(PARTNER), S3Operation.GET_OBJECT, OBJECT, legacy()).allowed()).isFalse();
        Decision anonymous = decide(ANONYMOUS, S3Operation.LIST_OBJECTS_V2, BUCKET, legacy());
        assertThat(anonymous.allowed()).isFalse();
        assertThat(anonymous.reason()).startsWith("anonymous may not s3:ListBucket on arn:aws:s3:::b")
                .contains("the bucket has no policy").contains("grants no READ to anonymous");
        assertThat(anonymous.refusal()).hasValueSatisfying(r -> assertThat(r.code().code()).isEqualTo("AccessDenied"));
    }

    @Test
    void anExplicitDenyWinsOverTheOwnerAndOverAnAllow() {
        ResourceAccess resource = legacy().withPolicy(policy("""
                {"Sid":"Everyone","Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"},
                {"Sid":"NotK","Effect":"Deny","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/k"}"""));
        Decision owner = decide(Optional.of(OWNER), S3Operation.GET_OBJECT, OBJECT, resource);
        assertThat(owner.allowed()).isFalse();
        assertThat(owner.reason()).contains("\"NotK\"");
        assertThat(decide(ANONYMOUS, S3Operation.GET_OBJECT, "arn:aws:s3:::b/other", resource).allowed()).isTrue();
    }

    @Test
    void theOwnerMayAlwaysManageThePolicyThatDeniesIt() {
        ResourceAccess resource = legacy().withPolicy(policy("""
                {"Effect":"Deny","Principal":"*","Action":"s3:*","Resource":"arn:aws:s3:::b"}"""));
        assertThat(decide(Optional.of(OWNER), S3Operation.LIST_OBJECTS_V2, BUCKET, resource).allowed()).isFalse();
        assertThat(decide(Optional.of(OWNER), S3Operation.DELETE_BUCKET_POLICY, BUCKET, resource).allowed()).isTrue();
        assertThat(decide(Optional.of(OWNER), S3Operation.PUT_BUCKET_POLICY, BUCKET, resource).allowed()).isTrue();
        assertThat(decide(Optional.of(PARTNER), S3Operation.DELETE_BUCKET_POLICY, BUCKET, resource).allowed()).isFalse();
    }

    @Test
    void aPolicyAllowGrantsAnotherAccount() {
        ResourceAccess resource = legacy().withPolicy(policy("""
                {"Sid":"Partner","Effect":"Allow","Principal":{"AWS":"222222222222"},"Action":"s3:GetObject",
                 "Resource":"arn:aws:s3:::b/*"}"""));
        Decision decision = decide(Optional.of(PARTNER), S3Operation.GET_OBJECT, OBJECT, resource);
        assertThat(decision.allowed()).isTrue();
        assertThat(decision.reason()).contains("\"Partner\"");
        assertThat(decide(ANONYMOUS, S3Operation.GET_OBJECT, OBJECT, resource).allowed()).isFalse();
    }

    @Test
    void restrictPublicBucketsIgnoresAPublicPolicyOutsideTheOwnersAccount() {
        ResourceAccess resource = legacy().withPolicy(policy("""
                {"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"}"""))
                .withBlock(new BlockPublicAccess(false, false, false, true));
        Decision decision = decide(ANONYMOUS, S3Operation.GET_OBJECT, OBJECT, resource);
        assertThat(decision.allowed()).isFalse();
        assertThat(decision.reason()).contains("RestrictPublicBuckets");
        ResourceAccess unrestricted = resource.withBlock(BlockPublicAccess.NONE);
        assertThat(decide(ANONYMOUS, S3Operation.GET_OBJECT, OBJECT, unrestricted).allowed()).isTrue();
    }

    @Test
    void restrictPublicBucketsKeepsANonPublicPolicy() {
        ResourceAccess resource = legacy().withPolicy(policy("""
                {"Effect":"Allow","Principal":{"AWS":"222222222222"},"Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"}"""))
                .withBlock(BlockPublicAccess.ALL);
        assertThat(decide(Optional.of(PARTNER), S3Operation.GET_OBJECT, OBJECT, resource).allowed()).isTrue();
    }

    @Test
    void bucketAclGrantsListingAndWritingObjectAclGrantsReading() {
        ResourceAccess resource = legacy()
                .withBucketAcl(acl(new AclGrant(Grantee.ALL_USERS, Permission.READ),
                        new AclGrant(Grantee.canonicalUser(PARTNER.canonicalId()), Permission.WRITE)))
                .withObjectAcl(acl(new AclGrant(Grantee.AUTHENTICATED_USERS, Permission.READ)));
        assertThat(decide(ANONYMOUS, S3Operation.LIST_OBJECTS_V2, BUCKET, resource).allowed()).isTrue();
        assertThat(decide(ANONYMOUS, S3Operation.GET_OBJECT, OBJECT, resource).allowed()).isFalse();
        assertThat(decide(Optional.of(PARTNER), S3Operation.GET_OBJECT, OBJECT, resource).allowed()).isTrue();
        assertThat(decide(Optional.of(PARTNER), S3Operation.PUT_OBJECT, OBJECT, resource).allowed()).isTrue();
        assertThat(decide(ANONYMOUS, S3Operation.PUT_OBJECT, OBJECT, resource).allowed()).isFalse();
        assertThat(decide(Optional.of(PARTNER), S3Operation.GET_OBJECT_ACL, OBJECT, resource).allowed()).isFalse();
        assertThat(decide(Optional.of(PARTNER), S3Operation.PUT_BUCKET_TAGGING, BUCKET, resource).reason())
                .contains("no ACL can grant s3:PutBucketTagging");
    }

    @Test
    void fullControlImpliesEveryPermission() {
        ResourceAccess resource = legacy().withObjectAcl(acl(new AclGrant(Grantee.canonicalUser(PARTNER.canonicalId()),
                Permission.FULL_CONTROL)));
        for (S3Operation operation : List.of(S3Operation.GET_OBJECT, S3Operation.GET_OBJECT_ACL, S3Operation.PUT_OBJECT_ACL)) {
            assertThat(decide(Optional.of(PARTNER), operation, OBJECT, resource).allowed()).as(operation.name()).isTrue();
        }
    }

    @Test
    void bucketOwnerEnforcedDisablesAclsForAuthorization() {
        ResourceAccess resource = legacy().withBucketAcl(acl(new AclGrant(Grantee.ALL_USERS, Permission.READ)))
                .withOwnership(ObjectOwnership.BUCKET_OWNER_ENFORCED);
        Decision decision = decide(ANONYMOUS, S3Operation.LIST_OBJECTS_V2, BUCKET, resource);
        assertThat(decision.allowed()).isFalse();
        assertThat(decision.reason()).contains("BucketOwnerEnforced");
    }

    @Test
    void ignorePublicAclsDropsGrantsToAllUsersAndAuthenticatedUsers() {
        ResourceAccess resource = legacy().withObjectAcl(acl(new AclGrant(Grantee.AUTHENTICATED_USERS, Permission.READ),
                new AclGrant(Grantee.canonicalUser(PARTNER.canonicalId()), Permission.READ_ACP)))
                .withBlock(new BlockPublicAccess(false, true, false, false));
        Decision decision = decide(Optional.of(PARTNER), S3Operation.GET_OBJECT, OBJECT, resource);
        assertThat(decision.allowed()).isFalse();
        assertThat(decision.reason()).contains("IgnorePublicAcls").contains("AuthenticatedUsers READ");
        assertThat(decide(Optional.of(PARTNER), S3Operation.GET_OBJECT_ACL, OBJECT, resource).allowed()).isTrue();
    }

    @Test
    void anObjectWrittenByAnotherAccountIsItsWritersUnderObjectWriter() {
        ResourceAccess resource = legacy().withObjectAcl(Acl.ownerOnly(PARTNER.canonicalId()));
        assertThat(decide(Optional.of(PARTNER), S3Operation.GET_OBJECT_TAGGING, OBJECT, resource).allowed()).isTrue();
        Decision owner = decide(Optional.of(OWNER), S3Operation.GET_OBJECT, OBJECT, resource);
        assertThat(owner.allowed()).isFalse();
        assertThat(owner.reason()).contains("owned by the account that wrote it");
        assertThat(decide(Optional.of(OWNER), S3Operation.DELETE_OBJECT, OBJECT, resource).allowed())
                .as("the bucket owner may delete whatever is in its bucket").isTrue();
        ResourceAccess enforced = resource.withOwnership(ObjectOwnership.BUCKET_OWNER_ENFORCED);
        assertThat(decide(Optional.of(OWNER), S3Operation.GET_OBJECT, OBJECT, enforced).allowed()).isTrue();
    }

    @Test
    void anEmailGrantMatchesTheAccountWithThatAddress() {
        User alice = User.builder("alice", "s").email("Alice@Example.com").build();
        ResourceAccess resource = legacy().withObjectAcl(acl(new AclGrant(Grantee.email("alice@example.com"), Permission.READ)));
        assertThat(decide(Optional.of(alice), S3Operation.GET_OBJECT, OBJECT, resource).allowed()).isTrue();
        assertThat(decide(Optional.of(PARTNER), S3Operation.GET_OBJECT, OBJECT, resource).allowed()).isFalse();
    }
}
