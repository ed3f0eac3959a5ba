package dev.pail.internal.auth;

import static dev.pail.internal.auth.PostPolicyTest.AWS_EXAMPLE_POLICY;
import static dev.pail.internal.auth.PostPolicyTest.assertRefused;
import static dev.pail.internal.auth.PostPolicyTest.awsExampleForm;
import static dev.pail.internal.auth.PostPolicyTest.fields;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pail.Authentication;
import dev.pail.S3ErrorCode;
import dev.pail.User;
import dev.pail.internal.error.S3Exception;
import dev.pail.recording.AuthMethod;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Who signed a form upload. The vectors are AWS's documented SigV4 example, botocore's presigned
 * POST for a fixed clock, and the classic SigV2 example; each recomputed with Python's {@code hmac}.
 */
class PostPolicySignatureTest {

    private static final String AWS_KEY = "AKIAIOSFODNN7EXAMPLE";
    private static final String AWS_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    /** botocore's generate_presigned_post("sigv4examplebucket", "user/user1/photo.jpg") at 2015-12-29T00:00:00Z. */
    private static final String BOTO_POLICY = "eyJleHBpcmF0aW9uIjogIjIwMTUtMTItMjlUMDE6MDA6MDBaIiwgImNvbmRpdGlvbnMiOiBbeyJidWNrZXQiOiAic2lndjRleGFtcGxlYnVja2V0In0sIHsia2V5IjogInVzZXIvdXNlcjEvcGhvdG8uanBnIn0sIHsieC1hbXotYWxnb3JpdGhtIjogIkFXUzQtSE1BQy1TSEEyNTYifSwgeyJ4LWFtei1jcmVkZW50aWFsIjogIkFLSUFJT1NGT0ROTjdFWEFNUExFLzIwMTUxMjI5L3VzLWVhc3QtMS9zMy9hd3M0X3JlcXVlc3QifSwgeyJ4LWFtei1kYXRlIjogIjIwMTUxMjI5VDAwMDAwMFoifV19";
    /** The SigV2 example policy of the old developer guide (not strict JSON: it ends with a trailing comma). */
    private static final String V2_POLICY = "eyAiZXhwaXJhdGlvbiI6ICIyMDA3LTEyLTAxVDEyOjAwOjAwLjAwMFoiLAogICJjb25kaXRpb25zIjogWwogICAgeyJidWNrZXQiOiAiam9obnNtaXRoIiB9LAogICAgWyJzdGFydHMtd2l0aCIsICIka2V5IiwgInVzZXIvZXJpYy8iXSwKICAgIHsiYWNsIjogInB1YmxpYy1yZWFkIiB9LAogICAgeyJyZWRpcmVjdCI6ICJodHRwOi8vam9obnNtaXRoLnMzLmFtYXpvbmF3cy5jb20vc3VjY2Vzc2Z1bF91cGxvYWQuaHRtbCIgfSwKICAgIFsic3RhcnRzLXdpdGgiLCAiJENvbnRlbnQtVHlwZSIsICJpbWFnZS8iXSwKICAgIHsieC1hbXotbWV0YS11dWlkIjogIjE0MzY1MTIzNjUxMjc0In0sCiAgICBbInN0YXJ0cy13aXRoIiwgIiR4LWFtei1tZXRhLXRhZyIsICIiXSwKICBdCn0K";
    private static final String V2_KEY = "15B4D3461F177624206A";
    private static final String V2_SECRET = "uV3F3YluFJax1cknvbcGwgjvx4QpvB+leU8dUj2o";

    private static final UserDirectory USERS = new UserDirectory(List.of(User.defaultUser(), User.of(AWS_KEY, AWS_SECRET),
            User.of(V2_KEY, V2_SECRET)));
    private static final PostPolicySignature STRICT = new PostPolicySignature(USERS, Authentication.STRICT);
    private static final PostPolicySignature LENIENT = new PostPolicySignature(USERS, Authentication.LENIENT);
    private static final Optional<String> US_EAST_1 = Optional.of("us-east-1");

    @Test
    void awsDocumentedSigV4ExampleVerifies() {
        AuthResult result = STRICT.verify(new PostPolicyForm(awsExampleForm()), US_EAST_1);

        assertThat(result.principal().accessKeyId()).contains(AWS_KEY);
        assertThat(result.principal().method()).isEqualTo(AuthMethod.POST_POLICY);
        assertThat(result.detail()).isEmpty();
    }

    @Test
    void botocorePresignedPostVerifies() {
        AuthResult result = STRICT.verify(new PostPolicyForm(botoForm("3364624b39010d9b06f5d9b8c9a18a6e478d261c048159c92f2fd6fa885f14e6")),
                US_EAST_1);
        assertThat(result.principal().accessKeyId()).contains(AWS_KEY);
    }

