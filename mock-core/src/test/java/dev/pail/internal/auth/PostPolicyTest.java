package dev.pail.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pail.S3ErrorCode;
import dev.pail.internal.error.S3Exception;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The POST policy language as AWS's POST Policy page describes it and S3 answers it. */
class PostPolicyTest {

    /** AWS's SigV4 example policy ("Example: Browser-Based Upload using HTTP POST"), byte for byte: CRLF line ends. */
    static final String AWS_EXAMPLE_POLICY = "eyAiZXhwaXJhdGlvbiI6ICIyMDE1LTEyLTMwVDEyOjAwOjAwLjAwMFoiLA0KICAiY29uZGl0aW9ucyI6IFsNCiAgICB7ImJ1Y2tldCI6ICJzaWd2NGV4YW1wbGVidWNrZXQifSwNCiAgICBbInN0YXJ0cy13aXRoIiwgIiRrZXkiLCAidXNlci91c2VyMS8iXSwNCiAgICB7ImFjbCI6ICJwdWJsaWMtcmVhZCJ9LA0KICAgIHsic3VjY2Vzc19hY3Rpb25fcmVkaXJlY3QiOiAiaHR0cDovL3NpZ3Y0ZXhhbXBsZWJ1Y2tldC5zMy5hbWF6b25hd3MuY29tL3N1Y2Nlc3NmdWxfdXBsb2FkLmh0bWwifSwNCiAgICBbInN0YXJ0cy13aXRoIiwgIiRDb250ZW50LVR5cGUiLCAiaW1hZ2UvIl0sDQogICAgeyJ4LWFtei1tZXRhLXV1aWQiOiAiMTQzNjUxMjM2NTEyNzQifSwNCiAgICB7IngtYW16LXNlcnZlci1zaWRlLWVuY3J5cHRpb24iOiAiQUVTMjU2In0sDQogICAgWyJzdGFydHMtd2l0aCIsICIkeC1hbXotbWV0YS10YWciLCAiIl0sDQoNCiAgICB7IngtYW16LWNyZWRlbnRpYWwiOiAiQUtJQUlPU0ZPRE5ON0VYQU1QTEUvMjAxNTEyMjkvdXMtZWFzdC0xL3MzL2F3czRfcmVxdWVzdCJ9LA0KICAgIHsieC1hbXotYWxnb3JpdGhtIjogIkFXUzQtSE1BQy1TSEEyNTYifSwNCiAgICB7IngtYW16LWRhdGUiOiAiMjAxNTEyMjlUMDAwMDAwWiIgfQ0KICBdDQp9";

    private static final Instant BEFORE_2016 = Instant.parse("2015-12-29T12:00:00Z");

    /** The form of AWS's example, as its HTML sends it (capitalised names, file aside). */
    static List<Map.Entry<String, String>> awsExampleForm() {
        return fields("key", "user/user1/photo.jpg", "acl", "public-read",
                "success_action_redirect", "http://sigv4examplebucket.s3.amazonaws.com/successful_upload.html",
                "Content-Type", "image/jpeg", "x-amz-meta-uuid", "14365123651274",
                "x-amz-server-side-encryption", "AES256",
                "X-Amz-Credential", "AKIAIOSFODNN7EXAMPLE/20151229/us-east-1/s3/aws4_request",
                "X-Amz-Algorithm", "AWS4-HMAC-SHA256", "X-Amz-Date", "20151229T000000Z", "x-amz-meta-tag", "",
                "Policy", AWS_EXAMPLE_POLICY, "X-Amz-Signature", "8afdbf4008c03f22c2cd3cdb72e4afbb1f6a588f3255ac628749a66d7f09699e");
    }

