package dev.pail.internal.access.policy;

import static dev.pail.internal.access.policy.PolicyDecision.Outcome.ALLOW;
import static dev.pail.internal.access.policy.PolicyDecision.Outcome.DENY;
import static dev.pail.internal.access.policy.PolicyDecision.Outcome.NONE;
import static dev.pail.internal.access.policy.PolicyFixtures.ALICE;
import static dev.pail.internal.access.policy.PolicyFixtures.PARTNER;
import static dev.pail.internal.access.policy.PolicyFixtures.PARTNER_COLLEAGUE;
import static dev.pail.internal.access.policy.PolicyFixtures.context;
import static dev.pail.internal.access.policy.PolicyFixtures.outcome;
import static dev.pail.internal.access.policy.PolicyFixtures.policy;
import static dev.pail.internal.access.policy.PolicyFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Realistic policies as test authors write them. */
class PolicyStoriesTest {

    @Test
    void partnerAccountMayOnlyReadWriteAndListIncoming() {
        Policy policy = policy("{\"Sid\":\"PartnerObjects\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::222222222222:root\"},"
                + "\"Action\":[\"s3:GetObject\",\"s3:PutObject\"],\"Resource\":\"arn:aws:s3:::b/incoming/*\"},"
                + "{\"Sid\":\"PartnerIncoming\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"222222222222\"},"
                + "\"Action\":\"s3:ListBucket\",\"Resource\":\"arn:aws:s3:::b\",\"Condition\":{\"StringLike\":{\"s3:prefix\":\"incoming/*\"}}}");

        assertThat(outcome(policy, request(PARTNER, "s3:PutObject", "arn:aws:s3:::b/incoming/a.txt"))).isEqualTo(ALLOW);
        assertThat(outcome(policy, request(PARTNER_COLLEAGUE, "s3:GetObject", "arn:aws:s3:::b/incoming/a.txt"))).isEqualTo(ALLOW);
        assertThat(outcome(policy, request(PARTNER, "s3:GetObject", "arn:aws:s3:::b/secret/a.txt"))).isEqualTo(NONE);
        assertThat(outcome(policy, request(PARTNER, "s3:DeleteObject", "arn:aws:s3:::b/incoming/a.txt"))).isEqualTo(NONE);
        assertThat(outcome(policy, request(PARTNER, "s3:ListBucket", "arn:aws:s3:::b", context("s3:prefix", "incoming/"))))
                .isEqualTo(ALLOW);
        PolicyDecision secret = policy.evaluate(request(PARTNER, "s3:ListBucket", "arn:aws:s3:::b", context("s3:prefix", "secret/")));
        assertThat(secret.outcome()).isEqualTo(NONE);
        assertThat(secret.reason()).contains("statement \"PartnerIncoming\" matched but condition StringLike s3:prefix = "
                + "incoming/* failed: s3:prefix is \"secret/\"");
        assertThat(outcome(policy, request(ALICE, "s3:GetObject", "arn:aws:s3:::b/incoming/a.txt"))).isEqualTo(NONE);
        assertThat(outcome(policy, request(null, "s3:GetObject", "arn:aws:s3:::b/incoming/a.txt"))).isEqualTo(NONE);
    }

