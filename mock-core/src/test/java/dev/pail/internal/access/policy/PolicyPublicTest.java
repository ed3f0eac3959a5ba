package dev.pail.internal.access.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Block Public Access's "The meaning of 'public'" (Amazon S3 User Guide), with the doc's examples. */
class PolicyPublicTest {

    private static Policy statement(String effect, String principal, String condition) {
        return PolicyFixtures.policy("{\"Effect\":\"" + effect + "\",\"Principal\":" + principal
                + ",\"Action\":\"s3:PutObject\",\"Resource\":\"arn:aws:s3:::b/*\""
                + (condition.isEmpty() ? "" : ",\"Condition\":" + condition) + "}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"*\"", "{\"AWS\":\"*\"}", "{\"Federated\":\"graph.facebook.com\"}"})
    void anAllowToAnUnfixedPrincipalWithoutConditionIsPublic_docExamples(String principal) {
        assertThat(statement("Allow", principal, "").isPublic()).isTrue();
    }

    @Test
    void aWildcardSourceVpcIsPublicAndAFixedOneIsNot_docExample() {
        assertThat(statement("Allow", "\"*\"", "{\"StringLike\":{\"aws:SourceVpc\":\"vpc-*\"}}").isPublic()).isTrue();
        assertThat(statement("Allow", "\"*\"", "{\"StringEquals\":{\"aws:SourceVpc\":\"vpc-91237329\"}}").isPublic()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"aws:SourceArn", "aws:SourceVpce", "aws:SourceOwner", "aws:SourceAccount", "aws:PrincipalOrgID",
        "aws:PrincipalAccount", "aws:userid", "s3:x-amz-server-side-encryption-aws-kms-key-id", "s3:DataAccessPointAccount"})
    void aFixedValueOfAListedKeyMakesItNonPublic(String key) {
        assertThat(statement("Allow", "\"*\"", "{\"StringEquals\":{\"" + key + "\":\"123456789012\"}}").isPublic()).isFalse();
        assertThat(statement("Allow", "\"*\"", "{\"StringLike\":{\"" + key + "\":\"1234*\"}}").isPublic()).isTrue();
    }

    @Test
    void variablesNegationsIfExistsAndForAllValuesFixNothing() {
        assertThat(statement("Allow", "\"*\"", "{\"StringEquals\":{\"aws:SourceAccount\":\"${aws:PrincipalAccount}\"}}").isPublic()).isTrue();
        assertThat(statement("Allow", "\"*\"", "{\"StringNotEquals\":{\"aws:SourceAccount\":\"123456789012\"}}").isPublic()).isTrue();
        assertThat(statement("Allow", "\"*\"", "{\"StringEqualsIfExists\":{\"aws:SourceAccount\":\"123456789012\"}}").isPublic()).isTrue();
        assertThat(statement("Allow", "\"*\"", "{\"ForAllValues:StringEquals\":{\"aws:SourceAccount\":\"123456789012\"}}").isPublic())
                .isTrue();
        assertThat(statement("Allow", "\"*\"", "{\"StringEquals\":{\"s3:prefix\":\"fixed\"}}").isPublic()).isTrue();
    }

    @Test
    void sourceIpRangesNoBroaderThanSlash8OrSlash32AreNonPublic() {
        assertThat(statement("Allow", "\"*\"", "{\"IpAddress\":{\"aws:SourceIp\":\"192.0.2.0/24\"}}").isPublic()).isFalse();
        assertThat(statement("Allow", "\"*\"", "{\"IpAddress\":{\"aws:SourceIp\":\"11.0.0.0/8\"}}").isPublic()).isFalse();
        assertThat(statement("Allow", "\"*\"", "{\"IpAddress\":{\"aws:SourceIp\":\"0.0.0.0/1\"}}").isPublic()).isTrue();
        assertThat(statement("Allow", "\"*\"", "{\"IpAddress\":{\"aws:SourceIp\":[\"192.0.2.0/24\",\"0.0.0.0/0\"]}}").isPublic())
                .isTrue();
        assertThat(statement("Allow", "\"*\"", "{\"IpAddress\":{\"aws:SourceIp\":\"2001:db8::/32\"}}").isPublic()).isFalse();
        assertThat(statement("Allow", "\"*\"", "{\"IpAddress\":{\"aws:SourceIp\":\"2001::/16\"}}").isPublic()).isTrue();
        assertThat(statement("Allow", "\"*\"", "{\"NotIpAddress\":{\"aws:SourceIp\":\"192.0.2.0/24\"}}").isPublic()).isTrue();
    }

    @Test
    void dataAccessPointArnMayWildcardTheAccessPointNameButNotTheAccount_perDocNote() {
        assertThat(statement("Allow", "\"*\"", "{\"ArnLike\":{\"s3:DataAccessPointArn\":"
                + "\"arn:aws:s3:us-west-2:123456789012:accesspoint/*\"}}").isPublic()).isFalse();
        assertThat(statement("Allow", "\"*\"", "{\"ArnLike\":{\"s3:DataAccessPointArn\":"
                + "\"arn:aws:s3:us-west-2:*:accesspoint/*\"}}").isPublic()).isTrue();
    }

    @Test
    void fixedPrincipalsAndDenyStatementsAreNotPublic() {
        assertThat(statement("Allow", "{\"AWS\":\"arn:aws:iam::123456789012:root\"}", "").isPublic()).isFalse();
        assertThat(statement("Allow", "{\"Service\":\"logging.s3.amazonaws.com\"}", "").isPublic()).isFalse();
        assertThat(statement("Allow", "{\"CanonicalUser\":\"abc\"}", "").isPublic()).isFalse();
        assertThat(statement("Deny", "\"*\"", "").isPublic()).isFalse();
        assertThat(statement("Deny", "\"*\"", "").isPublic()).isFalse();
    }

    @Test
    void onePublicStatementMakesThePolicyPublic_docExample() {
        Policy policy = PolicyFixtures.policy("{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"cloudtrail.amazonaws.com\"},"
                + "\"Action\":\"s3:PutObject\",\"Resource\":\"arn:aws:s3:::b/*\"},{\"Effect\":\"Allow\",\"Principal\":"
                + "{\"AWS\":\"222222222222\"},\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::b/*\"},{\"Effect\":\"Allow\","
                + "\"Principal\":\"*\",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::b/*\"}");
        assertThat(policy.isPublic()).isTrue();
    }
}
