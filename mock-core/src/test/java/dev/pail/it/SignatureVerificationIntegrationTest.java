package dev.pail.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pail.Authentication;
import dev.pail.Pail;
import dev.pail.recording.AuthMethod;
import dev.pail.recording.RecordedRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * SigV4 verified as S3 verifies it, with the SDK's own signer as the oracle: what it signs passes,
 * and changing any signed element afterwards gives S3's error (STRICT authentication, two users).
 */
class SignatureVerificationIntegrationTest {

    static Pail pail;
    static RawHttp http;
    static SignedRequests signer;
    static final byte[] BODY = "hello, signed world".getBytes(StandardCharsets.UTF_8);

    @BeforeAll
    static void start() {
        pail = Pail.builder().bucket("signed").user("alice", "alice-secret").authentication(Authentication.STRICT).start();
        http = new RawHttp(pail.port());
        signer = new SignedRequests(pail.endpoint(), pail.region());
    }

    @AfterAll
    static void stop() {
        pail.close();
    }

    @BeforeEach
    void reset() {
        pail.reset();
        SharedBuckets.shareWithEveryUser(pail, "signed");
        pail.resetRequests();
    }

    private static SignedRequests.Signed put(String key, byte[] body,
            java.util.function.Consumer<software.amazon.awssdk.http.auth.spi.signer.SignRequest.Builder<
                    software.amazon.awssdk.identity.spi.AwsCredentialsIdentity>> options) {
        return signer.sign("PUT", "/signed/" + key, "", Map.of("x-amz-meta-colour", "blue", "Content-Type", "text/plain"),
                body, "alice", "alice-secret", options);
    }

    private static RecordedRequest last() {
        return pail.requests().get(pail.requests().size() - 1);
    }

    private static boolean stored(String key) {
        return pail.client().listObjectsV2(b -> b.bucket("signed").prefix(key)).contents().stream()
                .anyMatch(o -> o.key().equals(key));
    }

    @Test
    void theSdkClientsOfEachUserPassAndTheJournalSaysWhoAsked() {
        pail.client().putObject(b -> b.bucket("signed").key("by-pail"), RequestBody.fromString("a"));
        pail.clientFor("alice").putObject(b -> b.bucket("signed").key("by-alice"), RequestBody.fromString("b"));
        pail.asyncClientFor("alice").getObject(b -> b.bucket("signed").key("by-pail"),
                software.amazon.awssdk.core.async.AsyncResponseTransformer.toBytes()).join();

        assertThat(pail.requests()).extracting(r -> r.principal().orElse("?")).containsExactly("pail", "alice", "alice");
        assertThat(pail.requests()).allSatisfy(r -> assertThat(r.authMethod())
                .isIn(AuthMethod.SIGV4_HEADER, AuthMethod.SIGV4_CHUNKED));
        pail.verify(dev.pail.verify.RequestPattern.putObject("signed", "by-alice").withPrincipal("alice"));
    }

    @Test
    void whatTheSdkSignerSignsPassesInEveryPayloadForm() {
        assertThat(put("sha", BODY, r -> { }).send(http).status()).isEqualTo(200);
        assertThat(put("unsigned", BODY, SignedRequests.unsignedPayload()).send(http).status()).isEqualTo(200);
        assertThat(put("chunked", BODY, SignedRequests.chunked()).send(http).status()).isEqualTo(200);
        assertThat(last().authMethod()).isEqualTo(AuthMethod.SIGV4_CHUNKED);
        RawHttp.Response trailer = put("trailer", BODY, SignedRequests.chunkedWithTrailer()).send(http);
        assertThat(trailer.status()).as(trailer.text()).isEqualTo(200);
        for (String key : new String[] {"sha", "unsigned", "chunked", "trailer"}) {
            assertThat(pail.client().getObjectAsBytes(b -> b.bucket("signed").key(key)).asByteArray()).isEqualTo(BODY);
        }
    }

    @Test
    void aLargeChunkedUploadIsVerifiedChunkByChunk() {
        byte[] big = new byte[200_000];
        Arrays.fill(big, (byte) 'a');
        assertThat(put("big", big, SignedRequests.chunkedWithTrailer()).send(http).status()).isEqualTo(200);
        assertThat(pail.client().headObject(b -> b.bucket("signed").key("big")).contentLength()).isEqualTo(200_000L);
    }