    @Test
    void awsExamplePolicyParsesAndAllowsItsForm() {
        PostPolicy policy = PostPolicy.parse(AWS_EXAMPLE_POLICY);

        assertThat(policy.expiration()).isEqualTo(Instant.parse("2015-12-30T12:00:00Z"));
        assertThat(policy.conditions()).hasSize(11);
        assertThat(policy.conditions().get(1)).hasToString("[\"starts-with\", \"$key\", \"user/user1/\"]");
        assertThatCode(() -> policy.check(new PostPolicyForm(awsExampleForm()), "sigv4examplebucket", BEFORE_2016))
                .doesNotThrowAnyException();
    }

    @Test
    void expirationIsJudgedByTheGivenClockAndItsInstantIsAlreadyExpired() {
        PostPolicy policy = PostPolicy.parse(AWS_EXAMPLE_POLICY);
        PostPolicyForm form = new PostPolicyForm(awsExampleForm());

        assertRefused(() -> policy.check(form, "sigv4examplebucket", Instant.parse("2015-12-30T12:00:00Z")),
                S3ErrorCode.ACCESS_DENIED, "Invalid according to Policy: Policy expired.");
        assertThatCode(() -> policy.check(form, "sigv4examplebucket", Instant.parse("2015-12-30T11:59:59.999Z")))
                .doesNotThrowAnyException();
    }

    @Test
    void expirationWithoutFractionIsAccepted() {
        assertThat(policy("[]", "2030-01-01T00:00:00Z").expiration()).isEqualTo(Instant.parse("2030-01-01T00:00:00Z"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"2011-09-13T07:52:58+02:00", "2015-10-17 03:15:59 UTC", "2015-02-30T00:00:00Z"})
    void expirationNotInUtcIsInvalid(String expiration) {
        assertRefused(() -> policy("[]", expiration), S3ErrorCode.INVALID_POLICY_DOCUMENT,
                "Invalid Policy: Invalid 'expiration' value: '" + expiration + "'");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"conditions\": []}|Invalid Policy: Policy missing expiration.",
        "{\"expiration\": \"2030-01-01T00:00:00Z\"}|Invalid Policy: Policy missing conditions.",
        "{\"expiration\": \"2030-01-01T00:00:00Z\", \"conditions\": {}}|Invalid Policy: Invalid 'conditions' value: must be a List.",
        "{\"Version\": \"2012-10-17\", \"Statement\": []}|Invalid Policy: Unexpected: 'version'",
        "{\"EXPIRATION\": \"2030-01-01T00:00:00Z\", \"conditions\": []}|Invalid Policy: Unexpected: 'expiration'",
        "{\"expiration\": \"2030-01-01T00:00:00Z\", \"conditions\": [],}|Invalid Policy: Invalid JSON.",
        "[]|Invalid Policy: Invalid JSON.",
    })
    void documentsS3CannotReadAreInvalidPolicyDocuments(String json, String message) {
        assertRefused(() -> PostPolicy.parse(base64(json)), S3ErrorCode.INVALID_POLICY_DOCUMENT, message);
    }

    @Test
    void policyThatIsNotBase64IsInvalid() {
        assertRefused(() -> PostPolicy.parse("not*base64"), S3ErrorCode.INVALID_POLICY_DOCUMENT,
                "Invalid Policy: invalid Base64 encoding.");
    }

