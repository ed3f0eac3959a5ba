package dev.pail.internal.access.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pail.S3ErrorCode;
import dev.pail.internal.error.S3Exception;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** PutBucketPolicy's checks: each MalformedPolicy message, and what S3 accepts. */
class PolicyParseTest {

    private static final String PRINCIPAL = "\"Principal\":{\"AWS\":\"arn:aws:iam::123456789012:root\"}";

    /** A policy for bucket b with one statement of these members (JSON, comma-separated). */
    private static String withStatement(String members) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[{" + members + "}]}";
    }

    private static String statement(String principal, String action, String resource, String extra) {
        return withStatement("\"Effect\":\"Allow\"," + principal + ",\"Action\":" + action + ",\"Resource\":" + resource + extra);
    }

    private static void assertMalformed(String json, String message) {
        assertThatThrownBy(() -> Policy.parse(json, "b"))
                .isInstanceOfSatisfying(S3Exception.class, e -> {
                    assertThat(e.code()).isEqualTo(S3ErrorCode.MALFORMED_POLICY);
                    assertThat(e.getMessage()).isEqualTo(message);
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not json", " {\"Statement\":[]}", "[1]"})
    void aBodyNotStartingWithABraceIsNotJson(String json) {
        assertMalformed(json, "Policies must be valid JSON and the first byte must be '{'");
    }

    @Test
    void brokenJsonAfterTheBraceIsInvalidJson() {
        assertMalformed("{\"Statement\":[", "This policy contains invalid Json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2012-10-16", "2012-10-17 "})
    void anUnknownVersionIsRefused(String version) {
        assertMalformed("{\"Version\":\"" + version + "\",\"Statement\":[]}", "The policy must contain a valid version string");
    }

    @Test
    void aDocumentWithoutStatementIsRefused() {
        assertMalformed("{\"Version\":\"2012-10-17\"}", "Missing required field Statement");
        assertMalformed("{\"Statement\":[]}", "Could not parse the policy: Statement is empty!");
    }

    @Test
    void unknownMembersAndElementsWithTheirNotFormAreInvalidSyntax() {
        assertMalformed("{\"Statement\":[],\"Extra\":1}", "Invalid policy syntax.");
        assertMalformed(statement(PRINCIPAL, "\"s3:GetObject\"", "\"arn:aws:s3:::b/*\"", ",\"Extra\":1"), "Invalid policy syntax.");
        assertMalformed(statement(PRINCIPAL, "\"s3:GetObject\"", "\"arn:aws:s3:::b/*\"", ",\"NotAction\":\"s3:PutObject\""),
                "Invalid policy syntax.");
        assertMalformed(statement(PRINCIPAL, "\"s3:GetObject\"", "\"arn:aws:s3:::b/*\"", ",\"NotResource\":\"arn:aws:s3:::b\""),
                "Invalid policy syntax.");
        assertMalformed(statement(PRINCIPAL + ",\"NotPrincipal\":\"*\"", "\"s3:GetObject\"", "\"arn:aws:s3:::b/*\"", ""),
                "Invalid policy syntax.");
        assertMalformed("{\"Statement\":\"everything\"}", "Invalid policy syntax.");
        assertMalformed("{\"Id\":7,\"Statement\":[]}", "Invalid policy syntax.");
    }

    @Test
    void effectMustBeAllowOrDenyExactly() {
        assertMalformed(withStatement(PRINCIPAL + ",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::b/*\""),
                "Missing required field Effect");
        assertMalformed(statement(PRINCIPAL, "\"s3:GetObject\"", "\"arn:aws:s3:::b/*\"", "").replace("Allow", "allow"),
                "Invalid effect: allow");
    }

    @Test
    void principalActionAndResourceAreRequired() {
        assertMalformed(withStatement("\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::b/*\""),
                "Missing required field Principal");
        assertMalformed(withStatement("\"Effect\":\"Allow\"," + PRINCIPAL + ",\"Resource\":\"arn:aws:s3:::b/*\""),
                "Missing required field Action");
        assertMalformed(withStatement("\"Effect\":\"Allow\"," + PRINCIPAL + ",\"Action\":\"s3:GetObject\""),
                "Missing required field Resource");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"someone\"", "{}", "{\"AWS\":\"alice\"}", "{\"AWS\":\"AIDAJQABLZS4A3QDU576Q\"}",
        "{\"AWS\":[\"*\",\"123456789012\"]}", "{\"AWS\":[]}", "{\"AWS\":\"\"}", "{\"Robot\":\"x\"}",
        "{\"Service\":\"*\"}", "{\"AWS\":\"arn:aws:iam::12345:root\"}", "{\"CanonicalUser\":[1]}"})
    void aPrincipalS3CannotResolveIsInvalid(String principal) {
        assertMalformed(statement("\"Principal\":" + principal, "\"s3:GetObject\"", "\"arn:aws:s3:::b/*\"", ""),
                "Invalid principal in policy");
    }

    @Test
    void notPrincipalWithAllowIsRefused_perS3Tests() {
        assertMalformed(statement("\"NotPrincipal\":{\"AWS\":\"123456789012\"}", "\"s3:GetObject\"", "\"arn:aws:s3:::b/*\"", ""),
                "Invalid principal in policy");
    }

    @Test
    void aBadActionOrResourceIsReportedBeforeABadPrincipal_asS3Does() {
        assertMalformed(statement("\"Principal\":{\"AWS\":\"x\"}", "\"ec2:RunInstances\"", "\"arn:aws:s3:::b/*\"", ""),
                "Policy has invalid action");
        assertMalformed(statement("\"Principal\":{\"AWS\":\"x\"}", "\"s3:GetObject\"", "\"arn:aws:s3:::other/*\"", ""),
                "Policy has invalid resource");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"ec2:RunInstances\"", "\"GetObject\"", "\"s3:PutObjectLockConfiguration\"", "\"s3:Frobnicate*\"",
        "[]", "[\"s3:GetObject\", 7]", "\"iam:*\""})
    void actionsThatAreNotS3ActionsAreInvalid(String action) {
        assertMalformed(statement(PRINCIPAL, action, "\"arn:aws:s3:::b/*\"", ""), "Policy has invalid action");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"*\"", "\"arn:aws:s3:::other/*\"", "\"arn:aws:s3:::bb\"", "\"arn:aws:s3:::\"",
        "\"arn:aws:sqs:::b\"", "[]", "[\"arn:aws:s3:::b/*\",\"arn:aws:s3:::c/*\"]", "\"arn:aws:s3:::a*/x\""})
    void resourcesOutsideTheBucketAreInvalid(String resource) {
        assertMalformed(statement(PRINCIPAL, "\"s3:GetObject\"", resource, ""), "Policy has invalid resource");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"arn:aws:s3:::b*\"", "\"arn:aws:s3:::?/*\"", "\"arn:aws:s3:::*/private/*\"",
        "\"arn:aws:s3:::b/*\"", "[\"arn:aws:s3:::b\",\"arn:aws:s3:::b/*\"]"})
    void resourcesWhoseBucketPartCanBeTheBucketAreAccepted(String resource) {
        assertThat(Policy.parse(statement(PRINCIPAL, "\"s3:*\"", resource, ""), "b").statements()).hasSize(1);
    }

    @Test
    void anActionOnAResourceKindTheStatementDoesNotNameIsRefused() {
        assertMalformed(statement(PRINCIPAL, "\"s3:PutObject\"", "\"arn:aws:s3:::b\"", ""),
                "Action does not apply to any resource(s) in statement");
        assertMalformed(statement(PRINCIPAL, "\"s3:ListBucket\"", "\"arn:aws:s3:::b/*\"", ""),
                "Action does not apply to any resource(s) in statement");
        assertMalformed(statement(PRINCIPAL, "\"s3:ListAllMyBuckets\"", "\"arn:aws:s3:::b\"", ""),
                "Action does not apply to any resource(s) in statement");
        assertThat(Policy.parse(statement(PRINCIPAL, "\"s3:Get*\"", "\"arn:aws:s3:::b\"", ""), "b").statements()).hasSize(1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "stringequals | Invalid Condition type : stringequals",
        "StringEqual | Invalid Condition type : StringEqual",
        "NullIfExists | Invalid Condition type : NullIfExists",
        "ForSomeValues:StringEquals | Invalid Condition type : ForSomeValues:StringEquals",
        "ForAnyValue:ForAllValues:StringEquals | Invalid Condition type : ForAnyValue:ForAllValues:StringEquals"})
    void anUnknownConditionTypeIsNamed(String type, String message) {
        assertMalformed(statement(PRINCIPAL, "\"s3:GetObject\"", "\"arn:aws:s3:::b/*\"",
                ",\"Condition\":{\"" + type + "\":{\"aws:Referer\":\"x\"}}"), message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"iam:PassedToService", "s3:VersionStatus", "Referer", "aws:", "s3:ExistingObjectTag/"})
    void anUnknownConditionKeyIsInvalid(String key) {
        assertMalformed(statement(PRINCIPAL, "\"s3:GetObject\"", "\"arn:aws:s3:::b/*\"",
                ",\"Condition\":{\"StringEquals\":{\"" + key + "\":\"x\"}}"), "Policy has an invalid condition key");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "IpAddress | aws:SourceIp | \"10.0.0.0/33\" | Invalid IP address in Conditions",
        "NotIpAddress | aws:SourceIp | \"example.com\" | Invalid IP address in Conditions",
        "IpAddress | aws:SourceIp | \"300.1.1.1\" | Invalid IP address in Conditions",
        "NumericLessThan | s3:max-keys | \"ten\" | Invalid Condition value",
        "DateGreaterThan | aws:CurrentTime | \"yesterday\" | Invalid Condition value",
        "Bool | aws:SecureTransport | \"yes\" | Invalid Condition value",
        "Null | s3:prefix | \"maybe\" | Invalid Condition value",
        "BinaryEquals | aws:RequestTag/x | \"not base64!\" | Invalid Condition value",
        "StringEquals | s3:prefix | null | Invalid policy syntax.",
        "StringEquals | s3:prefix | [] | Invalid policy syntax.",
        "StringEquals | s3:prefix | {\"a\":1} | Invalid policy syntax."})
    void aValueTheOperatorCannotTakeIsRefused(String operator, String key, String value, String message) {
        assertMalformed(statement(PRINCIPAL, "\"s3:*\"", "[\"arn:aws:s3:::b\",\"arn:aws:s3:::b/*\"]",
                ",\"Condition\":{\"" + operator + "\":{\"" + key + "\":" + value + "}}"), message);
    }

    @Test
    void awsSamplePolicyWithOldVersionSingleStatementAndNumbersIsAccepted() {
        Policy policy = Policy.parse("{\"Version\":\"2008-10-17\",\"Id\":\"aaaa-bbbb\",\"Statement\":{\"Sid\":\"1\","
                + "\"Effect\":\"Deny\",\"Principal\":{\"AWS\":[\"111122223333\",\"arn:aws:iam::444455556666:user/bob\"]},"
                + "\"Action\":[\"s3:*\"],\"Resource\":\"arn:aws:s3:::b/*\",\"Condition\":{\"NumericLessThanEquals\":"
                + "{\"s3:max-keys\":10},\"Bool\":{\"aws:SecureTransport\":false}}}}", "b");

        Statement statement = policy.statements().get(0);
        assertThat(statement.label()).isEqualTo("1");
        assertThat(statement.effect()).isEqualTo(Effect.DENY);
        assertThat(statement.conditions()).extracting(Condition::values)
                .containsExactly(java.util.List.of("10"), java.util.List.of("false"));
    }

    @Test
    void repeatedSidsAreAccepted_asS3KeepsThem() {
        String one = "{\"Sid\":\"Same\",\"Effect\":\"Allow\"," + PRINCIPAL + ",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::b/*\"}";
        assertThat(Policy.parse("{\"Statement\":[" + one + "," + one + "]}", "b").statements())
                .extracting(Statement::label).containsExactly("Same", "Same");
    }

    @Test
    void principalsOfEveryKindAreAccepted() {
        String principal = "\"Principal\":{\"AWS\":[\"123456789012\",\"arn:aws:iam::123456789012:root\","
                + "\"arn:aws:iam::123456789012:user/path/alice\",\"arn:aws:iam::123456789012:role/r\","
                + "\"arn:aws:sts::123456789012:assumed-role/r/session\"],\"CanonicalUser\":\"79a59df900b949e55d96a1e698fbaced\","
                + "\"Service\":\"logging.s3.amazonaws.com\",\"Federated\":\"cognito-identity.amazonaws.com\"}";
        assertThat(Policy.parse(statement(principal, "\"s3:GetObject\"", "\"arn:aws:s3:::b/*\"", ""), "b").statements())
                .hasSize(1);
    }
}
