package dev.pail.internal.access.policy;

import static dev.pail.internal.access.policy.PolicyFixtures.allowGetIf;
import static dev.pail.internal.access.policy.PolicyFixtures.context;
import static dev.pail.internal.access.policy.PolicyFixtures.get;
import static dev.pail.internal.access.policy.PolicyFixtures.policy;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each condition operator, matching and not, on a single-valued key the request has. */
class ConditionOperatorTest {

    /** Whether {@code {"<operator>": {"<key>": <policyValue>}}} holds for the key having {@code actual} (';'-separated). */
    static boolean holds(String operator, String key, String policyValue, String actual) {
        Policy policy = policy(allowGetIf("{\"" + operator + "\":{\"" + key + "\":" + policyValue + "}}"));
        ConditionContext context = actual == null ? ConditionContext.empty()
                : context(key, actual.isEmpty() ? new String[0] : actual.split(";", -1));
        return policy.evaluate(get(context)).outcome() == PolicyDecision.Outcome.ALLOW;
    }

    @ParameterizedTest(name = "{0} {1} {2} vs \"{3}\" -> {4}")
    @CsvSource(delimiter = '|', value = {
        "StringEquals              | s3:prefix  | \"home/\"              | home/         | true",
        "StringEquals              | s3:prefix  | \"home/\"              | Home/         | false",
        "StringEquals              | s3:prefix  | [\"a\",\"home/\"]      | home/         | true",
        "StringEquals              | s3:prefix  | \"home*\"              | home/         | false",
        "StringNotEquals           | s3:prefix  | \"home/\"              | other/        | true",
        "StringNotEquals           | s3:prefix  | \"home/\"              | home/         | false",
        "StringNotEquals           | s3:prefix  | [\"a\",\"b\"]          | b             | false",
        "StringEqualsIgnoreCase    | s3:prefix  | \"HOME/\"              | home/         | true",
        "StringEqualsIgnoreCase    | s3:prefix  | \"HOME/\"              | away/         | false",
        "StringNotEqualsIgnoreCase | s3:prefix  | \"HOME/\"              | home/         | false",
        "StringNotEqualsIgnoreCase | s3:prefix  | \"HOME/\"              | away/         | true",
        "StringLike                | s3:prefix  | \"home/*\"             | home/a/b      | true",
        "StringLike                | s3:prefix  | \"home/?\"             | home/a        | true",
        "StringLike                | s3:prefix  | \"home/?\"             | home/ab       | false",
        "StringLike                | s3:prefix  | \"home/*\"             | Home/a        | false",
        "StringNotLike             | s3:prefix  | \"home/*\"             | away/a        | true",
        "StringNotLike             | s3:prefix  | \"home/*\"             | home/a        | false",
        "NumericEquals             | s3:max-keys | 10                   | 10            | true",
        "NumericEquals             | s3:max-keys | \"10\"               | 10.0          | true",
        "NumericEquals             | s3:max-keys | 10                   | 11            | false",
        "NumericNotEquals          | s3:max-keys | 10                   | 11            | true",
        "NumericNotEquals          | s3:max-keys | 10                   | 10            | false",
        "NumericLessThan           | s3:max-keys | 10                   | 9             | true",
        "NumericLessThan           | s3:max-keys | 10                   | 10            | false",
        "NumericLessThanEquals     | s3:max-keys | 10                   | 10            | true",
        "NumericLessThanEquals     | s3:max-keys | 10                   | 11            | false",
        "NumericGreaterThan        | s3:max-keys | 10                   | 11            | true",
        "NumericGreaterThan        | s3:max-keys | 10                   | 10            | false",
        "NumericGreaterThanEquals  | s3:max-keys | 10                   | 10            | true",
        "NumericGreaterThanEquals  | s3:max-keys | 10                   | 9.5           | false",
        "NumericLessThan           | s3:max-keys | 10                   | ten           | false",
        "NumericNotEquals          | s3:max-keys | 10                   | ten           | false",
        "DateEquals                | aws:CurrentTime | \"2019-07-16T12:00:00Z\" | 2019-07-16T14:00:00+02:00 | true",
        "DateEquals                | aws:CurrentTime | \"2019-07-16\"     | 1563235200    | true",
        "DateEquals                | aws:CurrentTime | 1563278400         | 2019-07-16T12:00:00Z | true",
        "DateNotEquals             | aws:CurrentTime | \"2019-07-16T12:00:00Z\" | 2019-07-16T12:00:01Z | true",
        "DateNotEquals             | aws:CurrentTime | \"2019-07-16T12:00:00Z\" | 2019-07-16T12:00:00.000Z | false",
        "DateLessThan              | aws:CurrentTime | \"2020-01-01T00:00:00Z\" | 2019-12-31T23:59:59Z | true",
        "DateLessThan              | aws:CurrentTime | \"2020-01-01T00:00:00Z\" | 2020-01-01T00:00:00Z | false",
        "DateLessThanEquals        | aws:CurrentTime | \"2020-01-01T00:00:00Z\" | 2020-01-01T00:00:00Z | true",
        "DateGreaterThan           | aws:CurrentTime | \"2020-01-01T00:00:00Z\" | 2020-01-01T00:00:01Z | true",
        "DateGreaterThan           | aws:CurrentTime | \"2020-01-01T00:00:00Z\" | 2019-01-01T00:00:00Z | false",
        "DateGreaterThanEquals     | aws:CurrentTime | \"2020-01-01T00:00:00Z\" | 2020-01-01T00:00:00Z | true",
        "DateGreaterThanEquals     | aws:CurrentTime | \"2020-01-01T00:00:00Z\" | not a date    | false",
        "Bool                      | aws:SecureTransport | true           | true          | true",
        "Bool                      | aws:SecureTransport | false          | false         | true",
        "Bool                      | aws:SecureTransport | \"false\"      | true          | false",
        "Bool                      | aws:SecureTransport | \"TRUE\"       | true          | true",
        "BinaryEquals              | aws:RequestTag/blob | \"QmluYXJ5\"   | QmluYXJ5      | true",
        "BinaryEquals              | aws:RequestTag/blob | \"QmluYXJ5\"   | Qmlu          | false",
        "IpAddress                 | aws:SourceIp | \"192.0.2.0/24\"     | 192.0.2.77    | true",
        "IpAddress                 | aws:SourceIp | \"192.0.2.0/24\"     | 192.0.3.1     | false",
        "IpAddress                 | aws:SourceIp | \"192.0.2.7\"        | 192.0.2.7     | true",
        "IpAddress                 | aws:SourceIp | \"192.0.2.7\"        | 192.0.2.8     | false",
        "IpAddress                 | aws:SourceIp | \"2001:db8::/32\"    | 2001:db8:1::5 | true",
        "IpAddress                 | aws:SourceIp | \"2001:db8::/32\"    | 2001:db9::5   | false",
        "IpAddress                 | aws:SourceIp | \"192.0.2.0/24\"     | 2001:db8::1   | false",
        "IpAddress                 | aws:SourceIp | \"10.0.0.0/8\"       | not-an-ip     | false",
        "NotIpAddress              | aws:SourceIp | \"192.0.2.0/24\"     | 198.51.100.1  | true",
        "NotIpAddress              | aws:SourceIp | \"192.0.2.0/24\"     | 192.0.2.1     | false",
        "ArnEquals                 | aws:SourceArn | \"arn:aws:sns:us-east-1:123456789012:topic\" | arn:aws:sns:us-east-1:123456789012:topic | true",
        "ArnEquals                 | aws:SourceArn | \"arn:aws:sns:us-east-1:123456789012:topic\" | arn:aws:sns:us-east-1:123456789012:other | false",
        "ArnLike                   | aws:SourceArn | \"arn:aws:sns:*:123456789012:*\" | arn:aws:sns:eu-west-1:123456789012:t | true",
        "ArnLike                   | aws:SourceArn | \"arn:aws:sns:*:123456789012:*\" | arn:aws:sns:eu-west-1:999999999999:t | false",
        "ArnLike                   | aws:SourceArn | \"arn:aws:s3:::b*\"  | arn:aws:s3:::b/x:y | true",
        "ArnLike                   | aws:SourceArn | \"arn:aws:sns:*\"    | arn:aws:sns:eu-west-1:123456789012:t | false",
        "ArnLike                   | aws:SourceArn | \"arn:aws:*:*:*:*\"  | not-an-arn    | false",
        "ArnNotEquals              | aws:SourceArn | \"arn:aws:sns:us-east-1:123456789012:topic\" | arn:aws:sns:us-east-1:123456789012:other | true",
        "ArnNotLike                | aws:SourceArn | \"arn:aws:sns:*:123456789012:*\" | arn:aws:sns:eu-west-1:123456789012:t | false",
        "ArnNotLike                | aws:SourceArn | \"arn:aws:sns:*:123456789012:*\" | arn:aws:sqs:eu-west-1:123456789012:t | true",
    })
    void operatorComparesTheRequestValueWithThePolicyValues(String operator, String key, String policyValue,
                                                            String actual, boolean expected) {
        assertThat(holds(operator, key, policyValue, actual)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} with the key absent -> {1}")
    @CsvSource({
        "StringEquals, false", "StringNotEquals, true", "StringEqualsIgnoreCase, false", "StringNotEqualsIgnoreCase, true",
        "StringLike, false", "StringNotLike, true", "NumericEquals, false", "NumericNotEquals, true",
        "NumericLessThan, false", "DateEquals, false", "DateNotEquals, true", "DateGreaterThan, false", "Bool, false",
        "BinaryEquals, false", "IpAddress, false", "NotIpAddress, true", "ArnEquals, false", "ArnLike, false",
        "ArnNotEquals, true", "ArnNotLike, true",
    })
    void absentKeyFailsPositiveOperatorsAndSatisfiesNegatedOnes_perIamDocs(String operator, boolean expected) {
        assertThat(holds(operator, "aws:SourceArn", valueFor(operator), null)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}IfExists with the key absent holds")
    @CsvSource({"StringEquals", "StringNotEquals", "StringLike", "NumericLessThan", "DateLessThan", "Bool", "BinaryEquals",
        "IpAddress", "NotIpAddress", "ArnLike", "ArnNotLike"})
    void ifExistsWithAbsentKeyIsTrue(String operator) {
        assertThat(holds(operator + "IfExists", "aws:SourceArn", valueFor(operator), null)).isTrue();
    }

    @ParameterizedTest(name = "{0}IfExists with the key present compares as {0}")
    @CsvSource(delimiter = '|', value = {
        "StringEquals | a | true", "StringEquals | b | false", "StringNotEquals | a | false", "StringNotEquals | b | true"})
    void ifExistsWithPresentKeyIsTheOperator(String operator, String actual, boolean expected) {
        assertThat(holds(operator + "IfExists", "s3:prefix", "\"a\"", actual)).isEqualTo(expected);
    }

    private static String valueFor(String operator) {
        if (operator.startsWith("Numeric")) {
            return "1";
        }
        if (operator.startsWith("Date")) {
            return "\"2020-01-01\"";
        }
        if (operator.equals("Bool")) {
            return "true";
        }
        if (operator.contains("IpAddress")) {
            return "\"10.0.0.0/8\"";
        }
        return operator.startsWith("Arn") ? "\"arn:aws:sns:*:*:*\"" : operator.startsWith("Binary") ? "\"QQ==\"" : "\"x\"";
    }

    @ParameterizedTest(name = "Null {0} with the key {1} -> {2}")
    @CsvSource({"true, absent, true", "true, present, false", "false, present, true", "false, absent, false",
        "\"true\", absent, true"})
    void nullTrueMeansAbsentAndFalseMeansPresent(String value, String presence, boolean expected) {
        assertThat(holds("Null", "s3:x-amz-server-side-encryption", value, presence.equals("present") ? "AES256" : null))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {1} vs [{2}] -> {3}")
    @CsvSource(delimiter = '|', value = {
        "ForAnyValue:StringEquals   | [\"a\",\"b\"] | x;b   | true",
        "ForAnyValue:StringEquals   | [\"a\",\"b\"] | x;y   | false",
        "ForAnyValue:StringEquals   | [\"a\",\"b\"] | ''    | false",
        "ForAllValues:StringEquals  | [\"a\",\"b\"] | a;b   | true",
        "ForAllValues:StringEquals  | [\"a\",\"b\"] | a;x   | false",
        "ForAllValues:StringEquals  | [\"a\",\"b\"] | ''    | true",
        "ForAllValues:StringLike    | \"tag-*\"     | tag-a;tag-b | true",
        "ForAnyValue:StringNotEquals | [\"a\",\"b\"] | a;x  | true",
        "ForAnyValue:StringNotEquals | [\"a\",\"b\"] | a;b  | false",
        "ForAllValues:StringNotEquals | [\"a\",\"b\"] | x;y | true",
        "ForAllValues:StringNotEquals | [\"a\",\"b\"] | x;a | false",
        "StringEquals               | \"a\"         | x;a   | true",
        "StringNotEquals            | \"a\"         | x;a   | false",
        "StringNotEquals            | \"a\"         | x;y   | true",
    })
    void setQualifiersCompareEveryOrSomeRequestValue(String operator, String policyValue, String actual, boolean expected) {
        assertThat(holds(operator, "s3:RequestObjectTagKeys", policyValue, actual)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} with the key absent -> {1}")
    @CsvSource({"ForAllValues:StringEquals, true", "ForAnyValue:StringEquals, false", "ForAllValues:StringNotEquals, true",
        "ForAnyValue:StringNotEquals, false", "ForAnyValue:StringEqualsIfExists, true"})
    void forAllValuesWithAbsentKeyIsTrueAndForAnyValueFalse_perIamDocs(String operator, boolean expected) {
        assertThat(holds(operator, "s3:RequestObjectTagKeys", "\"a\"", null)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void valuesOfOneKeyAreOredAndKeysAndOperatorsAreAnded() {
        Policy policy = policy(allowGetIf("{\"StringEquals\":{\"s3:prefix\":[\"a\",\"b\"],\"s3:delimiter\":\"/\"},"
                + "\"Bool\":{\"aws:SecureTransport\":true}}"));
        ConditionContext.Builder all = ConditionContext.builder().put("s3:prefix", "b").put("s3:delimiter", "/")
                .put("aws:SecureTransport", "true");

        assertThat(policy.evaluate(get(all.build())).outcome()).isEqualTo(PolicyDecision.Outcome.ALLOW);
        assertThat(policy.evaluate(get(all.put("s3:delimiter", "-").build())).outcome()).isEqualTo(PolicyDecision.Outcome.NONE);
        assertThat(policy.evaluate(get(ConditionContext.builder().put("s3:prefix", "b").put("s3:delimiter", "/")
                .put("aws:SecureTransport", "false").build())).outcome()).isEqualTo(PolicyDecision.Outcome.NONE);
    }

    @org.junit.jupiter.api.Test
    void conditionKeyNamesAreCaseInsensitiveButTagKeysAreNot() {
        Policy policy = policy(allowGetIf("{\"StringEquals\":{\"S3:ExistingObjectTag/Colour\":\"red\"}}"));

        assertThat(policy.evaluate(get(context("s3:existingobjecttag/Colour", "red"))).outcome())
                .isEqualTo(PolicyDecision.Outcome.ALLOW);
        assertThat(policy.evaluate(get(context("s3:ExistingObjectTag/colour", "red"))).outcome())
                .isEqualTo(PolicyDecision.Outcome.NONE);
        assertThat(Arrays.asList(ConditionContext.builder().put("AWS:SourceIp", "1.2.3.4").build()
                .values("aws:sourceip").orElseThrow().toArray())).containsExactly("1.2.3.4");
    }
}