    @Test
    void base64WrappedOverLinesIsRead() {
        String wrapped = base64("{\"expiration\": \"2030-01-01T00:00:00Z\", \"conditions\": [{\"bucket\": \"b\"}]}")
                .replaceAll("(.{20})", "$1\n");
        assertThat(PostPolicy.parse(wrapped).conditions()).hasSize(1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"bucket\": \"b\", \"key\": \"k\"}|Invalid Policy: Invalid Simple-Condition: Simple-Conditions must have exactly one property specified.",
        "{}|Invalid Policy: Invalid Simple-Condition: Simple-Conditions must have exactly one property specified.",
        "{\"Content-Length\": 6199034}|Invalid Policy: Invalid Simple-Condition: value must be a string.",
        "{\"success_action_redirect\": null}|Invalid Policy: Invalid JSON.",
        "[]|Invalid Policy: Invalid Condition: missing operation identifier.",
        "[\"in\", \"$key\", \"a\"]|Invalid Policy: Invalid Condition: unknown operation 'in'.",
        "[\"starts-with\", \"$key\", \"a\", \"b\"]|Invalid Policy: Invalid starts-with: wrong number of arguments.",
        "[\"content-length-range\", 0]|Invalid Policy: Invalid content-length-range: wrong number of arguments.",
        "[\"content-length-range\", 0, 512.0]|Invalid Policy: Invalid JSON.",
        "[\"eq\", \"$key\", 5]|Invalid Policy: Invalid JSON.",
        "[\"content-length-range\", -1, 0]|Invalid Policy: Invalid content-length-range: the bounds must not be negative.",
        "\"bucket\"|Invalid Policy: Invalid condition test: must be a List or Object.",
    })
    void conditionsS3CannotReadAreInvalidPolicyDocuments(String condition, String message) {
        assertRefused(() -> policy("[" + condition + "]"), S3ErrorCode.INVALID_POLICY_DOCUMENT, message);
    }

    @Test
    void exactMatchInBothFormsIsCaseSensitiveInTheValue() {
        PostPolicy policy = policy("[{\"acl\": \"public-read\"}, [\"eq\", \"$key\", \"a.txt\"]]");

        assertAllowed(policy, "acl", "public-read", "key", "a.txt");
        assertRefused(() -> check(policy, "acl", "PUBLIC-READ", "key", "a.txt"), S3ErrorCode.ACCESS_DENIED,
                "Invalid according to Policy: Policy Condition failed: [\"eq\", \"$acl\", \"public-read\"]");
        assertRefused(() -> check(policy, "acl", "public-read", "key", "b.txt"), S3ErrorCode.ACCESS_DENIED,
                "Invalid according to Policy: Policy Condition failed: [\"eq\", \"$key\", \"a.txt\"]");
    }

    @Test
    void startsWithNeedsThePrefixAndTheEmptyPrefixAllowsAnything() {
        PostPolicy policy = policy("[[\"starts-with\", \"$key\", \"user/\"], [\"starts-with\", \"$x-amz-meta-tag\", \"\"]]");

        assertAllowed(policy, "key", "user/a", "x-amz-meta-tag", "");
        assertAllowed(policy, "key", "user/", "x-amz-meta-tag", "anything at all");
        assertRefused(() -> check(policy, "key", "User/a", "x-amz-meta-tag", ""), S3ErrorCode.ACCESS_DENIED,
                "Invalid according to Policy: Policy Condition failed: [\"starts-with\", \"$key\", \"user/\"]");
    }

    @Test
    void aConditionOnAnAbsentFieldFailsEvenWithTheEmptyPrefix() {
        PostPolicy policy = policy("[[\"starts-with\", \"$Content-Type\", \"\"]]");

        assertRefused(() -> check(policy), S3ErrorCode.ACCESS_DENIED,
                "Invalid according to Policy: Policy Condition failed: [\"starts-with\", \"$Content-Type\", \"\"]");
    }

    @Test
    void contentTypeWithCommasIsAListEveryMemberOfWhichMustMatch() {
        PostPolicy types = policy("[[\"starts-with\", \"$Content-Type\", \"image/\"]]");
        PostPolicy disposition = policy("[[\"starts-with\", \"$Content-Disposition\", \"inline\"]]");

        assertAllowed(types, "Content-Type", "image/jpg,image/png,image/gif");
        assertRefused(() -> check(types, "Content-Type", "image/jpg,text/plain"), S3ErrorCode.ACCESS_DENIED, null);
        assertAllowed(disposition, "Content-Disposition", "inline,text/plain"); // other fields are plain strings
    }