    @Test
    void signatureHexMatchesInAnyCase() {
        AuthResult result = STRICT.verify(new PostPolicyForm(botoForm("3364624B39010D9B06F5D9B8C9A18A6E478D261C048159C92F2FD6FA885F14E6")),
                US_EAST_1);
        assertThat(result.principal().accessKeyId()).contains(AWS_KEY);
    }

    @Test
    void aWrongSigV4SignatureIsRefusedWithWhatS3Signed() {
        String wrong = "0000000000000000000000000000000000000000000000000000000000000000";
        assertRefused(() -> STRICT.verify(new PostPolicyForm(botoForm(wrong)), US_EAST_1), S3ErrorCode.SIGNATURE_DOES_NOT_MATCH,
                "The request signature we calculated does not match the signature you provided. Check your key and signing method.")
                .satisfies(e -> assertThat(((S3Exception) e).details()).containsExactly(
                        Map.entry("AWSAccessKeyId", AWS_KEY), Map.entry("StringToSign", BOTO_POLICY),
                        Map.entry("SignatureProvided", wrong),
                        Map.entry("StringToSignBytes", CanonicalRequest.bytes(BOTO_POLICY))));
    }

    @Test
    void aTruncatedPolicyFailsItsSignatureBeforeItIsRead() {
        List<Map.Entry<String, String>> form = replace(botoForm("3364624b39010d9b06f5d9b8c9a18a6e478d261c048159c92f2fd6fa885f14e6"),
                "policy", BOTO_POLICY.substring(0, BOTO_POLICY.length() - 2));
        assertRefused(() -> STRICT.verify(new PostPolicyForm(form), US_EAST_1), S3ErrorCode.SIGNATURE_DOES_NOT_MATCH, null);
    }

    @Test
    void classicSigV2ExampleVerifiesThoughItsPolicyIsNotJson() {
        PostPolicyForm form = new PostPolicyForm(fields("key", "user/eric/a.jpg", "AWSAccessKeyId", V2_KEY,
                "policy", V2_POLICY, "signature", "2qCp0odXe7A9IYyUVqn0w2adtCA="));

        AuthResult result = STRICT.verify(form, US_EAST_1);

        assertThat(result.principal().accessKeyId()).contains(V2_KEY);
        assertThat(result.principal().method()).isEqualTo(AuthMethod.POST_POLICY);
        assertRefused(() -> PostPolicy.parse(V2_POLICY), S3ErrorCode.INVALID_POLICY_DOCUMENT, "Invalid Policy: Invalid JSON.");
    }

    @Test
    void sigV2UnderAnotherSecretIsRefused() {
        PostPolicyForm form = new PostPolicyForm(fields("AWSAccessKeyId", AWS_KEY, "Policy", AWS_EXAMPLE_POLICY,
                "Signature", "2qCp0odXe7A9IYyUVqn0w2adtCA="));
        assertRefused(() -> STRICT.verify(form, US_EAST_1), S3ErrorCode.SIGNATURE_DOES_NOT_MATCH, null);
        PostPolicyForm right = new PostPolicyForm(fields("awsaccesskeyid", AWS_KEY, "Policy", AWS_EXAMPLE_POLICY,
                "Signature", "QyigO3Da7gYxPW1IXllc6C7gI74="));
        assertThat(STRICT.verify(right, US_EAST_1).principal().accessKeyId()).contains(AWS_KEY);
    }

    @Test
    void anUnknownKeyIsRefusedInStrictModeAndServedAsTheDefaultUserInLenient() {
        List<Map.Entry<String, String>> form = replace(awsExampleForm(), "X-Amz-Credential",
                "AKIDUNKNOWN/20151229/us-east-1/s3/aws4_request");

        assertRefused(() -> STRICT.verify(new PostPolicyForm(form), US_EAST_1), S3ErrorCode.INVALID_ACCESS_KEY_ID, null)
                .satisfies(e -> assertThat(((S3Exception) e).details()).containsEntry("AWSAccessKeyId", "AKIDUNKNOWN"));
        AuthResult lenient = LENIENT.verify(new PostPolicyForm(form), US_EAST_1);
        assertThat(lenient.principal().accessKeyId()).contains(User.DEFAULT_ACCESS_KEY_ID);
        assertThat(lenient.detail()).hasValueSatisfying(d -> assertThat(d).contains("AKIDUNKNOWN"));
    }

