package dev.pail.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.pail.Authentication;
import dev.pail.S3ErrorCode;
import dev.pail.User;
import dev.pail.internal.error.S3Exception;
import dev.pail.recording.AuthMethod;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SigV4 verification against the examples of AWS's S3 API reference, which Pail did not produce:
 * <ul>
 *   <li>"Signature Calculations for the Authorization Header: Transferring Payload in a Single Chunk"
 *       (sig-v4-header-based-auth): GET Object with Range, GET Bucket lifecycle, PUT Object with
 *       x-amz-storage-class and Date, GET Bucket (list objects) with max-keys and prefix;</li>
 *   <li>"Authenticating Requests: Using Query Parameters" (sigv4-query-string-auth): the presigned GET;</li>
 *   <li>"Transferring Payload in Multiple Chunks (Chunked Upload)" (sigv4-streaming): the seed and the
 *       three chunk signatures of a 66560-byte upload of 'a's;</li>
 *   <li>"Signature calculations for trailing headers" (sigv4-streaming-trailers): the same upload with a
 *       signed {@code x-amz-checksum-crc32c} trailer.</li>
 * </ul>
 * All use access key AKIAIOSFODNN7EXAMPLE, the secret wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY, the
 * time 20130524T000000Z and the scope 20130524/us-east-1/s3/aws4_request. The canonical requests,
 * the hashes in the strings to sign and the signatures below are the documented ones; each was
 * re-derived outside Pail (Python's hmac and hashlib) from the documented canonical request, which
 * hashes to the documented value and signs to the documented signature. Requests are given as the
 * server would see them: path and query as sent, header names lower-cased, in the documented order.
 */
class SigV4VectorsTest {

    static final String AKID = "AKIAIOSFODNN7EXAMPLE";
    static final String SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    static final User DOCS_USER = User.of(AKID, SECRET);
    /** First in the directory: the default user of lenient mode. */
    static final User DEFAULT_USER = User.of("default-user", "default-secret");
    static final UserDirectory USERS = new UserDirectory(List.of(DEFAULT_USER, DOCS_USER));

    static final Instant T0 = Instant.parse("2013-05-24T00:00:00Z");
    static final String AMZ_DATE = "20130524T000000Z";
    static final String SCOPE = "20130524/us-east-1/s3/aws4_request";
    static final String CREDENTIAL = AKID + "/" + SCOPE;
    static final String HOST = "examplebucket.s3.amazonaws.com";
    static final Optional<String> BUCKET = Optional.of("examplebucket");
    static final String EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    static final String STS_PREFIX = "AWS4-HMAC-SHA256\n" + AMZ_DATE + "\n" + SCOPE + "\n";

    static final Authenticator STRICT = new Authenticator(USERS, Authentication.STRICT);
    static final Authenticator LENIENT = new Authenticator(USERS, Authentication.LENIENT);

    // ---- the documented header examples ----

    /** A documented example: the request, what it signs and the documented results. */
    record Example(String name, AuthRequest request, String signedHeaders, String payloadHash, String canonical,
                   String canonicalHash, String signature) {

        List<String> signedHeaderList() {
            return List.of(signedHeaders.split(";"));
        }

        String stringToSign() {
            return STS_PREFIX + canonicalHash;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static final String GET_SIGNATURE = "f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41";
    static final String GET_SIGNED = "host;range;x-amz-content-sha256;x-amz-date";
    static final String GET_CANONICAL = String.join("\n",
            "GET",
            "/test.txt",
            "",
            "host:examplebucket.s3.amazonaws.com",
            "range:bytes=0-9",
            "x-amz-content-sha256:" + EMPTY_SHA256,
            "x-amz-date:20130524T000000Z",
            "",
            GET_SIGNED,
            EMPTY_SHA256);
    static final Example GET_OBJECT = new Example("GET Object (Range)",
            request("GET", "/test.txt", "", BUCKET,
                    "host", HOST,
                    "authorization", authorization(GET_SIGNED, GET_SIGNATURE),
                    "range", "bytes=0-9",
                    "x-amz-content-sha256", EMPTY_SHA256,
                    "x-amz-date", AMZ_DATE),
            GET_SIGNED, EMPTY_SHA256, GET_CANONICAL,
            "7344ae5b7ee6c3e7e6b0fe0640412a37625d1fbfff95c48bbb2dc43964946972", GET_SIGNATURE);

    static final String PUT_PAYLOAD_SHA256 = "44ce7dd67c959e0d3524ffac1771dfbba87d2b6b4b4e99e42034a8b803f8b072";
    static final String PUT_SIGNED = "date;host;x-amz-content-sha256;x-amz-date;x-amz-storage-class";
    static final String PUT_SIGNATURE = "98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd";
    static final Example PUT_OBJECT = new Example("PUT Object (x-amz-storage-class, Date)",
            request("PUT", "/test$file.text", "", BUCKET,
                    "host", HOST,
                    "date", "Fri, 24 May 2013 00:00:00 GMT",
                    "authorization", authorization(PUT_SIGNED, PUT_SIGNATURE),
                    "x-amz-date", AMZ_DATE,
                    "x-amz-storage-class", "REDUCED_REDUNDANCY",
                    "x-amz-content-sha256", PUT_PAYLOAD_SHA256),
            PUT_SIGNED, PUT_PAYLOAD_SHA256, String.join("\n",
                    "PUT",
                    "/test%24file.text",
                    "",
                    "date:Fri, 24 May 2013 00:00:00 GMT",
                    "host:examplebucket.s3.amazonaws.com",
                    "x-amz-content-sha256:" + PUT_PAYLOAD_SHA256,
                    "x-amz-date:20130524T000000Z",
                    "x-amz-storage-class:REDUCED_REDUNDANCY",
                    "",
                    PUT_SIGNED,
                    PUT_PAYLOAD_SHA256),
            "9e0e90d9c76de8fa5b200d8c849cd5b8dc7a3be3951ddb7f6a76b4158342019d", PUT_SIGNATURE);

    static final String BUCKET_SIGNED = "host;x-amz-content-sha256;x-amz-date";
    static final String LIFECYCLE_SIGNATURE = "fea454ca298b7da1c68078a5d1bdbfbbe0d65c699e0f91ac7a200a0136783543";
    static final Example GET_LIFECYCLE = new Example("GET Bucket lifecycle (?lifecycle)",
            request("GET", "/", "lifecycle", BUCKET,
                    "host", HOST,
                    "authorization", authorization(BUCKET_SIGNED, LIFECYCLE_SIGNATURE),
                    "x-amz-date", AMZ_DATE,
                    "x-amz-content-sha256", EMPTY_SHA256),
            BUCKET_SIGNED, EMPTY_SHA256, String.join("\n",
                    "GET",
                    "/",
                    "lifecycle=",
                    "host:examplebucket.s3.amazonaws.com",
                    "x-amz-content-sha256:" + EMPTY_SHA256,
                    "x-amz-date:20130524T000000Z",
                    "",
                    BUCKET_SIGNED,
                    EMPTY_SHA256),
            "9766c798316ff2757b517bc739a67f6213b4ab36dd5da2f94eaebf79c77395ca", LIFECYCLE_SIGNATURE);

    static final String LIST_SIGNATURE = "34b48302e7b5fa45bde8084f4b7868a86f0a534bc59db6670ed5711ef69dc6f7";
    static final String LIST_CANONICAL = String.join("\n",
            "GET",
            "/",
            "max-keys=2&prefix=J",
            "host:examplebucket.s3.amazonaws.com",
            "x-amz-content-sha256:" + EMPTY_SHA256,
            "x-amz-date:20130524T000000Z",
            "",
            BUCKET_SIGNED,
            EMPTY_SHA256);
    static final Example LIST_OBJECTS = new Example("GET Bucket (List Objects) ?max-keys=2&prefix=J",
            request("GET", "/", "max-keys=2&prefix=J", BUCKET,
                    "host", HOST,
                    "authorization", authorization(BUCKET_SIGNED, LIST_SIGNATURE),
                    "x-amz-date", AMZ_DATE,
                    "x-amz-content-sha256", EMPTY_SHA256),
            BUCKET_SIGNED, EMPTY_SHA256, LIST_CANONICAL,
            "df57d21db20da04d7fa30298dd4488ba3a2b47ca3a489c74750e0f1e7df1b9b7", LIST_SIGNATURE);

    static Stream<Example> headerExamples() {
        return Stream.of(GET_OBJECT, GET_LIFECYCLE, PUT_OBJECT, LIST_OBJECTS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("headerExamples")
    void canonicalRequestStringToSignAndSignatureAreTheDocumentedOnes(Example example) {
        String canonical = CanonicalRequest.of(example.request(), example.signedHeaderList(), null,
                example.payloadHash());

        assertThat(canonical).isEqualTo(example.canonical());
        assertThat(Hmac.sha256Hex(canonical)).isEqualTo(example.canonicalHash());
        byte[] key = SigningKeys.signingKey(SECRET, "20130524", "us-east-1", "s3");
        assertThat(SigningKeys.sign(key, example.stringToSign())).isEqualTo(example.signature());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("headerExamples")
    void documentedRequestIsAcceptedInStrictMode(Example example) {
        AuthResult result = STRICT.authenticate(example.request(), Optional.empty());

        assertThat(result.principal().user()).contains(DOCS_USER);
        assertThat(result.principal().method()).isEqualTo(AuthMethod.SIGV4_HEADER);
        assertThat(result.chunks()).isEmpty();
        assertThat(result.detail()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("headerExamples")
    void documentedRequestIsAcceptedForItsOwnRegionAndInLenientMode(Example example) {
        assertThat(STRICT.authenticate(example.request(), Optional.of("us-east-1")).principal().user())
                .contains(DOCS_USER);
        AuthResult lenient = LENIENT.authenticate(example.request(), Optional.empty());
        assertThat(lenient.principal().user()).contains(DOCS_USER);
        assertThat(lenient.principal().method()).isEqualTo(AuthMethod.SIGV4_HEADER);
    }

    @Test
    void putPayloadHashIsTheSha256OfTheDocumentedBody() {
        assertThat(Hmac.sha256Hex("Welcome to Amazon S3.")).isEqualTo(PUT_PAYLOAD_SHA256);
        assertThat(Hmac.sha256Hex(new byte[0])).isEqualTo(EMPTY_SHA256);
    }

    @Test
    void putPathSentEncodedCanonicalizesTheSame() {
        AuthRequest encoded = withPath(PUT_OBJECT.request(), "/test%24file.text");

        assertThat(CanonicalRequest.of(encoded, PUT_OBJECT.signedHeaderList(), null, PUT_PAYLOAD_SHA256))
                .isEqualTo(PUT_OBJECT.canonical());
        assertThat(STRICT.authenticate(encoded, Optional.empty()).principal().user()).contains(DOCS_USER);
    }

    @Test
    void authorizationWithBlanksAfterCommasIsAccepted() {
        String spaced = "AWS4-HMAC-SHA256 Credential=" + CREDENTIAL + ", SignedHeaders=" + GET_SIGNED
                + ", Signature=" + GET_SIGNATURE;
        AuthRequest request = withHeader(GET_OBJECT.request(), "authorization", spaced);

        assertThat(STRICT.authenticate(request, Optional.empty()).principal().user()).contains(DOCS_USER);
    }

    @Test
    void signedHeaderValuesAreTrimmedAndInnerBlanksCollapsed() {
        AuthRequest padded = withHeader(withHeader(PUT_OBJECT.request(),
                        "date", "  Fri,  24 May 2013 \t 00:00:00   GMT "),
                "x-amz-storage-class", "\tREDUCED_REDUNDANCY  ");

        assertThat(CanonicalRequest.of(padded, PUT_OBJECT.signedHeaderList(), null, PUT_PAYLOAD_SHA256))
                .isEqualTo(PUT_OBJECT.canonical());
        assertThat(STRICT.authenticate(padded, Optional.empty()).principal().user()).contains(DOCS_USER);
    }

    // ---- tampering ----

    static Stream<Arguments> tamperings() {
        String otherSignature = GET_SIGNATURE.substring(0, 63) + "0";
        return Stream.of(
                Arguments.of("method", withMethod(GET_OBJECT.request(), "HEAD"), GET_SIGNATURE,
                        GET_CANONICAL.replaceFirst("^GET\n", "HEAD\n")),
                Arguments.of("path", withPath(GET_OBJECT.request(), "/test.txt2"), GET_SIGNATURE,
                        GET_CANONICAL.replace("/test.txt\n", "/test.txt2\n")),
                Arguments.of("query parameter added", withQuery(GET_OBJECT.request(), "versionId=1"), GET_SIGNATURE,
                        GET_CANONICAL.replace("/test.txt\n\n", "/test.txt\nversionId=1\n")),
                Arguments.of("query parameter value", withQuery(LIST_OBJECTS.request(), "max-keys=2&prefix=K"),
                        LIST_SIGNATURE, LIST_CANONICAL.replace("prefix=J", "prefix=K")),
                Arguments.of("signed header value", withHeader(GET_OBJECT.request(), "range", "bytes=0-10"),
                        GET_SIGNATURE, GET_CANONICAL.replace("range:bytes=0-9", "range:bytes=0-10")),
                Arguments.of("x-amz-content-sha256",
                        withHeader(GET_OBJECT.request(), "x-amz-content-sha256", "UNSIGNED-PAYLOAD"), GET_SIGNATURE,
                        GET_CANONICAL.replace(EMPTY_SHA256, "UNSIGNED-PAYLOAD")),
                Arguments.of("x-amz-date", withHeader(GET_OBJECT.request(), "x-amz-date", "20130524T000001Z"),
                        GET_SIGNATURE,
                        GET_CANONICAL.replace("x-amz-date:20130524T000000Z", "x-amz-date:20130524T000001Z")),
                Arguments.of("signature", withHeader(GET_OBJECT.request(), "authorization",
                        authorization(GET_SIGNED, otherSignature)), otherSignature, GET_CANONICAL));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tamperings")
    void tamperedElementIsSignatureDoesNotMatchWithWhatPailComputed(String element, AuthRequest tampered,
                                                                   String sentSignature, String expectedCanonical) {
        for (Authenticator authenticator : List.of(STRICT, LENIENT)) {
            S3Exception e = refusal(() -> authenticator.authenticate(tampered, Optional.empty()));

            assertThat(e.code()).isEqualTo(S3ErrorCode.SIGNATURE_DOES_NOT_MATCH);
            assertThat(e.status()).isEqualTo(403);
            assertThat(e.details()).containsKeys("StringToSign", "CanonicalRequest", "CanonicalRequestBytes",
                    "SignatureProvided", "AWSAccessKeyId");
            assertThat(e.details().get("AWSAccessKeyId")).isEqualTo(AKID);
            assertThat(e.details().get("SignatureProvided")).isEqualTo(sentSignature);
            assertThat(e.details().get("CanonicalRequest")).isEqualTo(expectedCanonical);
            assertThat(e.details().get("CanonicalRequestBytes")).isEqualTo(spacedHex(expectedCanonical));
            String timestamp = element.equals("x-amz-date") ? "20130524T000001Z" : AMZ_DATE;
            assertThat(e.details().get("StringToSign")).isEqualTo("AWS4-HMAC-SHA256\n" + timestamp + "\n" + SCOPE
                    + "\n" + Hmac.sha256Hex(expectedCanonical));
            assertThat(e.explanation()).hasValueSatisfying(why -> assertThat(why).contains("signature mismatch"));
        }
    }

    @Test
    void wrongSignatureReportsTheDocumentedStringToSign() {
        AuthRequest tampered = withHeader(LIST_OBJECTS.request(), "authorization",
                authorization(BUCKET_SIGNED, LIFECYCLE_SIGNATURE));

        S3Exception e = refusal(() -> STRICT.authenticate(tampered, Optional.empty()));

        assertThat(e.code()).isEqualTo(S3ErrorCode.SIGNATURE_DOES_NOT_MATCH);
        assertThat(e.details().get("StringToSign")).isEqualTo(LIST_OBJECTS.stringToSign());
        assertThat(e.details().get("CanonicalRequest")).isEqualTo(LIST_CANONICAL);
    }

    @Test
    void anotherSecretIsSignatureDoesNotMatch() {
        UserDirectory otherSecret = new UserDirectory(List.of(User.of(AKID, "not-the-secret")));

        S3Exception e = refusal(() -> new Authenticator(otherSecret, Authentication.STRICT)
                .authenticate(GET_OBJECT.request(), Optional.empty()));

        assertThat(e.code()).isEqualTo(S3ErrorCode.SIGNATURE_DOES_NOT_MATCH);
        assertThat(e.details().get("CanonicalRequest")).isEqualTo(GET_CANONICAL);
        assertThat(e.details().get("StringToSign")).isEqualTo(GET_OBJECT.stringToSign());
    }

    // ---- signed headers ----

    @Test
    void unsignedAmzHeaderIsAccessDenied() {
        AuthRequest request = withHeader(GET_OBJECT.request(), "x-amz-meta-x", "y");

        S3Exception e = refusal(() -> STRICT.authenticate(request, Optional.empty()));

        assertThat(e.code()).isEqualTo(S3ErrorCode.ACCESS_DENIED);
        assertThat(e.status()).isEqualTo(403);
        assertThat(e.getMessage()).isEqualTo("There were headers present in the request which were not signed");
        assertThat(e.details()).containsEntry("HeadersNotSigned", "x-amz-meta-x");
    }

    @Test
    void unsignedNonAmzHeaderIsIgnored() {
        AuthRequest request = withHeader(GET_OBJECT.request(), "user-agent", "test");

        assertThat(STRICT.authenticate(request, Optional.empty()).principal().user()).contains(DOCS_USER);
    }

    @Test
    void hostNotSignedIsRefused() {
        String signed = "range;x-amz-content-sha256;x-amz-date";
        AuthRequest request = withHeader(GET_OBJECT.request(), "authorization", authorization(signed, GET_SIGNATURE));

        S3Exception e = refusal(() -> STRICT.authenticate(request, Optional.empty()));

        assertThat(e.code()).isEqualTo(S3ErrorCode.AUTHORIZATION_HEADER_MALFORMED);
        assertThat(e.status()).isEqualTo(400);
        assertThat(e.getMessage()).contains("host");
    }

    @Test
    void hostNotSignedInPresignedUrlIsRefused() {
        AuthRequest request = withQuery(PRESIGNED, PRESIGNED_QUERY.replace("X-Amz-SignedHeaders=host",
                "X-Amz-SignedHeaders=x-amz-date"));

        S3Exception e = refusal(() -> STRICT.authenticate(request, Optional.empty()));

        assertThat(e.code()).isEqualTo(S3ErrorCode.AUTHORIZATION_QUERY_PARAMETERS_ERROR);
        assertThat(e.status()).isEqualTo(400);
    }

    // ---- credential scope ----

    @Test
    void wrongRegionIsAuthorizationHeaderMalformedNamingTheExpectedRegion() {
        S3Exception e = refusal(() -> STRICT.authenticate(GET_OBJECT.request(), Optional.of("us-west-2")));

        assertThat(e.code()).isEqualTo(S3ErrorCode.AUTHORIZATION_HEADER_MALFORMED);
        assertThat(e.status()).isEqualTo(400);
        assertThat(e.details()).containsEntry("Region", "us-west-2");
        assertThat(e.getMessage()).contains("'us-east-1' is wrong").contains("'us-west-2'");
        assertThat(e.headers()).contains(Map.entry("x-amz-bucket-region", "us-west-2"));
    }

    @Test
    void wrongRegionInPresignedUrlIsQueryParametersError() {
        S3Exception e = refusal(() -> STRICT.authenticate(PRESIGNED, Optional.of("us-west-2")));

        assertThat(e.code()).isEqualTo(S3ErrorCode.AUTHORIZATION_QUERY_PARAMETERS_ERROR);
        assertThat(e.details()).containsEntry("Region", "us-west-2");
    }

    @Test
    void wrongServiceIsAuthorizationHeaderMalformed() {
        S3Exception e = refusal(() -> STRICT.authenticate(withCredential(GET_OBJECT,
                AKID + "/20130524/us-east-1/iam/aws4_request"), Optional.empty()));

        assertThat(e.code()).isEqualTo(S3ErrorCode.AUTHORIZATION_HEADER_MALFORMED);
        assertThat(e.status()).isEqualTo(400);
        assertThat(e.getMessage()).contains("incorrect service \"iam\"");
    }

    @Test
    void credentialDateOtherThanTheRequestDateIsAuthorizationHeaderMalformed() {
        S3Exception e = refusal(() -> STRICT.authenticate(withCredential(GET_OBJECT,
                AKID + "/20130523/us-east-1/s3/aws4_request"), Optional.empty()));

        assertThat(e.code()).isEqualTo(S3ErrorCode.AUTHORIZATION_HEADER_MALFORMED);
        assertThat(e.getMessage()).contains("Invalid credential date \"20130523\"").contains("\"20130524\"");
    }

    @Test
    void wrongTerminatorIsAuthorizationHeaderMalformed() {
        S3Exception e = refusal(() -> STRICT.authenticate(withCredential(GET_OBJECT,
                AKID + "/20130524/us-east-1/s3/aws5_request"), Optional.empty()));

        assertThat(e.code()).isEqualTo(S3ErrorCode.AUTHORIZATION_HEADER_MALFORMED);
        assertThat(e.getMessage()).contains("aws5_request");
    }

    @ParameterizedTest
    @ValueSource(strings = {"AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3",
        "AKIAIOSFODNN7EXAMPLE//us-east-1/s3/aws4_request",
        "AKIAIOSFODNN7EXAMPLE"})
    void malformedCredentialIsAuthorizationHeaderMalformed(String credential) {
        S3Exception e = refusal(() -> STRICT.authenticate(withCredential(GET_OBJECT, credential), Optional.empty()));

        assertThat(e.code()).isEqualTo(S3ErrorCode.AUTHORIZATION_HEADER_MALFORMED);
        assertThat(e.status()).isEqualTo(400);
    }

    @Test
    void authorizationWithoutSignatureIsAuthorizationHeaderMalformed() {
        AuthRequest request = withHeader(GET_OBJECT.request(), "authorization",
                "AWS4-HMAC-SHA256 Credential=" + CREDENTIAL + ",SignedHeaders=" + GET_SIGNED);

        S3Exception e = refusal(() -> STRICT.authenticate(request, Optional.empty()));

        assertThat(e.code()).isEqualTo(S3ErrorCode.AUTHORIZATION_HEADER_MALFORMED);
        assertThat(e.getMessage()).contains("'Signature'");
    }

    // ---- access keys ----

    @Test
    void unknownAccessKeyIsInvalidAccessKeyIdInStrictMode() {
        AuthRequest request = withCredential(GET_OBJECT, "AKIDUNKNOWNEXAMPLE/" + SCOPE);

        S3Exception e = refusal(() -> STRICT.authenticate(request, Optional.empty()));

        assertThat(e.code()).isEqualTo(S3ErrorCode.INVALID_ACCESS_KEY_ID);
        assertThat(e.status()).isEqualTo(403);
        assertThat(e.details()).containsEntry("AWSAccessKeyId", "AKIDUNKNOWNEXAMPLE");
    }

    @Test
    void unknownAccessKeyIsTheDefaultUserInLenientMode() {
        AuthRequest request = withCredential(GET_OBJECT, "AKIDUNKNOWNEXAMPLE/" + SCOPE);

        AuthResult result = LENIENT.authenticate(request, Optional.empty());

        assertThat(result.principal().user()).contains(DEFAULT_USER);
        assertThat(result.principal().method()).isEqualTo(AuthMethod.SIGV4_HEADER);
        assertThat(result.detail()).hasValueSatisfying(d -> assertThat(d).contains("AKIDUNKNOWNEXAMPLE"));
    }

    @Test
    void unknownAccessKeyInPresignedUrlIsTheDefaultUserInLenientMode() {
        AuthRequest request = withQuery(PRESIGNED,
                PRESIGNED_QUERY.replace("AKIAIOSFODNN7EXAMPLE", "AKIDUNKNOWNEXAMPLE"));

        assertThat(refusal(() -> STRICT.authenticate(request, Optional.empty())).code())
                .isEqualTo(S3ErrorCode.INVALID_ACCESS_KEY_ID);
        AuthResult lenient = LENIENT.authenticate(request, Optional.empty());
        assertThat(lenient.principal().user()).contains(DEFAULT_USER);
        assertThat(lenient.principal().method()).isEqualTo(AuthMethod.SIGV4_PRESIGNED);
    }

    // ---- time ----

    @Test
    void requestSixteenMinutesFromTheSystemClockIsTooSkewedInStrictMode() {
        for (Duration offset : List.of(Duration.ofMinutes(16), Duration.ofMinutes(-16))) {
            AuthRequest request = at(GET_OBJECT.request(), T0.plus(offset), T0.plus(offset));

            S3Exception e = refusal(() -> STRICT.authenticate(request, Optional.empty()));

            assertThat(e.code()).isEqualTo(S3ErrorCode.REQUEST_TIME_TOO_SKEWED);
            assertThat(e.status()).isEqualTo(403);
            assertThat(e.details()).containsEntry("RequestTime", AMZ_DATE)
                    .containsEntry("ServerTime", AmzDates.iso(T0.plus(offset)))
                    .containsEntry("MaxAllowedSkewMilliseconds", "900000");
        }
    }

    @Test
    void skewIsAcceptedInLenientModeAndUpToFifteenMinutesInStrictMode() {
        AuthRequest skewed = at(GET_OBJECT.request(), T0, T0.plus(Duration.ofMinutes(16)));
        assertThat(LENIENT.authenticate(skewed, Optional.empty()).principal().user()).contains(DOCS_USER);

        AuthRequest fifteen = at(GET_OBJECT.request(), T0, T0.plus(Duration.ofMinutes(15)));
        assertThat(STRICT.authenticate(fifteen, Optional.empty()).principal().user()).contains(DOCS_USER);
    }

    @Test
    void skewOfTheDateHeaderIsCheckedToo() {
        // the PUT example sends both Date and x-amz-date: x-amz-date is the request time
        AuthRequest request = at(PUT_OBJECT.request(), T0.plus(Duration.ofMinutes(16)), T0.plus(Duration.ofMinutes(16)));

        S3Exception e = refusal(() -> STRICT.authenticate(request, Optional.empty()));

        assertThat(e.code()).isEqualTo(S3ErrorCode.REQUEST_TIME_TOO_SKEWED);
        assertThat(e.details()).containsEntry("RequestTime", AMZ_DATE);
    }

    @Test
    void aRequestSignedByTheClockATestMovedIsNotSkewed() {
        // an SDK that read the moved server clock from a 403's Date header signs with it
        AuthRequest request = at(GET_OBJECT.request(), T0, T0.plus(Duration.ofDays(3)));
        assertThat(STRICT.authenticate(request, Optional.empty()).principal().user()).contains(DOCS_USER);
    }

    @Test
    void serverTimeDoesNotMatterForHeaderAuthentication() {
        AuthRequest request = at(GET_OBJECT.request(), Instant.parse("2030-01-01T00:00:00Z"), T0);

        assertThat(STRICT.authenticate(request, Optional.empty()).principal().user()).contains(DOCS_USER);
    }

    @Test
    void noDateAtAllIsAccessDenied() {
        AuthRequest request = withHeader(GET_OBJECT.request(), "x-amz-date", null);
        assertThat(request.header("date")).isEmpty();

        S3Exception e = refusal(() -> STRICT.authenticate(request, Optional.empty()));

        assertThat(e.code()).isEqualTo(S3ErrorCode.ACCESS_DENIED);
        assertThat(e.status()).isEqualTo(403);
        assertThat(e.getMessage()).contains("Date or x-amz-date");
    }

    @Test
    void unparseableAmzDateIsAccessDenied() {
        AuthRequest request = withHeader(GET_OBJECT.request(), "x-amz-date", "Fri, 24 May 2013 00:00:00 GMT");

        S3Exception e = refusal(() -> STRICT.authenticate(request, Optional.empty()));

        assertThat(e.code()).isEqualTo(S3ErrorCode.ACCESS_DENIED);
    }

    @Test
    void missingContentSha256IsInvalidRequest() {
        AuthRequest request = withHeader(GET_OBJECT.request(), "x-amz-content-sha256", null);

        S3Exception e = refusal(() -> STRICT.authenticate(request, Optional.empty()));

        assertThat(e.code()).isEqualTo(S3ErrorCode.INVALID_REQUEST);
        assertThat(e.status()).isEqualTo(400);
        assertThat(e.getMessage()).contains("x-amz-content-sha256");
    }

    // ---- presigned URL ----

    static final String PRESIGNED_SIGNATURE = "aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404";
    static final String PRESIGNED_QUERY = "X-Amz-Algorithm=AWS4-HMAC-SHA256"
            + "&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1%2Fs3%2Faws4_request"
            + "&X-Amz-Date=20130524T000000Z"
            + "&X-Amz-Expires=86400"
            + "&X-Amz-SignedHeaders=host"
            + "&X-Amz-Signature=" + PRESIGNED_SIGNATURE;
    static final AuthRequest PRESIGNED = request("GET", "/test.txt", PRESIGNED_QUERY, BUCKET, "host", HOST);
    static final String PRESIGNED_CANONICAL = String.join("\n",
            "GET",
            "/test.txt",
            "X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1%2Fs3%2F"
                    + "aws4_request&X-Amz-Date=20130524T000000Z&X-Amz-Expires=86400&X-Amz-SignedHeaders=host",
            "host:examplebucket.s3.amazonaws.com",
            "",
            "host",
            "UNSIGNED-PAYLOAD");
    static final String PRESIGNED_STRING_TO_SIGN =
            STS_PREFIX + "3bfa292879f6447bbcda7001decf97f4a54dc650c8942174ae0a9121cf58ad04";

    @Test
    void presignedCanonicalRequestIsTheDocumentedOne() {
        String canonical = CanonicalRequest.of(PRESIGNED, List.of("host"), "X-Amz-Signature", "UNSIGNED-PAYLOAD");

        assertThat(canonical).isEqualTo(PRESIGNED_CANONICAL);
        assertThat(STS_PREFIX + Hmac.sha256Hex(canonical)).isEqualTo(PRESIGNED_STRING_TO_SIGN);
        assertThat(SigningKeys.sign(SigningKeys.signingKey(SECRET, "20130524", "us-east-1", "s3"),
                PRESIGNED_STRING_TO_SIGN)).isEqualTo(PRESIGNED_SIGNATURE);
    }

    @Test
    void presignedExampleIsAcceptedUntilItExpires() {
        for (Instant now : List.of(T0, T0.plusSeconds(3600), T0.plusSeconds(86_400))) {
            AuthResult result = STRICT.authenticate(at(PRESIGNED, now, now), Optional.empty());

            assertThat(result.principal().user()).contains(DOCS_USER);
            assertThat(result.principal().method()).isEqualTo(AuthMethod.SIGV4_PRESIGNED);
            assertThat(result.chunks()).isEmpty();
        }
    }

    @Test
    void presignedExpiryIsJudgedByTheServerClockNotTheSystemClock() {
        AuthRequest systemLate = at(PRESIGNED, T0, T0.plus(Duration.ofDays(30)));
        assertThat(STRICT.authenticate(systemLate, Optional.empty()).principal().user()).contains(DOCS_USER);

        AuthRequest serverLate = at(PRESIGNED, T0.plusSeconds(86_401), T0);
        assertThat(refusal(() -> STRICT.authenticate(serverLate, Optional.empty())).code())
                .isEqualTo(S3ErrorCode.ACCESS_DENIED);
    }

    @Test
    void presignedExampleAfterItsExpiryIsAccessDenied() {
        Instant now = T0.plusSeconds(86_401);
        for (Authenticator authenticator : List.of(STRICT, LENIENT)) {
            S3Exception e = refusal(() -> authenticator.authenticate(at(PRESIGNED, now, now), Optional.empty()));

            assertThat(e.code()).isEqualTo(S3ErrorCode.ACCESS_DENIED);
            assertThat(e.status()).isEqualTo(403);
            assertThat(e.getMessage()).isEqualTo("Request has expired");
            assertThat(e.details()).containsEntry("X-Amz-Expires", "86400")
                    .containsEntry("Expires", "2013-05-25T00:00:00Z")
                    .containsEntry("ServerTime", "2013-05-25T00:00:01Z");
            assertThat(e.explanation()).hasValueSatisfying(why -> assertThat(why).contains("expired"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"604801", "-1", "abc", ""})
    void invalidExpiresIsAuthorizationQueryParametersError(String expires) {
        AuthRequest request = withQuery(PRESIGNED,
                PRESIGNED_QUERY.replace("X-Amz-Expires=86400", "X-Amz-Expires=" + expires));

        S3Exception e = refusal(() -> STRICT.authenticate(request, Optional.empty()));

        assertThat(e.code()).isEqualTo(S3ErrorCode.AUTHORIZATION_QUERY_PARAMETERS_ERROR);
        assertThat(e.status()).isEqualTo(400);
    }

    @Test
    void sevenDaysIsAValidExpiryButNotTheSignedOne() {
        AuthRequest request = withQuery(PRESIGNED,
                PRESIGNED_QUERY.replace("X-Amz-Expires=86400", "X-Amz-Expires=604800"));

        S3Exception e = refusal(() -> STRICT.authenticate(request, Optional.empty()));

        assertThat(e.code()).isEqualTo(S3ErrorCode.SIGNATURE_DOES_NOT_MATCH);
        assertThat(e.details().get("CanonicalRequest")).isEqualTo(
                PRESIGNED_CANONICAL.replace("X-Amz-Expires=86400", "X-Amz-Expires=604800"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"X-Amz-Credential", "X-Amz-Date", "X-Amz-SignedHeaders", "X-Amz-Expires"})
    void missingPresignedParameterIsAuthorizationQueryParametersError(String parameter) {
        String query = Arrays.stream(PRESIGNED_QUERY.split("&")).filter(p -> !p.startsWith(parameter + "="))
                .reduce((a, b) -> a + "&" + b).orElseThrow();
        AuthRequest request = withQuery(PRESIGNED, query);

        S3Exception e = refusal(() -> STRICT.authenticate(request, Optional.empty()));

        assertThat(e.code()).isEqualTo(S3ErrorCode.AUTHORIZATION_QUERY_PARAMETERS_ERROR);
        assertThat(e.status()).isEqualTo(400);
    }

    @Test
    void otherPresignedAlgorithmIsAuthorizationQueryParametersError() {
        AuthRequest request = withQuery(PRESIGNED, PRESIGNED_QUERY.replace("AWS4-HMAC-SHA256", "AWS4-HMAC-SHA1"));

        assertThat(refusal(() -> STRICT.authenticate(request, Optional.empty())).code())
                .isEqualTo(S3ErrorCode.AUTHORIZATION_QUERY_PARAMETERS_ERROR);
    }

    @Test
    void tamperedPresignedUrlIsSignatureDoesNotMatch() {
        AuthRequest otherPath = withPath(PRESIGNED, "/test2.txt");

        S3Exception e = refusal(() -> STRICT.authenticate(otherPath, Optional.empty()));

        assertThat(e.code()).isEqualTo(S3ErrorCode.SIGNATURE_DOES_NOT_MATCH);
        assertThat(e.details().get("CanonicalRequest"))
                .isEqualTo(PRESIGNED_CANONICAL.replace("/test.txt", "/test2.txt"));
        assertThat(e.details().get("SignatureProvided")).isEqualTo(PRESIGNED_SIGNATURE);

        String otherSignature = PRESIGNED_SIGNATURE.replace("aeeed9", "aeeed8");
        AuthRequest otherSig = withQuery(PRESIGNED, PRESIGNED_QUERY.replace(PRESIGNED_SIGNATURE, otherSignature));
        S3Exception e2 = refusal(() -> STRICT.authenticate(otherSig, Optional.empty()));
        assertThat(e2.code()).isEqualTo(S3ErrorCode.SIGNATURE_DOES_NOT_MATCH);
        assertThat(e2.details().get("CanonicalRequest")).isEqualTo(PRESIGNED_CANONICAL);
        assertThat(e2.details().get("StringToSign")).isEqualTo(PRESIGNED_STRING_TO_SIGN);
        assertThat(e2.details().get("SignatureProvided")).isEqualTo(otherSignature);
    }

    @Test
    void headerAndQuerySignaturesTogetherAreInvalidArgument() {
        AuthRequest both = withHeader(PRESIGNED, "authorization",
                GET_OBJECT.request().header("authorization").orElseThrow());

        S3Exception e = refusal(() -> STRICT.authenticate(both, Optional.empty()));

        assertThat(e.code()).isEqualTo(S3ErrorCode.INVALID_ARGUMENT);
        assertThat(e.status()).isEqualTo(400);
        assertThat(e.details()).containsEntry("ArgumentName", "Authorization");
    }

    // ---- unsigned ----

    @Test
    void unsignedRequestIsAnonymousInStrictModeAndTheDefaultUserInLenientMode() {
        AuthRequest unsigned = request("GET", "/test.txt", "", BUCKET, "host", HOST);

        AuthResult strict = STRICT.authenticate(unsigned, Optional.of("us-west-2"));
        assertThat(strict.principal().isAnonymous()).isTrue();
        assertThat(strict.principal().method()).isEqualTo(AuthMethod.UNSIGNED);

        AuthResult lenient = LENIENT.authenticate(unsigned, Optional.empty());
        assertThat(lenient.principal().user()).contains(DEFAULT_USER);
        assertThat(lenient.principal().method()).isEqualTo(AuthMethod.UNSIGNED);
    }

    // ---- chunked upload ----

    static final String CHUNKED_SEED = "4f232c4386841ef735655705268965c44a0e4690baa4adea153f7db9fa80a0a9";
    static final String CHUNKED_SIGNED =
            "content-encoding;content-length;host;x-amz-content-sha256;x-amz-date;x-amz-decoded-content-length;"
                    + "x-amz-storage-class";
    static final List<String> CHUNK_SIGNATURES = List.of(
            "ad80c730a21e5b8d04586a2213dd63b9a0e99e0e2307b0ade35a65485a288648",
            "0055627c9e194cb4542bae2aa5492e3c1575bbb81b612b7d234b86a503ef5497",
            "b6c6ea8a5354eaf15b3cb7646744f4275b71ea724fed81ceb9323e279d449df9");
    static final AuthRequest CHUNKED = request("PUT", "/examplebucket/chunkObject.txt", "", Optional.empty(),
            "host", "s3.amazonaws.com",
            "x-amz-date", AMZ_DATE,
            "x-amz-storage-class", "REDUCED_REDUNDANCY",
            "authorization", authorization(CHUNKED_SIGNED, CHUNKED_SEED),
            "x-amz-content-sha256", "STREAMING-AWS4-HMAC-SHA256-PAYLOAD",
            "content-encoding", "aws-chunked",
            "x-amz-decoded-content-length", "66560",
            "content-length", "66824");
    static final String CHUNKED_CANONICAL = String.join("\n",
            "PUT",
            "/examplebucket/chunkObject.txt",
            "",
            "content-encoding:aws-chunked",
            "content-length:66824",
            "host:s3.amazonaws.com",
            "x-amz-content-sha256:STREAMING-AWS4-HMAC-SHA256-PAYLOAD",
            "x-amz-date:20130524T000000Z",
            "x-amz-decoded-content-length:66560",
            "x-amz-storage-class:REDUCED_REDUNDANCY",
            "",
            CHUNKED_SIGNED,
            "STREAMING-AWS4-HMAC-SHA256-PAYLOAD");

    static byte[] as(int n) {
        byte[] bytes = new byte[n];
        Arrays.fill(bytes, (byte) 'a');
        return bytes;
    }

    /** Feeds the documented body: 65536 and 1024 'a's and the final empty chunk, the data in pieces. */
    static void feed(ChunkSignatureChain chain, List<Optional<String>> signatures, byte[] first, byte[] second) {
        chain.onChunk(first.length, signatures.get(0));
        for (int off = 0; off < first.length; off += 4096) {
            chain.onData(first, off, Math.min(4096, first.length - off));
        }
        chain.onChunk(second.length, signatures.get(1));
        chain.onData(second, 0, 100);
        chain.onData(second, 100, second.length - 100);
        chain.onChunk(0, signatures.get(2));
    }

    static List<Optional<String>> optional(List<String> signatures) {
        return signatures.stream().map(Optional::of).toList();
    }

    @Nested
    class Chunked {

        @Test
        void seedCanonicalRequestIsTheDocumentedOne() {
            String canonical = CanonicalRequest.of(CHUNKED, List.of(CHUNKED_SIGNED.split(";")), null,
                    "STREAMING-AWS4-HMAC-SHA256-PAYLOAD");

            assertThat(canonical).isEqualTo(CHUNKED_CANONICAL);
            assertThat(Hmac.sha256Hex(canonical))
                    .isEqualTo("cee3fed04b70f867d036f722359b0b1f2f0e5dc0efadbc082b76c4c60e316455");
        }

        ChunkSignatureChain chain() {
            AuthResult result = STRICT.authenticate(CHUNKED, Optional.empty());
            assertThat(result.principal().user()).contains(DOCS_USER);
            assertThat(result.principal().method()).isEqualTo(AuthMethod.SIGV4_CHUNKED);
            assertThat(result.chunks()).isPresent();
            return result.chunks().get();
        }

        @Test
        void documentedChunkSignaturesPass() {
            ChunkSignatureChain chain = chain();

            feed(chain, optional(CHUNK_SIGNATURES), as(65_536), as(1_024));
            chain.onEnd(Map.of());
        }

        @Test
        void uppercaseChunkSignaturesPass() {
            ChunkSignatureChain chain = chain();

            feed(chain, optional(CHUNK_SIGNATURES.stream().map(s -> s.toUpperCase(java.util.Locale.ROOT)).toList()),
                    as(65_536), as(1_024));
            chain.onEnd(Map.of());
        }

        @Test
        void flippedDataByteFailsBeforeTheNextChunk() {
            ChunkSignatureChain chain = chain();
            byte[] first = as(65_536);
            first[100] = 'b';
            chain.onChunk(first.length, Optional.of(CHUNK_SIGNATURES.get(0)));
            chain.onData(first, 0, first.length);

            S3Exception e = refusal(() -> chain.onChunk(1_024, Optional.of(CHUNK_SIGNATURES.get(1))));

            assertThat(e.code()).isEqualTo(S3ErrorCode.SIGNATURE_DOES_NOT_MATCH);
            assertThat(e.status()).isEqualTo(403);
            assertThat(e.explanation()).hasValueSatisfying(why -> assertThat(why).contains("chunk 1"));
        }

        @Test
        void flippedByteInTheLastDataChunkFails() {
            byte[] second = as(1_024);
            second[1_023] = 'A';

            S3Exception e = refusal(() -> feed(chain(), optional(CHUNK_SIGNATURES), as(65_536), second));

            assertThat(e.code()).isEqualTo(S3ErrorCode.SIGNATURE_DOES_NOT_MATCH);
            assertThat(e.explanation()).hasValueSatisfying(why -> assertThat(why).contains("chunk 2"));
        }

        @Test
        void wrongChunkSignatureFails() {
            for (int i = 0; i < 3; i++) {
                List<String> signatures = new ArrayList<>(CHUNK_SIGNATURES);
                signatures.set(i, CHUNK_SIGNATURES.get((i + 1) % 3));
                ChunkSignatureChain chain = chain();

                S3Exception e = refusal(() -> {
                    feed(chain, optional(signatures), as(65_536), as(1_024));
                    chain.onEnd(Map.of());
                });

                assertThat(e.code()).as("chunk %d", i + 1).isEqualTo(S3ErrorCode.SIGNATURE_DOES_NOT_MATCH);
            }
        }

        @Test
        void chunkSignaturesOfAnotherSeedFail() {
            // the trailer example's chunk signatures chain from another seed
            S3Exception e = refusal(() -> feed(chain(), optional(TRAILER_CHUNK_SIGNATURES), as(65_536), as(1_024)));

            assertThat(e.code()).isEqualTo(S3ErrorCode.SIGNATURE_DOES_NOT_MATCH);
        }

        @Test
        void missingChunkSignatureFails() {
            for (int i = 0; i < 3; i++) {
                List<Optional<String>> signatures = new ArrayList<>(optional(CHUNK_SIGNATURES));
                signatures.set(i, Optional.empty());
                ChunkSignatureChain chain = chain();

                S3Exception e = refusal(() -> feed(chain, signatures, as(65_536), as(1_024)));

                assertThat(e.code()).as("chunk %d", i + 1).isEqualTo(S3ErrorCode.SIGNATURE_DOES_NOT_MATCH);
                assertThat(e.explanation()).hasValueSatisfying(why -> assertThat(why).contains("no chunk-signature"));
            }
        }

        @Test
        void tamperedSeedRequestIsSignatureDoesNotMatch() {
            AuthRequest tampered = withHeader(CHUNKED, "x-amz-decoded-content-length", "66561");

            S3Exception e = refusal(() -> STRICT.authenticate(tampered, Optional.empty()));

            assertThat(e.code()).isEqualTo(S3ErrorCode.SIGNATURE_DOES_NOT_MATCH);
            assertThat(e.details().get("CanonicalRequest")).isEqualTo(
                    CHUNKED_CANONICAL.replace("x-amz-decoded-content-length:66560",
                            "x-amz-decoded-content-length:66561"));
        }
    }

    // ---- chunked upload with a signed trailer ----

    static final String TRAILER_SEED = "106e2a8a18243abcf37539882f36619c00e2dfc72633413f02d3b74544bfeb8e";
    static final String TRAILER_SIGNED =
            "content-encoding;host;x-amz-content-sha256;x-amz-date;x-amz-decoded-content-length;x-amz-storage-class;"
                    + "x-amz-trailer";
    static final List<String> TRAILER_CHUNK_SIGNATURES = List.of(
            "b474d8862b1487a5145d686f57f013e54db672cee1c953b3010fb58501ef5aa2",
            "1c1344b170168f8e65b41376b44b20fe354e373826ccbbe2c1d40a8cae51e5c7",
            "2ca2aba2005185cf7159c6277faf83795951dd77a3a99e6e65d5c9f85863f992");
    static final String TRAILER_SIGNATURE = "d81f82fc3505edab99d459891051a732e8730629a2e4a59689829ca17fe2e435";
    static final AuthRequest TRAILER = request("PUT", "/examplebucket/chunkObject.txt", "", Optional.empty(),
            "host", "s3.amazonaws.com",
            "x-amz-date", AMZ_DATE,
            "x-amz-storage-class", "REDUCED_REDUNDANCY",
            "authorization", authorization(TRAILER_SIGNED, TRAILER_SEED),
            "x-amz-content-sha256", "STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER",
            "content-encoding", "aws-chunked",
            "x-amz-decoded-content-length", "66560",
            "x-amz-trailer", "x-amz-checksum-crc32c");

    static Map<String, String> trailers(String checksum, String signature) {
        Map<String, String> trailers = new LinkedHashMap<>();
        trailers.put("x-amz-checksum-crc32c", checksum);
        if (signature != null) {
            trailers.put("x-amz-trailer-signature", signature);
        }
        return trailers;
    }

    @Nested
    class Trailer {

        @Test
        void seedCanonicalRequestIsTheDocumentedOne() {
            String canonical = CanonicalRequest.of(TRAILER, List.of(TRAILER_SIGNED.split(";")), null,
                    "STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER");

            assertThat(canonical).isEqualTo(String.join("\n",
                    "PUT",
                    "/examplebucket/chunkObject.txt",
                    "",
                    "content-encoding:aws-chunked",
                    "host:s3.amazonaws.com",
                    "x-amz-content-sha256:STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER",
                    "x-amz-date:20130524T000000Z",
                    "x-amz-decoded-content-length:66560",
                    "x-amz-storage-class:REDUCED_REDUNDANCY",
                    "x-amz-trailer:x-amz-checksum-crc32c",
                    "",
                    TRAILER_SIGNED,
                    "STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER"));
            assertThat(Hmac.sha256Hex(canonical))
                    .isEqualTo("44d48b8c2f70eae815a0198cc73d7a546a73a93359c070abbaa5e6c7de112559");
        }

        ChunkSignatureChain chain() {
            AuthResult result = STRICT.authenticate(TRAILER, Optional.empty());
            assertThat(result.principal().user()).contains(DOCS_USER);
            assertThat(result.principal().method()).isEqualTo(AuthMethod.SIGV4_CHUNKED);
            return result.chunks().orElseThrow();
        }

        @Test
        void documentedChunkAndTrailerSignaturesPass() {
            ChunkSignatureChain chain = chain();

            feed(chain, optional(TRAILER_CHUNK_SIGNATURES), as(65_536), as(1_024));
            chain.onEnd(trailers("sOO8/Q==", TRAILER_SIGNATURE));
        }

        @Test
        void tamperedTrailerValueFails() {
            ChunkSignatureChain chain = chain();
            feed(chain, optional(TRAILER_CHUNK_SIGNATURES), as(65_536), as(1_024));

            S3Exception e = refusal(() -> chain.onEnd(trailers("sOO8/A==", TRAILER_SIGNATURE)));

            assertThat(e.code()).isEqualTo(S3ErrorCode.SIGNATURE_DOES_NOT_MATCH);
        }

        @Test
        void wrongTrailerSignatureFails() {
            ChunkSignatureChain chain = chain();
            feed(chain, optional(TRAILER_CHUNK_SIGNATURES), as(65_536), as(1_024));

            S3Exception e = refusal(() -> chain.onEnd(trailers("sOO8/Q==", TRAILER_CHUNK_SIGNATURES.get(2))));

            assertThat(e.code()).isEqualTo(S3ErrorCode.SIGNATURE_DOES_NOT_MATCH);
        }

        @Test
        void missingTrailerSignatureFails() {
            ChunkSignatureChain chain = chain();
            feed(chain, optional(TRAILER_CHUNK_SIGNATURES), as(65_536), as(1_024));

            S3Exception e = refusal(() -> chain.onEnd(trailers("sOO8/Q==", null)));

            assertThat(e.code()).isEqualTo(S3ErrorCode.SIGNATURE_DOES_NOT_MATCH);
        }

        @Test
        void wrongChunkSignatureFailsBeforeTheTrailer() {
            ChunkSignatureChain chain = chain();

            S3Exception e = refusal(() -> feed(chain, optional(CHUNK_SIGNATURES), as(65_536), as(1_024)));

            assertThat(e.code()).isEqualTo(S3ErrorCode.SIGNATURE_DOES_NOT_MATCH);
        }
    }

    // ---- URI encoding and canonical forms ----

    @Test
    void unreservedCharactersAreKept() {
        String unreserved = "ABCXYZabcxyz0189-._~";

        assertThat(UriEncoding.encode(unreserved, false)).isEqualTo(unreserved);
        assertThat(UriEncoding.encode(unreserved, true)).isEqualTo(unreserved);
    }

    @Test
    void reservedCharactersArePercentEncodedInUpperCase() {
        assertThat(UriEncoding.encode(" !\"#$%&'()*+,:;<=>?@[\\]^`{|}", false))
                .isEqualTo("%20%21%22%23%24%25%26%27%28%29%2A%2B%2C%3A%3B%3C%3D%3E%3F%40%5B%5C%5D%5E%60%7B%7C%7D");
        assertThat(UriEncoding.encode("test$file.text", true)).isEqualTo("test%24file.text");
        assertThat(UriEncoding.encode("a b", false)).isEqualTo("a%20b");
    }

    @Test
    void nonAsciiIsEncodedAsUtf8() {
        assertThat(UriEncoding.encode("\u00e4", false)).isEqualTo("%C3%A4");
        assertThat(UriEncoding.encode("\u20ac", false)).isEqualTo("%E2%82%AC");
        assertThat(UriEncoding.encode("\u65e5\u672c", true)).isEqualTo("%E6%97%A5%E6%9C%AC");
        assertThat(UriEncoding.encode("\uD83D\uDE00", false)).isEqualTo("%F0%9F%98%80");
        assertThat(UriEncoding.encode("dir/\u00fcn\u00efc\u00f6d\u00e9.txt", true))
                .isEqualTo("dir/%C3%BCn%C3%AFc%C3%B6d%C3%A9.txt");
    }

    @Test
    void slashIsKeptInPathsAndEncodedElsewhere() {
        assertThat(UriEncoding.encode("/photos/2013/a.jpg", true)).isEqualTo("/photos/2013/a.jpg");
        assertThat(UriEncoding.encode("/photos/2013/a.jpg", false)).isEqualTo("%2Fphotos%2F2013%2Fa.jpg");
        assertThat(UriEncoding.encode(CREDENTIAL, false))
                .isEqualTo("AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1%2Fs3%2Faws4_request");
    }

    @Test
    void decodingIsUtf8AndLenient() {
        assertThat(UriEncoding.decode("%e2%82%ac%20x")).isEqualTo("\u20ac x");
        assertThat(UriEncoding.decode("a+b")).isEqualTo("a+b");
        assertThat(UriEncoding.decode("100%")).isEqualTo("100%");
        assertThat(UriEncoding.decode("%zz%4")).isEqualTo("%zz%4");
    }

    @Test
    void canonicalUriIsEncodedOnceNotTwice() {
        assertThat(CanonicalRequest.uri("")).isEqualTo("/");
        assertThat(CanonicalRequest.uri("/test$file.text")).isEqualTo("/test%24file.text");
        assertThat(CanonicalRequest.uri("/test%24file.text")).isEqualTo("/test%24file.text");
        assertThat(CanonicalRequest.uri("/a%20b/%7Ec")).isEqualTo("/a%20b/~c");
        assertThat(CanonicalRequest.uri("/my-object//example//photo.user"))
                .isEqualTo("/my-object//example//photo.user");
        assertThat(CanonicalRequest.uri("/%E2%82%AC")).isEqualTo("/%E2%82%AC");
    }

    static String canonicalQuery(String rawQuery) {
        return CanonicalRequest.query(request("GET", "/", rawQuery, BUCKET, "host", HOST), null);
    }

    @Test
    void queryIsSortedByNameThenValue() {
        assertThat(canonicalQuery("prefix=J&max-keys=2")).isEqualTo("max-keys=2&prefix=J");
        assertThat(canonicalQuery("b=2&a=2&a=1")).isEqualTo("a=1&a=2&b=2");
        assertThat(canonicalQuery("tag=z&tag=a&tag=m")).isEqualTo("tag=a&tag=m&tag=z");
        // byte order: upper case before lower case
        assertThat(canonicalQuery("prefix=J&Max=1")).isEqualTo("Max=1&prefix=J");
    }

    @Test
    void queryParametersWithoutValueHaveAnEmptyOne() {
        assertThat(canonicalQuery("lifecycle")).isEqualTo("lifecycle=");
        assertThat(canonicalQuery("uploads&prefix=&acl")).isEqualTo("acl=&prefix=&uploads=");
    }

    @Test
    void queryIsSortedAfterEncodingAndEncodedOnce() {
        assertThat(canonicalQuery("prefix=a%20b*~")).isEqualTo("prefix=a%20b%2A~");
        assertThat(canonicalQuery("z=1&%C3%A4=1")).isEqualTo("%C3%A4=1&z=1");
        assertThat(canonicalQuery("prefix=a%2Fb&delimiter=/")).isEqualTo("delimiter=%2F&prefix=a%2Fb");
    }

    @Test
    void presignedSignatureIsLeftOutOfTheCanonicalQuery() {
        assertThat(CanonicalRequest.query(PRESIGNED, "X-Amz-Signature")).isEqualTo(PRESIGNED_CANONICAL.split("\n")[2]);
    }

    @Test
    void headerValuesAreTrimmedCollapsedAndJoined() {
        AuthRequest request = request("GET", "/", "", BUCKET,
                "host", HOST,
                "x-amz-meta-a", "  a   b\t\t c  ",
                "x-amz-meta-b", "1",
                "x-amz-meta-b", " 2  3 ");
        String canonical = CanonicalRequest.of(request, List.of("host", "x-amz-meta-a", "x-amz-meta-b"), null,
                "UNSIGNED-PAYLOAD");

        assertThat(canonical).isEqualTo(String.join("\n",
                "GET",
                "/",
                "",
                "host:examplebucket.s3.amazonaws.com",
                "x-amz-meta-a:a b c",
                "x-amz-meta-b:1,2 3",
                "",
                "host;x-amz-meta-a;x-amz-meta-b",
                "UNSIGNED-PAYLOAD"));
    }

    // ---- helpers ----

    static String authorization(String signedHeaders, String signature) {
        return "AWS4-HMAC-SHA256 Credential=" + CREDENTIAL + ",SignedHeaders=" + signedHeaders
                + ",Signature=" + signature;
    }

    static AuthRequest withCredential(Example example, String credential) {
        return withHeader(example.request(), "authorization", "AWS4-HMAC-SHA256 Credential=" + credential
                + ",SignedHeaders=" + example.signedHeaders() + ",Signature=" + example.signature());
    }

    /** A request as the server sees it at 20130524T000000Z; header names and values alternate, repeats add. */
    static AuthRequest request(String method, String rawPath, String rawQuery, Optional<String> hostBucket,
                               String... headerNamesAndValues) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 0; i < headerNamesAndValues.length; i += 2) {
            headers.computeIfAbsent(headerNamesAndValues[i], name -> new ArrayList<>())
                    .add(headerNamesAndValues[i + 1]);
        }
        return new AuthRequest(method, rawPath, rawQuery, headers, hostBucket, T0, T0);
    }

    static AuthRequest withMethod(AuthRequest r, String method) {
        return new AuthRequest(method, r.rawPath(), r.rawQuery(), r.headers(), r.hostBucket(), r.serverTime(),
                r.systemTime());
    }

    static AuthRequest withPath(AuthRequest r, String rawPath) {
        return new AuthRequest(r.method(), rawPath, r.rawQuery(), r.headers(), r.hostBucket(), r.serverTime(),
                r.systemTime());
    }

    static AuthRequest withQuery(AuthRequest r, String rawQuery) {
        return new AuthRequest(r.method(), r.rawPath(), rawQuery, r.headers(), r.hostBucket(), r.serverTime(),
                r.systemTime());
    }

    /** Replaces a header's values with one (added last when new), or removes it (value null). */
    static AuthRequest withHeader(AuthRequest r, String name, String value) {
        return withHeaders(r, headers -> {
            if (value == null) {
                headers.remove(name);
            } else {
                headers.put(name, List.of(value));
            }
            return headers;
        });
    }

    static AuthRequest withHeaders(AuthRequest r, UnaryOperator<Map<String, List<String>>> change) {
        return new AuthRequest(r.method(), r.rawPath(), r.rawQuery(), change.apply(new LinkedHashMap<>(r.headers())),
                r.hostBucket(), r.serverTime(), r.systemTime());
    }

    static AuthRequest at(AuthRequest r, Instant serverTime, Instant systemTime) {
        return new AuthRequest(r.method(), r.rawPath(), r.rawQuery(), r.headers(), r.hostBucket(), serverTime,
                systemTime);
    }

    /** The bytes of UTF-8 text as lower-case hex pairs separated by blanks, as S3 lists them. */
    static String spacedHex(String text) {
        return HexFormat.ofDelimiter(" ").formatHex(text.getBytes(StandardCharsets.UTF_8));
    }

    static S3Exception refusal(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(S3Exception.class);
        return (S3Exception) thrown;
    }
}
