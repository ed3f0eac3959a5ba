package dev.pail.it.access;

import static dev.pail.it.access.AclAccessIntegrationTest.last;
import static dev.pail.it.access.AclAccessIntegrationTest.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pail.Authentication;
import dev.pail.Pail;
import dev.pail.User;
import dev.pail.recording.RecordedRequest;
import dev.pail.verify.RequestPattern;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;

/** Bucket policies obeyed: a partner account's prefix, encryption required, Deny over everything, Block Public Access. */
class BucketPolicyAccessIntegrationTest {

    static final User PARTNER = User.builder("partner", "partner-secret").accountId("222222222222").build();
    static Pail pail;
    static S3Client owner;
    static S3Client partner;
    static S3Client anonymous;

    @BeforeAll
    static void start() {
        pail = Pail.builder().authentication(Authentication.STRICT).user(PARTNER).start();
        owner = pail.client();
        partner = pail.clientFor("partner");
        anonymous = pail.anonymousClient();
    }

    @AfterAll
    static void stop() {
        pail.close();
    }

    private static String bucketWith(String policy) {
        String name = "policy-" + UUID.randomUUID().toString().substring(0, 8);
        owner.createBucket(b -> b.bucket(name));
        if (!policy.isEmpty()) {
            owner.putBucketPolicy(b -> b.bucket(name).policy(policy.replace("BUCKET", name)));
        }
        return name;
    }

    @Test
    void aPartnerAccountMayOnlyUseIncoming() {
        String bucket = bucketWith("""
                {"Version":"2012-10-17","Statement":[
                  {"Sid":"PartnerObjects","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::222222222222:root"},
                   "Action":["s3:GetObject","s3:PutObject"],"Resource":"arn:aws:s3:::BUCKET/incoming/*"},
                  {"Sid":"PartnerListing","Effect":"Allow","Principal":{"AWS":"222222222222"},
                   "Action":"s3:ListBucket","Resource":"arn:aws:s3:::BUCKET",
                   "Condition":{"StringLike":{"s3:prefix":"incoming/*"}}}]}""");
        owner.putObject(b -> b.bucket(bucket).key("secret/plan.txt"), RequestBody.fromString("s"));

        partner.putObject(b -> b.bucket(bucket).key("incoming/report.csv"), RequestBody.fromString("r"));
        assertThat(partner.getObjectAsBytes(b -> b.bucket(bucket).key("incoming/report.csv")).asUtf8String()).isEqualTo("r");
        assertThat(partner.listObjectsV2(b -> b.bucket(bucket).prefix("incoming/")).contents()).hasSize(1);

        assertThat(status(() -> partner.putObject(b -> b.bucket(bucket).key("secret/x"), RequestBody.fromString("x"))))
                .isEqualTo(403);
        assertThat(status(() -> partner.getObjectAsBytes(b -> b.bucket(bucket).key("secret/plan.txt")))).isEqualTo(403);
        assertThat(status(() -> partner.listObjectsV2(b -> b.bucket(bucket).prefix("secret/")))).isEqualTo(403);
        assertThat(last(pail).authDetail()).hasValueSatisfying(why -> assertThat(why)
                .contains("PartnerListing").contains("s3:prefix"));
        assertThat(status(() -> partner.listObjectsV2(b -> b.bucket(bucket)))).isEqualTo(403);
        assertThat(status(() -> partner.deleteObject(b -> b.bucket(bucket).key("incoming/report.csv")))).isEqualTo(403);
        assertThat(status(() -> anonymous.getObjectAsBytes(b -> b.bucket(bucket).key("incoming/report.csv")))).isEqualTo(403);
    }

