package dev.pail.internal.auth;

import dev.pail.Authentication;
import dev.pail.S3ErrorCode;
import dev.pail.User;
import dev.pail.internal.error.S3Exception;
import dev.pail.recording.AuthMethod;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Who signed a browser form upload. The string signed is the {@code policy} field exactly as sent:
 * SigV4 ({@code x-amz-algorithm}, {@code x-amz-credential}, {@code x-amz-date},
 * {@code x-amz-signature} = hex HMAC-SHA256 of it under the credential's signing key) or SigV2
 * ({@code AWSAccessKeyId}, {@code signature} = base64 HMAC-SHA1 of it under the secret). A form
 * with neither is anonymous, its policy (if any) unsigned and ignored. A known key is verified in
 * both modes; an unknown key is refused in STRICT mode and served as the default user in LENIENT.
 */
public final class PostPolicySignature {

    private final Authenticator authenticator;

    /**
     * @param users the server's users
     * @param mode  how strictly requests are authenticated
     */
    public PostPolicySignature(UserDirectory users, Authentication mode) {
        this.authenticator = new Authenticator(Objects.requireNonNull(users, "users"), Objects.requireNonNull(mode, "mode"));
    }

    /** Whether the form carries a signature (SigV4 or SigV2 pieces); if not, it is anonymous. */
    public static boolean isSigned(PostPolicyForm form) {
        return isSigV4(form) || form.has("awsaccesskeyid") || form.has("signature");
    }

    private static boolean isSigV4(PostPolicyForm form) {
        return form.has("x-amz-algorithm") || form.has("x-amz-credential") || form.has("x-amz-date")
                || form.has("x-amz-signature");
    }

    /**
     * Establishes who the form is from.
     *
     * @param form           the fields before the file
     * @param expectedRegion the region of the bucket, which a SigV4 credential must name
     * @return the principal (anonymous for an unsigned form in STRICT mode), with the lenient detail if any
     * @throws S3Exception 400 {@code InvalidArgument} for missing or malformed pieces, 403
     *         {@code InvalidAccessKeyId} (STRICT) or {@code SignatureDoesNotMatch}
     */
    public AuthResult verify(PostPolicyForm form, Optional<String> expectedRegion) {
        if (isSigV4(form)) {
            return sigV4(form, expectedRegion);
        }
        if (isSigned(form)) {
            return sigV2(form);
        }
        AuthResult unsigned = authenticator.unsigned();
        return new AuthResult(unsigned.principal(), Optional.empty(), form.has("policy")
                ? Optional.of("the form has a policy but no signature: it is anonymous, its policy ignored")
                : Optional.empty());
    }

    private AuthResult sigV4(PostPolicyForm form, Optional<String> expectedRegion) {
        String algorithm = form.required("X-Amz-Algorithm");
        String credentialText = form.required("X-Amz-Credential");
        String amzDate = form.required("X-Amz-Date");
        String signature = form.required("X-Amz-Signature");
        String policy = form.required("Policy");
        if (!SigV4Request.ALGORITHM.equals(algorithm.strip())) {
            throw S3Exception.invalidArgument("X-Amz-Algorithm only supports \"AWS4-HMAC-SHA256\"", "X-Amz-Algorithm",
                    algorithm).explain("the form's algorithm is " + algorithm);
        }
        Credential credential = credential(credentialText);
        if (AmzDates.parseBasic(amzDate).isEmpty()) {
            throw S3Exception.invalidArgument("X-Amz-Date must be formated via ISO8601 Long format", "X-Amz-Date", amzDate)
                    .explain("the form's x-amz-date is not yyyyMMdd'T'HHmmss'Z': " + amzDate);
        }
        checkScope(credential, credentialText, expectedRegion);
        Optional<User> user = authenticator.known(credential.accessKeyId());
        if (user.isEmpty()) {
            return authenticator.servedAsDefault(credential.accessKeyId(), AuthMethod.POST_POLICY);
        }
        byte[] key = SigningKeys.signingKey(user.get().secretAccessKey(), credential.date(), credential.region(),
                credential.service());
        String expected = SigningKeys.sign(key, policy);
        if (!Hmac.same(expected, signature.strip().toLowerCase(Locale.ROOT))) {
            throw mismatch(user.get(), policy, signature, "SigV4");
        }
        return AuthResult.of(Principal.of(user.get(), AuthMethod.POST_POLICY));
    }

    private AuthResult sigV2(PostPolicyForm form) {
        String accessKeyId = form.required("AWSAccessKeyId");
        String signature = form.required("Signature");
        String policy = form.required("Policy");
        Optional<User> user = authenticator.known(accessKeyId.strip());
        if (user.isEmpty()) {
            return authenticator.servedAsDefault(accessKeyId.strip(), AuthMethod.POST_POLICY);
        }
        String expected = Base64.getEncoder().encodeToString(Hmac.sha1(
                user.get().secretAccessKey().getBytes(StandardCharsets.UTF_8), policy));
        if (!Hmac.same(expected, signature.strip())) {
            throw mismatch(user.get(), policy, signature, "SigV2");
        }
        return AuthResult.of(Principal.of(user.get(), AuthMethod.POST_POLICY));
    }

    private static Credential credential(String text) {
        if (text.strip().startsWith("/")) {
            throw S3Exception.invalidArgument("a non-empty Access Key (AKID) must be provided in the credential.",
                    "X-Amz-Credential", text).explain("the form's credential has no access key id");
        }
        return Credential.parse(text).orElseThrow(() -> S3Exception.invalidArgument("the Credential is mal-formed; "
                + "expecting \"<YOUR-AKID>/YYYYMMDD/REGION/SERVICE/aws4_request\".", "X-Amz-Credential", text)
                .explain("the form's credential is not AKID/date/region/service/aws4_request: " + text));
    }

    /** The scope as S3 checks a form's: the bucket's region, service {@code s3}, terminal {@code aws4_request}. */
    private static void checkScope(Credential credential, String text, Optional<String> expectedRegion) {
        if (expectedRegion.isPresent() && !expectedRegion.get().equals(credential.region())) {
            throw S3Exception.invalidArgument("the region '" + credential.region() + "' is wrong; expecting '"
                    + expectedRegion.get() + "'", "X-Amz-Credential", text).detail("Region", expectedRegion.get())
                    .explain("the policy is signed for region " + credential.region() + ", the bucket is in "
                            + expectedRegion.get());
        }
        if (!credential.date().matches("[0-9]{8}")) {
            throw S3Exception.invalidArgument("incorrect date format \"" + credential.date()
                    + "\". This date in the credential must be in the format \"yyyyMMdd\".", "X-Amz-Credential", text);
        }
        if (!"s3".equals(credential.service())) {
            throw S3Exception.invalidArgument("incorrect service \"" + credential.service()
                    + "\". This endpoint belongs to \"s3\".", "X-Amz-Credential", text);
        }
        if (!"aws4_request".equals(credential.terminal())) {
            throw S3Exception.invalidArgument("incorrect terminal \"" + credential.terminal()
                    + "\". This endpoint uses \"aws4_request\".", "X-Amz-Credential", text);
        }
    }

    private static S3Exception mismatch(User user, String policy, String provided, String version) {
        return new S3Exception(S3ErrorCode.SIGNATURE_DOES_NOT_MATCH, "The request signature we calculated does not "
                + "match the signature you provided. Check your key and signing method.")
                .detail("AWSAccessKeyId", user.accessKeyId())
                .detail("StringToSign", policy)
                .detail("SignatureProvided", provided)
                .detail("StringToSignBytes", CanonicalRequest.bytes(policy))
                .explain(version + " policy signature mismatch for " + user.accessKeyId()
                        + ": the client signed another policy text or used another secret");
    }
}