    @Test
    void changingTheMethodPathQueryOrASignedHeaderIsSignatureDoesNotMatch() {
        SignedRequests.Signed get = signer.sign("GET", "/signed/k", "response-content-type=text%2Fplain",
                Map.of("x-amz-meta-a", "1"), new byte[0], "alice", "alice-secret", r -> { });
        pail.seed().object("signed", "k", BODY);
        assertThat(get.send(http).status()).isEqualTo(200);

        assertThat(get.withMethod("HEAD").send(http).status()).isEqualTo(403);
        assertMismatch(get.withTarget("/signed/other"));
        assertMismatch(get.withTarget("/signed/k?response-content-type=text%2Fhtml"));
        assertMismatch(get.withHeader("x-amz-meta-a", "2"));
        // a minute back: a second back can be the very second it was signed in
        assertMismatch(get.withHeader("x-amz-date", AmzDate.of(Instant.now().minusSeconds(60))));
    }

    @Test
    void aChangedPayloadChunkOrTrailerIsRefusedAndNothingIsStored() {
        SignedRequests.Signed sha = put("sha", BODY, r -> { });
        RawHttp.Response payload = sha.withBody("HELLO, signed world".getBytes(StandardCharsets.UTF_8)).send(http);
        assertThat(payload.status()).isEqualTo(400);
        assertThat(payload.text()).contains("<Code>XAmzContentSHA256Mismatch</Code>");

        SignedRequests.Signed chunked = put("chunked", BODY, SignedRequests.chunked());
        assertMismatch(chunked.withBody(flip(chunked.body(), "hello")));
        assertThat(last().authDetail()).hasValueSatisfying(d -> assertThat(d).contains("chunk 1"));

        SignedRequests.Signed trailer = put("trailer", BODY, SignedRequests.chunkedWithTrailer());
        String wire = new String(trailer.body(), StandardCharsets.ISO_8859_1);
        String crc = wire.substring(wire.indexOf("x-amz-checksum-crc32:") + 21, wire.indexOf("\r\n",
                wire.indexOf("x-amz-checksum-crc32:")));
        String tampered = wire.replace("x-amz-checksum-crc32:" + crc, "x-amz-checksum-crc32:AAAAAA==");
        assertMismatch(trailer.withBody(tampered.getBytes(StandardCharsets.ISO_8859_1)));
        assertThat(last().authDetail()).hasValueSatisfying(d -> assertThat(d).contains("trailer"));

        assertThat(stored("sha")).isFalse();
        assertThat(stored("chunked")).isFalse();
        assertThat(stored("trailer")).isFalse();
    }