    @Test
    void aPolicyRefusingUnencryptedPutsRefusesThemEvenToTheOwner() {
        String bucket = bucketWith("""
                {"Version":"2012-10-17","Statement":[
                  {"Sid":"DenyWrongEncryption","Effect":"Deny","Principal":"*","Action":"s3:PutObject",
                   "Resource":"arn:aws:s3:::BUCKET/*",
                   "Condition":{"StringNotEquals":{"s3:x-amz-server-side-encryption":"AES256"}}},
                  {"Sid":"DenyUnencrypted","Effect":"Deny","Principal":"*","Action":"s3:PutObject",
                   "Resource":"arn:aws:s3:::BUCKET/*",
                   "Condition":{"Null":{"s3:x-amz-server-side-encryption":"true"}}}]}""");

        assertThatThrownBy(() -> owner.putObject(b -> b.bucket(bucket).key("plain"), RequestBody.fromString("p")))
                .isInstanceOfSatisfying(S3Exception.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(403);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
                });
        RecordedRequest refused = last(pail);
        // a negated operator holds when the key is absent (IAM "Condition operators"), so the first statement decides
        assertThat(refused.authDetail()).hasValueSatisfying(why -> assertThat(why).contains("DenyWrongEncryption")
                .contains("StringNotEquals s3:x-amz-server-side-encryption"));
        assertThat(refused.toString()).contains("DenyWrongEncryption");
        assertThat(status(() -> owner.putObject(b -> b.bucket(bucket).key("kms")
                .serverSideEncryption(ServerSideEncryption.AWS_KMS), RequestBody.fromString("k")))).isEqualTo(403);
        owner.putObject(b -> b.bucket(bucket).key("sealed").serverSideEncryption(ServerSideEncryption.AES256),
                RequestBody.fromString("s"));
        assertThat(owner.getObjectAsBytes(b -> b.bucket(bucket).key("sealed")).asUtf8String()).isEqualTo("s");
    }

    @Test
    void theVerificationReportNamesTheStatementThatRefused() {
        String bucket = bucketWith("""
                {"Statement":{"Sid":"NoDeletes","Effect":"Deny","Principal":"*","Action":"s3:Delete*",
                  "Resource":"arn:aws:s3:::BUCKET/*"}}""");
        owner.putObject(b -> b.bucket(bucket).key("k"), RequestBody.fromString("v"));
        assertThat(status(() -> owner.deleteObject(b -> b.bucket(bucket).key("k")))).isEqualTo(403);
        assertThatThrownBy(() -> pail.verify(RequestPattern.deleteObject(bucket, "k").withStatus(204)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("NoDeletes");
    }

    @Test
    void theOwnerCanAlwaysRemoveAPolicyThatLocksItOut() {
        String bucket = bucketWith("""
                {"Statement":{"Effect":"Deny","Principal":"*","Action":"s3:*","Resource":["arn:aws:s3:::BUCKET",
                  "arn:aws:s3:::BUCKET/*"]}}""");
        assertThat(status(() -> owner.listObjectsV2(b -> b.bucket(bucket)))).isEqualTo(403);
        assertThat(last(pail).authDetail()).hasValueSatisfying(why -> assertThat(why).contains("statement #1"));
        assertThat(owner.getBucketPolicy(b -> b.bucket(bucket)).policy()).contains("Deny");
        owner.deleteBucketPolicy(b -> b.bucket(bucket));
        assertThat(status(() -> owner.listObjectsV2(b -> b.bucket(bucket)))).isEqualTo(200);
    }

    @Test
    void blockPublicAccessRefusesAPublicPolicyAndRestrictsOneAlreadyThere() {
        String publicPolicy = """
                {"Statement":{"Sid":"Public","Effect":"Allow","Principal":"*","Action":"s3:GetObject",
                  "Resource":"arn:aws:s3:::BUCKET/*"}}""";
        String bucket = bucketWith("");
        assertThat(status(() -> owner.putBucketPolicy(b -> b.bucket(bucket).policy(publicPolicy.replace("BUCKET", bucket)))))
                .isEqualTo(403);
        assertThat(last(pail).authDetail()).hasValueSatisfying(why -> assertThat(why).contains("BlockPublicPolicy"));

        owner.putPublicAccessBlock(b -> b.bucket(bucket).publicAccessBlockConfiguration(c -> c.restrictPublicBuckets(true)));
        owner.putBucketPolicy(b -> b.bucket(bucket).policy(publicPolicy.replace("BUCKET", bucket)));
        assertThat(owner.getBucketPolicyStatus(b -> b.bucket(bucket)).policyStatus().isPublic()).isTrue();
        owner.putObject(b -> b.bucket(bucket).key("k"), RequestBody.fromString("v"));
        assertThat(status(() -> anonymous.getObjectAsBytes(b -> b.bucket(bucket).key("k")))).isEqualTo(403);
        assertThat(last(pail).authDetail()).hasValueSatisfying(why -> assertThat(why).contains("RestrictPublicBuckets"));

        owner.deletePublicAccessBlock(b -> b.bucket(bucket));
        assertThat(anonymous.getObjectAsBytes(b -> b.bucket(bucket).key("k")).asUtf8String()).isEqualTo("v");
        assertThat(status(() -> anonymous.putObject(b -> b.bucket(bucket).key("k"), RequestBody.fromString("w")))).isEqualTo(403);
    }

    @Test
    void aConditionalPolicyIsNotPublic() {
        owner.createBucket(b -> b.bucket("private-status"));
        owner.putBucketPolicy(b -> b.bucket("private-status").policy("""
                {"Statement":{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::private-status/*",
                  "Condition":{"IpAddress":{"aws:SourceIp":"10.0.0.0/24"}}}}"""));
        assertThat(owner.getBucketPolicyStatus(b -> b.bucket("private-status")).policyStatus().isPublic()).isFalse();
    }

    @Test
    void aSourceIpConditionSeesTheLoopbackClient() {
        String bucket = bucketWith("""
                {"Statement":{"Effect":"Allow","Principal":{"AWS":"222222222222"},"Action":"s3:GetObject",
                  "Resource":"arn:aws:s3:::BUCKET/*","Condition":{"IpAddress":{"aws:SourceIp":["127.0.0.0/8","::1/128"]}}}}""");
        owner.putObject(b -> b.bucket(bucket).key("k"), RequestBody.fromString("v"));
        assertThat(partner.getObjectAsBytes(b -> b.bucket(bucket).key("k")).asUtf8String()).isEqualTo("v");
        owner.putBucketPolicy(b -> b.bucket(bucket).policy("""
                {"Statement":{"Effect":"Allow","Principal":{"AWS":"222222222222"},"Action":"s3:GetObject",
                  "Resource":"arn:aws:s3:::BUCKET/*","Condition":{"IpAddress":{"aws:SourceIp":"203.0.113.0/24"}}}}"""
                .replace("BUCKET", bucket)));
        assertThat(status(() -> partner.getObjectAsBytes(b -> b.bucket(bucket).key("k")))).isEqualTo(403);
    }

    @Test
    void malformedPoliciesAreRefusedWithS3sMessages() {
        String bucket = bucketWith("");
        assertThatThrownBy(() -> owner.putBucketPolicy(b -> b.bucket(bucket).policy("""
                {"Statement":{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::elsewhere/*"}}""")))
                .isInstanceOfSatisfying(S3Exception.class, e -> {
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("MalformedPolicy");
                    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Policy has invalid resource");
                });
    }
}