    @Test
    void namesAndOperationsMatchInAnyCase() {
        PostPolicy policy = policy("[{\"bUcKeT\": \"b\"}, [\"StArTs-WiTh\", \"$KeY\", \"foo\"], {\"AcL\": \"private\"}]");

        assertAllowed(policy, "kEy", "foo.txt", "aCl", "private", "pOLICy", "ignored");
    }

    @Test
    void bucketIsTheBucketPostedToAndOnlyMatchesExactly() {
        assertAllowed(policy("[{\"bucket\": \"b\"}]"));
        assertRefused(() -> policy("[{\"bucket\": \"other\"}]").check(form(), "b", BEFORE_2016), S3ErrorCode.ACCESS_DENIED,
                "Invalid according to Policy: Policy Condition failed: [\"eq\", \"$bucket\", \"other\"]");
        assertRefused(() -> check(policy("[[\"starts-with\", \"$bucket\", \"\"]]")), S3ErrorCode.ACCESS_DENIED, null);
    }

    @Test
    void exactOnlyFieldsRefuseStartsWith() {
        PostPolicy policy = policy("[[\"starts-with\", \"$success_action_status\", \"2\"]]");
        assertRefused(() -> check(policy, "success_action_status", "201"), S3ErrorCode.ACCESS_DENIED, null);
    }

    @Test
    void aFieldReferenceWithoutDollarAlwaysFails() {
        PostPolicy policy = policy("[[\"eq\", \"success_action_redirect\", \"http://a/\"]]");
        assertRefused(() -> check(policy, "success_action_redirect", "http://a/"), S3ErrorCode.ACCESS_DENIED,
                "Invalid according to Policy: Policy Condition failed: [\"eq\", \"success_action_redirect\", \"http://a/\"]");
    }

    @Test
    void everyFieldMustBeNamedByAConditionSaveTheExemptOnes() {
        PostPolicy policy = policy("[[\"starts-with\", \"$key\", \"\"]]");

        assertAllowed(policy, "key", "k", "Policy", "p", "X-Amz-Signature", "s", "AWSAccessKeyId", "a", "signature", "s",
                "x-ignore-flash", "1", "file", "f");
        assertRefused(() -> check(policy, "key", "k", "X-Amz-Meta-Foo", "bar"), S3ErrorCode.ACCESS_DENIED,
                "Invalid according to Policy: Extra input fields: X-Amz-Meta-Foo");
        assertRefused(() -> check(policy, "key", "k", "bucket", "b"), S3ErrorCode.ACCESS_DENIED,
                "Invalid according to Policy: Extra input fields: bucket");
        assertRefused(() -> check(policy, "key", "k", "Content-MD5", "x"), S3ErrorCode.ACCESS_DENIED,
                "Invalid according to Policy: Extra input fields: Content-MD5");
    }

    @Test
    void repeatedFieldsAreMatchedAsTheirValuesJoinedWithCommas() {
        PostPolicy policy = policy("[{\"x-amz-meta-tag\": \"Ninja,Stallman\"}]");

        assertAllowed(policy, "x-amz-meta-tag", "Ninja", "x-amz-meta-tag", "Stallman");
        assertRefused(() -> check(policy, "x-amz-meta-tag", "Ninja"), S3ErrorCode.ACCESS_DENIED, null);
    }

    @Test
    void refusalQuotesTheConditionWithItsQuotesEscaped() {
        PostPolicy policy = policy("[[\"eq\", \"$Content-Disposition\", \"filename=\\\"test.png\\\"\"]]");
        assertRefused(() -> check(policy, "Content-Disposition", "inline"), S3ErrorCode.ACCESS_DENIED,
                "Invalid according to Policy: Policy Condition failed: [\"eq\", \"$Content-Disposition\", \"filename=\\\"test.png\\\"\"]");
    }