    @Test
    void aWrongSecretTellsTheStringToSignAndCanonicalRequestAsS3Does() {
        SignedRequests.Signed wrong = signer.sign("PUT", "/signed/k", "", Map.of(), BODY, "alice", "not-the-secret",
                r -> { });
        RawHttp.Response response = wrong.send(http);
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.text()).contains("<Code>SignatureDoesNotMatch</Code>", "<AWSAccessKeyId>alice</AWSAccessKeyId>",
                "<StringToSign>AWS4-HMAC-SHA256\n", "<CanonicalRequest>PUT\n/signed/k\n", "<CanonicalRequestBytes>50 55 54 0a",
                "<SignatureProvided>" + wrong.header("Authorization").replaceAll(".*Signature=", "") + "</SignatureProvided>");
        assertThat(last().principal()).isEmpty();
        assertThat(last().authDetail()).hasValueSatisfying(d -> assertThat(d).startsWith("signature mismatch for alice"));
        assertThat(stored("k")).isFalse();
    }

    @Test
    void anUnknownKeyIsInvalidAccessKeyIdInStrictMode() {
        RawHttp.Response response = signer.sign("GET", "/signed", "", Map.of(), new byte[0], "mallory", "x", r -> { })
                .send(http);
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.text()).contains("<Code>InvalidAccessKeyId</Code>", "<AWSAccessKeyId>mallory</AWSAccessKeyId>");
    }

    @Test
    void anotherRegionIsAuthorizationHeaderMalformedNamingTheBucketsRegion() {
        RawHttp.Response response = new SignedRequests(pail.endpoint(), "eu-west-1")
                .sign("GET", "/signed", "", Map.of(), new byte[0], "alice", "alice-secret", r -> { }).send(http);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text()).contains("<Code>AuthorizationHeaderMalformed</Code>", "<Region>us-east-1</Region>",
                "the region 'eu-west-1' is wrong; expecting 'us-east-1'");
        assertThat(response.header("x-amz-bucket-region")).hasValue("us-east-1");
    }

    @Test
    void aRequestSignedTwentyMinutesAgoIsRequestTimeTooSkewed() {
        Clock past = Clock.fixed(Instant.now().minus(Duration.ofMinutes(20)), ZoneOffset.UTC);
        RawHttp.Response response = signer.sign("GET", "/signed", "", Map.of(), new byte[0], "alice", "alice-secret",
                SignedRequests.signedAt(past)).send(http);
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.text()).contains("<Code>RequestTimeTooSkewed</Code>",
                "<MaxAllowedSkewMilliseconds>900000</MaxAllowedSkewMilliseconds>", "<RequestTime>", "<ServerTime>");
    }

    @Test
    void aRequestWithoutADateIsAccessDenied() {
        SignedRequests.Signed get = signer.sign("GET", "/signed", "", Map.of(), new byte[0], "alice", "alice-secret",
                r -> { });
        RawHttp.Response response = get.withoutHeader("x-amz-date").send(http);
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.text()).contains("<Code>AccessDenied</Code>",
                "AWS authentication requires a valid Date or x-amz-date header");
    }

    @Test
    void anUnsignedHeaderOrAnUnsignedRequestIsAccessDenied() {
        SignedRequests.Signed get = signer.sign("GET", "/signed", "", Map.of(), new byte[0], "alice", "alice-secret",
                r -> { });
        RawHttp.Response extra = get.withHeader("x-amz-meta-sneaky", "1").send(http);
        assertThat(extra.status()).isEqualTo(403);
        assertThat(extra.text()).contains("<HeadersNotSigned>x-amz-meta-sneaky</HeadersNotSigned>");

        assertThatThrownBy(() -> pail.anonymousClient().listObjectsV2(b -> b.bucket("signed")))
                .isInstanceOfSatisfying(S3Exception.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(403);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
                });
        assertThat(last().isAnonymous()).isTrue();
        assertThat(last().authMethod()).isEqualTo(AuthMethod.UNSIGNED);
        pail.verify(dev.pail.verify.RequestPattern.listObjectsV2("signed").anonymous());
    }

    @Test
    void aHeaderAndAQuerySignatureTogetherAreInvalidArgument() {
        SignedRequests.Signed get = signer.sign("GET", "/signed", "", Map.of(), new byte[0], "alice", "alice-secret",
                r -> { });
        RawHttp.Response response = get.withTarget("/signed?X-Amz-Algorithm=AWS4-HMAC-SHA256").send(http);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text()).contains("<Code>InvalidArgument</Code>", "Only one auth mechanism allowed");
    }

    @Test
    void expect100ContinueIsAnsweredBeforeTheBodyWhenTheHeadersFail() throws Exception {
        SignedRequests.Signed wrong = signer.sign("PUT", "/signed/k", "", Map.of(), BODY, "alice", "wrong", r -> { });
        StringBuilder head = new StringBuilder("PUT /signed/k HTTP/1.1\r\nExpect: 100-continue\r\n");
        wrong.headers().forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
        head.append("\r\n");
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", pail.port())) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            byte[] start = socket.getInputStream().readNBytes(12);
            assertThat(new String(start, StandardCharsets.ISO_8859_1)).isEqualTo("HTTP/1.1 403");
        }
    }

    private static void assertMismatch(SignedRequests.Signed request) {
        RawHttp.Response response = request.send(http);
        assertThat(response.status()).as(response.text()).isEqualTo(403);
        assertThat(response.text()).contains("<Code>SignatureDoesNotMatch</Code>");
    }

    /** Upper-cases the first occurrence of a word in the framed body (inside the first chunk's data). */
    private static byte[] flip(byte[] body, String word) {
        String text = new String(body, StandardCharsets.ISO_8859_1);
        return text.replaceFirst(word, word.toUpperCase(java.util.Locale.ROOT)).getBytes(StandardCharsets.ISO_8859_1);
    }

    /** SigV4's request date. */
    static final class AmzDate {
        static String of(Instant instant) {
            return java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC)
                    .format(instant);
        }
    }
}