    @Test
    void anUnsignedFormIsAnonymousInStrictModeAndTheDefaultUserInLenient() {
        PostPolicyForm form = new PostPolicyForm(fields("key", "a", "policy", AWS_EXAMPLE_POLICY));

        assertThat(PostPolicySignature.isSigned(form)).isFalse();
        assertThat(STRICT.verify(form, US_EAST_1).principal().isAnonymous()).isTrue();
        AuthResult lenient = LENIENT.verify(form, US_EAST_1);
        assertThat(lenient.principal().accessKeyId()).contains(User.DEFAULT_ACCESS_KEY_ID);
        assertThat(lenient.principal().method()).isEqualTo(AuthMethod.UNSIGNED);
    }

    @Test
    void missingSignaturePiecesAreNamedAsS3NamesThem() {
        assertMissing(remove(awsExampleForm(), "X-Amz-Signature"), "X-Amz-Signature");
        assertMissing(remove(remove(awsExampleForm(), "X-Amz-Algorithm"), "X-Amz-Credential"), "X-Amz-Algorithm");
        assertMissing(remove(awsExampleForm(), "Policy"), "Policy");
        assertMissing(fields("AWSAccessKeyId", AWS_KEY, "policy", "p"), "Signature");
        assertMissing(fields("signature", "s", "policy", "p"), "AWSAccessKeyId");
    }

    @Test
    void aCredentialForAnotherRegionIsRefusedNamingTheBucketsRegion() {
        assertRefused(() -> STRICT.verify(new PostPolicyForm(awsExampleForm()), Optional.of("eu-west-1")),
                S3ErrorCode.INVALID_ARGUMENT, "the region 'us-east-1' is wrong; expecting 'eu-west-1'")
                .satisfies(e -> assertThat(((S3Exception) e).details()).containsEntry("ArgumentName", "X-Amz-Credential")
                        .containsEntry("Region", "eu-west-1"));
    }

    @Test
    void malformedPiecesAreInvalidArguments() {
        assertRefused(() -> verify(replace(awsExampleForm(), "X-Amz-Algorithm", "AWS4-HMAC-SHA512")),
                S3ErrorCode.INVALID_ARGUMENT, "X-Amz-Algorithm only supports \"AWS4-HMAC-SHA256\"");
        assertRefused(() -> verify(replace(awsExampleForm(), "X-Amz-Credential", "AKIAIOSFODNN7EXAMPLE/20151229")),
                S3ErrorCode.INVALID_ARGUMENT, "the Credential is mal-formed; expecting \"<YOUR-AKID>/YYYYMMDD/REGION/SERVICE/aws4_request\".");
        assertRefused(() -> verify(replace(awsExampleForm(), "X-Amz-Credential", "/20151229/us-east-1/s3/aws4_request")),
                S3ErrorCode.INVALID_ARGUMENT, "a non-empty Access Key (AKID) must be provided in the credential.");
        assertRefused(() -> verify(replace(awsExampleForm(), "X-Amz-Date", "2015-12-29")),
                S3ErrorCode.INVALID_ARGUMENT, "X-Amz-Date must be formated via ISO8601 Long format");
        assertRefused(() -> verify(replace(awsExampleForm(), "X-Amz-Credential", AWS_KEY + "/20151229/us-east-1/ec2/aws4_request")),
                S3ErrorCode.INVALID_ARGUMENT, "incorrect service \"ec2\". This endpoint belongs to \"s3\".");
    }

    // --- helpers

    private static AuthResult verify(List<Map.Entry<String, String>> form) {
        return STRICT.verify(new PostPolicyForm(form), US_EAST_1);
    }

    private static void assertMissing(List<Map.Entry<String, String>> form, String name) {
        assertRefused(() -> STRICT.verify(new PostPolicyForm(form), US_EAST_1), S3ErrorCode.INVALID_ARGUMENT,
                "Bucket POST must contain a field named '" + name + "'.  If it is specified, please check the order of the fields.")
                .satisfies(e -> assertThat(((S3Exception) e).details()).containsEntry("ArgumentName", name)
                        .containsEntry("ArgumentValue", ""));
    }

    private static List<Map.Entry<String, String>> botoForm(String signature) {
        return fields("key", "user/user1/photo.jpg", "x-amz-algorithm", "AWS4-HMAC-SHA256",
                "x-amz-credential", AWS_KEY + "/20151229/us-east-1/s3/aws4_request", "x-amz-date", "20151229T000000Z",
                "policy", BOTO_POLICY, "x-amz-signature", signature);
    }

    private static List<Map.Entry<String, String>> replace(List<Map.Entry<String, String>> form, String name, String value) {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        form.forEach(f -> out.add(f.getKey().equalsIgnoreCase(name) ? Map.entry(f.getKey(), value) : f));
        return out;
    }

    private static List<Map.Entry<String, String>> remove(List<Map.Entry<String, String>> form, String name) {
        List<Map.Entry<String, String>> out = new ArrayList<>(form);
        out.removeIf(f -> f.getKey().equalsIgnoreCase(name));
        return out;
    }
}