    @Test
    void contentLengthRangeIncludesItsBoundsAndNamesTheSizes() {
        PostPolicy policy = policy("[[\"content-length-range\", 5, 10]]");

        assertThat(policy.maxSize()).isEqualTo(10);
        assertThatCode(() -> policy.checkSize(5)).doesNotThrowAnyException();
        assertThatCode(() -> policy.checkSize(10)).doesNotThrowAnyException();
        assertRefused(() -> policy.checkSize(1), S3ErrorCode.ENTITY_TOO_SMALL,
                "Your proposed upload is smaller than the minimum allowed size")
                .satisfies(e -> assertThat(((S3Exception) e).details())
                        .containsExactly(Map.entry("ProposedSize", "1"), Map.entry("MinSizeAllowed", "5")));
        assertRefused(() -> policy.checkSize(12), S3ErrorCode.ENTITY_TOO_LARGE,
                "Your proposed upload exceeds the maximum allowed size")
                .satisfies(e -> assertThat(((S3Exception) e).details())
                        .containsExactly(Map.entry("ProposedSize", "12"), Map.entry("MaxSizeAllowed", "10")));
    }

    @Test
    void contentLengthRangeTakesStringsOfDigitsAndNeedsNoField() {
        PostPolicy policy = policy("[[\"content-length-range\", \"5\", \"10\"]]");

        assertAllowed(policy);
        assertThat(policy.maxSize()).isEqualTo(10);
        assertThat(policy("[]").maxSize()).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void contentLengthRangeWithWordsFailsAsACondition() {
        assertRefused(() -> check(policy("[[\"content-length-range\", \"test\", \"10\"]]")), S3ErrorCode.ACCESS_DENIED,
                "Invalid according to Policy: Policy Condition failed: [\"content-length-range\", \"test\", \"10\"]");
    }

    @Test
    void everyRangeApplies() {
        PostPolicy policy = policy("[[\"content-length-range\", 0, 100], [\"content-length-range\", 10, 50]]");

        assertThat(policy.maxSize()).isEqualTo(50);
        assertRefused(() -> policy.checkSize(5), S3ErrorCode.ENTITY_TOO_SMALL, null);
        assertRefused(() -> policy.checkSize(60), S3ErrorCode.ENTITY_TOO_LARGE, null);
    }

    @Test
    void refusalsSayInTheJournalWhatDecided() {
        PostPolicy policy = policy("[[\"eq\", \"$key\", \"a\"]]");
        assertThatThrownBy(() -> check(policy, "key", "b")).isInstanceOfSatisfying(S3Exception.class,
                e -> assertThat(e.explanation()).hasValueSatisfying(why -> assertThat(why)
                        .contains("[\"eq\", \"$key\", \"a\"]").contains("the form's key: b")));
    }

    // --- helpers

    static String base64(String json) {
        return Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static PostPolicy policy(String conditions) {
        return policy(conditions, "2030-01-01T00:00:00.000Z");
    }

    private static PostPolicy policy(String conditions, String expiration) {
        return PostPolicy.parse(base64("{\"expiration\": \"" + expiration + "\", \"conditions\": " + conditions + "}"));
    }

    static List<Map.Entry<String, String>> fields(String... namesAndValues) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.add(Map.entry(namesAndValues[i], namesAndValues[i + 1]));
        }
        return fields;
    }

    private static PostPolicyForm form(String... namesAndValues) {
        return new PostPolicyForm(fields(namesAndValues));
    }

    private static void check(PostPolicy policy, String... namesAndValues) {
        policy.check(form(namesAndValues), "b", BEFORE_2016);
    }

    private static void assertAllowed(PostPolicy policy, String... namesAndValues) {
        assertThatCode(() -> check(policy, namesAndValues)).doesNotThrowAnyException();
    }

    static AbstractThrowableAssert<?, ?> assertRefused(ThrowingCallable call, S3ErrorCode code, String message) {
        return assertThatThrownBy(call).isInstanceOfSatisfying(S3Exception.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            if (message != null) {
                assertThat(e.getMessage()).isEqualTo(message);
            }
        });
    }
}