    @Test
    void putsWithoutAes256EncryptionAreDenied() {
        Policy policy = policy("{\"Sid\":\"DenyWrongEncryption\",\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"s3:PutObject\","
                + "\"Resource\":\"arn:aws:s3:::b/*\",\"Condition\":{\"StringNotEquals\":{\"s3:x-amz-server-side-encryption\":\"AES256\"}}},"
                + "{\"Sid\":\"DenyUnencrypted\",\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"s3:PutObject\","
                + "\"Resource\":\"arn:aws:s3:::b/*\",\"Condition\":{\"Null\":{\"s3:x-amz-server-side-encryption\":true}}},"
                + "{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"111111111111\"},\"Action\":\"s3:PutObject\",\"Resource\":\"arn:aws:s3:::b/*\"}");

        PolicyDecision kms = policy.evaluate(request(ALICE, "s3:PutObject", "arn:aws:s3:::b/k",
                context("s3:x-amz-server-side-encryption", "aws:kms")));
        PolicyDecision none = policy.evaluate(request(ALICE, "s3:PutObject", "arn:aws:s3:::b/k"));

        assertThat(outcome(policy, request(ALICE, "s3:PutObject", "arn:aws:s3:::b/k",
                context("s3:x-amz-server-side-encryption", "AES256")))).isEqualTo(ALLOW);
        assertThat(kms.outcome()).isEqualTo(DENY);
        assertThat(kms.statement()).hasValue("DenyWrongEncryption");
        assertThat(none.outcome()).isEqualTo(DENY);
        // StringNotEquals holds for an absent key (IAM docs), so the first statement already denies.
        assertThat(none.statement()).hasValue("DenyWrongEncryption");
    }

    @Test
    void requestsWithoutTlsAreDenied() {
        Policy policy = policy("{\"Sid\":\"AllowSSLRequestsOnly\",\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"s3:*\","
                + "\"Resource\":[\"arn:aws:s3:::b\",\"arn:aws:s3:::b/*\"],\"Condition\":{\"Bool\":{\"aws:SecureTransport\":false}}},"
                + "{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::b/*\"}");

        PolicyDecision plain = policy.evaluate(request(null, "s3:GetObject", "arn:aws:s3:::b/k", context("aws:SecureTransport", "false")));

        assertThat(plain.outcome()).isEqualTo(DENY);
        assertThat(plain.reason()).isEqualTo("bucket policy statement \"AllowSSLRequestsOnly\" denies s3:GetObject on "
                + "arn:aws:s3:::b/k: condition Bool aws:SecureTransport = false held");
        assertThat(outcome(policy, request(null, "s3:GetObject", "arn:aws:s3:::b/k", context("aws:SecureTransport", "true"))))
                .isEqualTo(ALLOW);
        assertThat(outcome(policy, request(ALICE, "s3:ListBucket", "arn:aws:s3:::b", context("aws:SecureTransport", "false"))))
                .isEqualTo(DENY);
    }

    @Test
    void onlyAllowListedAddressesMayRead() {
        Policy policy = policy("{\"Sid\":\"OfficeOnly\",\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:GetObject\","
                + "\"Resource\":\"arn:aws:s3:::b/*\",\"Condition\":{\"IpAddress\":{\"aws:SourceIp\":[\"192.0.2.0/24\",\"2001:db8::/64\"]},"
                + "\"NotIpAddress\":{\"aws:SourceIp\":\"192.0.2.13\"}}}");

        assertThat(outcome(policy, request(null, "s3:GetObject", "arn:aws:s3:::b/k", context("aws:SourceIp", "192.0.2.10"))))
                .isEqualTo(ALLOW);
        assertThat(outcome(policy, request(null, "s3:GetObject", "arn:aws:s3:::b/k", context("aws:SourceIp", "2001:db8::7"))))
                .isEqualTo(ALLOW);
        assertThat(outcome(policy, request(null, "s3:GetObject", "arn:aws:s3:::b/k", context("aws:SourceIp", "192.0.2.13"))))
                .isEqualTo(NONE);
        PolicyDecision outside = policy.evaluate(request(null, "s3:GetObject", "arn:aws:s3:::b/k", context("aws:SourceIp", "203.0.113.5")));
        assertThat(outside.outcome()).isEqualTo(NONE);
        assertThat(outside.reason()).contains("condition IpAddress aws:SourceIp = [192.0.2.0/24, 2001:db8::/64] failed: "
                + "aws:SourceIp is \"203.0.113.5\"");
        assertThat(policy.isPublic()).isFalse();
    }
}
