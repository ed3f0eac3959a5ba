package dev.pail.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pail.Pail;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Requests no SDK would send: routing by Host header, malformed input, integrity failures and
 * bodies that end early. Each asserts S3's status and error code, that nothing was stored, and
 * that the server keeps serving.
 */
class RawProtocolIntegrationTest {

    static Pail pail;
    static RawHttp http;
    String bucket;

    @BeforeAll
    static void start() {
        pail = Pail.builder().baseDomain("s3.test").start();
        http = new RawHttp(pail.port());
    }

    @AfterAll
    static void stop() {
        pail.close();
    }

    @BeforeEach
    void createBucket() {
        bucket = Fixture.uniqueName();
        assertThat(http.send("PUT", "/" + bucket).status()).isEqualTo(200);
        assertThat(put("/" + bucket + "/existing", "original").status()).isEqualTo(200);
    }

    RawHttp.Response put(String path, String body) {
        return http.send("PUT", path, Map.of(), body.getBytes(StandardCharsets.UTF_8));
    }

    RawHttp.Response put(String path, Map<String, String> headers, byte[] body) {
        return http.send("PUT", path, headers, body);
    }

    void assertExistingIntact() {
        RawHttp.Response get = http.send("GET", "/" + bucket + "/existing");
        assertThat(get.status()).isEqualTo(200);
        assertThat(get.text()).isEqualTo("original");
    }

    static void assertError(RawHttp.Response response, int status, String code) {
        assertThat(response.status()).as(response.text()).isEqualTo(status);
        assertThat(response.text()).contains("<Code>" + code + "</Code>").contains("<RequestId>");
        assertThat(response.header("content-type")).hasValue("application/xml");
        assertThat(response.header("x-amz-request-id")).isPresent();
        assertThat(response.header("x-amz-id-2")).isPresent();
    }

    @Test
    void virtualHostedStyleRequestsAddressTheBucketFromTheHost() {
        RawHttp.Response put = http.send("PUT", "/cat.txt", Map.of("Host", bucket + ".localhost:" + pail.port()),
                "meow".getBytes(StandardCharsets.UTF_8));
        assertThat(put.status()).isEqualTo(200);
        assertThat(http.send("GET", "/" + bucket + "/cat.txt").text()).isEqualTo("meow");
        assertThat(http.send("GET", "/cat.txt", Map.of("Host", bucket + ".s3.localhost"), new byte[0]).text())
                .isEqualTo("meow");
        assertThat(http.send("GET", "/cat.txt", Map.of("Host", bucket + ".s3.test:" + pail.port()), new byte[0]).text())
                .isEqualTo("meow");
        RawHttp.Response head = http.send("HEAD", "/", Map.of("Host", bucket + ".localhost"), new byte[0]);
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.header("x-amz-bucket-region")).hasValue("us-east-1");
    }

    @Test
    void bucketNamesTheSdkWouldRefuseAreInvalidBucketName() {
        for (String name : new String[] {"ab", "UpperCase", "under_score", "-leading", "trailing-", "two..dots",
                "a".repeat(64)}) {
            assertError(http.send("PUT", "/" + name), 400, "InvalidBucketName");
        }
        assertThat(http.send("GET", "/").text()).doesNotContain("UpperCase").doesNotContain("under_score");
    }

    @Test
    void aCreateBucketSentToAnotherRegionNeedsAMatchingLocationConstraint() {
        String name = Fixture.uniqueName();
        String auth = "AWS4-HMAC-SHA256 Credential=not-a-known-key/20261124/eu-west-1/s3/aws4_request, "
                + "SignedHeaders=host;x-amz-date, Signature=" + "0".repeat(64);
        RawHttp.Response unspecified = http.send("PUT", "/" + name, Map.of("Authorization", auth), new byte[0]);
        assertError(unspecified, 400, "IllegalLocationConstraintException");
        assertThat(unspecified.text()).contains("The unspecified location constraint is incompatible");
        RawHttp.Response matching = http.send("PUT", "/" + name, Map.of("Authorization", auth),
                ("<CreateBucketConfiguration xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
                        + "<LocationConstraint>eu-west-1</LocationConstraint></CreateBucketConfiguration>")
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(matching.status()).isEqualTo(200);
        assertThat(http.send("GET", "/" + name + "?location").text()).contains(">eu-west-1</LocationConstraint>");
        RawHttp.Response noNamespace = http.send("PUT", "/" + Fixture.uniqueName(), Map.of("Authorization", auth),
                "<CreateBucketConfiguration><LocationConstraint>eu-west-1</LocationConstraint></CreateBucketConfiguration>"
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(noNamespace.status()).isEqualTo(200);
    }

    @Test
    void functionalityS3DoesNotImplementAnswers501() {
        // S3 implements If-None-Match on writes only for "*".
        RawHttp.Response response = http.send("PUT", "/" + bucket + "/key", Map.of("If-None-Match", "\"abc\""),
                "x".getBytes(StandardCharsets.UTF_8));
        assertError(response, 501, "NotImplemented");
        assertThat(response.text()).contains("<Header>If-None-Match</Header>");
        assertExistingIntact();
    }

    @Test
    void methodsNoOperationUsesAre405() {
        assertError(http.send("PATCH", "/" + bucket + "/existing"), 405, "MethodNotAllowed");
    }

    @Test
    void undecodablePathsAreInvalidUri() {
        assertError(http.send("GET", "/" + bucket + "/bad%C0%AFutf8"), 400, "InvalidURI");
        assertError(http.send("GET", "/" + bucket + "/bad%FF"), 400, "InvalidURI");
        // Undertow's request-line parser refuses malformed escapes itself, with a bare 400.
        assertThat(http.send("GET", "/" + bucket + "/bad%zzescape").status()).isEqualTo(400);
        assertExistingIntact();
    }

    @Test
    void headErrorsCarryNoBody() {
        RawHttp.Response head = http.send("HEAD", "/" + bucket + "/missing");
        assertThat(head.status()).isEqualTo(404);
        assertThat(head.body()).isEmpty();
        assertThat(head.header("x-amz-request-id")).isPresent();
    }

    @Test
    void malformedCreateBucketXmlIsMalformedXml() {
        RawHttp.Response response = http.send("PUT", "/" + Fixture.uniqueName(), Map.of(),
                "<CreateBucketConfiguration><LocationConstraint>".getBytes(StandardCharsets.UTF_8));
        assertError(response, 400, "MalformedXML");
        RawHttp.Response entity = http.send("PUT", "/" + Fixture.uniqueName(), Map.of(),
                "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><CreateBucketConfiguration><LocationConstraint>&e;</LocationConstraint></CreateBucketConfiguration>"
                        .getBytes(StandardCharsets.UTF_8));
        assertError(entity, 400, "MalformedXML");
    }

    @Test
    void contentSha256IsCheckedWhenItIsAHash() throws Exception {
        byte[] body = "checked".getBytes(StandardCharsets.UTF_8);
        String good = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        assertThat(put("/" + bucket + "/sha", Map.of("x-amz-content-sha256", good), body).status()).isEqualTo(200);

        RawHttp.Response bad = put("/" + bucket + "/existing", Map.of("x-amz-content-sha256", "0".repeat(64)), body);
        assertError(bad, 400, "XAmzContentSHA256Mismatch");
        RawHttp.Response nonsense = put("/" + bucket + "/existing", Map.of("x-amz-content-sha256", "NOT-A-HASH"), body);
        assertError(nonsense, 400, "InvalidArgument");
        assertExistingIntact();
    }

    @Test
    void contentMd5IsChecked() throws Exception {
        byte[] body = "digested".getBytes(StandardCharsets.UTF_8);
        String md5 = Base64.getEncoder().encodeToString(MessageDigest.getInstance("MD5").digest(body));
        assertThat(put("/" + bucket + "/md5", Map.of("Content-MD5", md5), body).status()).isEqualTo(200);

        assertError(put("/" + bucket + "/existing", Map.of("Content-MD5", "not base64!"), body), 400, "InvalidDigest");
        String other = Base64.getEncoder().encodeToString(MessageDigest.getInstance("MD5").digest(new byte[1]));
        assertError(put("/" + bucket + "/existing", Map.of("Content-MD5", other), body), 400, "BadDigest");
        assertExistingIntact();
    }

    @Test
    void flexibleChecksumHeadersAreChecked() {
        byte[] body = "flexible".getBytes(StandardCharsets.UTF_8);
        assertThat(put("/" + bucket + "/crc", Map.of("x-amz-checksum-crc32", crc32(body)), body).status()).isEqualTo(200);
        RawHttp.Response head = http.send("HEAD", "/" + bucket + "/crc", Map.of("x-amz-checksum-mode", "ENABLED"), new byte[0]);
        assertThat(head.header("x-amz-checksum-crc32")).hasValue(crc32(body));

        assertError(put("/" + bucket + "/existing", Map.of("x-amz-checksum-crc32", crc32(new byte[3])), body), 400, "BadDigest");
        Map<String, String> two = new LinkedHashMap<>();
        two.put("x-amz-checksum-crc32", crc32(body));
        two.put("x-amz-checksum-sha1", "AAAAAAAAAAAAAAAAAAAAAAAAAAA=");
        assertError(put("/" + bucket + "/existing", two, body), 400, "InvalidRequest");
        assertError(put("/" + bucket + "/existing", Map.of("x-amz-checksum-crc32", "%%%"), body), 400, "InvalidRequest");
        assertExistingIntact();
    }

    @Test
    void awsChunkedBodiesAreStoredWithoutFraming() {
        byte[] payload = "0123456789abcdefghij".getBytes(StandardCharsets.UTF_8);
        byte[] body = chunked(payload, 7, "x-amz-checksum-crc32:" + crc32(payload));
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("x-amz-content-sha256", "STREAMING-UNSIGNED-PAYLOAD-TRAILER");
        headers.put("Content-Encoding", "aws-chunked");
        headers.put("x-amz-decoded-content-length", Integer.toString(payload.length));
        headers.put("x-amz-trailer", "x-amz-checksum-crc32");
        assertThat(put("/" + bucket + "/chunked", headers, body).status()).isEqualTo(200);

        RawHttp.Response get = http.send("GET", "/" + bucket + "/chunked", Map.of("x-amz-checksum-mode", "ENABLED"), new byte[0]);
        assertThat(get.body()).isEqualTo(payload);
        assertThat(get.header("content-encoding")).isEmpty();
        assertThat(get.header("x-amz-checksum-crc32")).hasValue(crc32(payload));
    }

    @Test
    void awsChunkedSignedBodiesAreDecoded() {
        byte[] payload = new byte[70_000];
        for (int i = 0; i < payload.length; i++) {
            payload[i] = (byte) i;
        }
        byte[] body = signedChunked(payload, 65_536);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("x-amz-content-sha256", "STREAMING-AWS4-HMAC-SHA256-PAYLOAD");
        headers.put("Content-Encoding", "aws-chunked,gzip");
        headers.put("x-amz-decoded-content-length", Integer.toString(payload.length));
        assertThat(put("/" + bucket + "/signed", headers, body).status()).isEqualTo(200);
        RawHttp.Response get = http.send("GET", "/" + bucket + "/signed");
        assertThat(get.body()).isEqualTo(payload);
        assertThat(get.header("content-encoding")).hasValue("gzip");
    }

    @Test
    void awsChunkedWithAWrongTrailerChecksumStoresNothing() {
        byte[] payload = "tampered".getBytes(StandardCharsets.UTF_8);
        byte[] body = chunked(payload, 3, "x-amz-checksum-crc32:" + crc32("other".getBytes(StandardCharsets.UTF_8)));
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("x-amz-content-sha256", "STREAMING-UNSIGNED-PAYLOAD-TRAILER");
        headers.put("Content-Encoding", "aws-chunked");
        headers.put("x-amz-decoded-content-length", Integer.toString(payload.length));
        headers.put("x-amz-trailer", "x-amz-checksum-crc32");
        assertError(put("/" + bucket + "/existing", headers, body), 400, "BadDigest");
        assertExistingIntact();
    }

    @Test
    void awsChunkedWithBrokenFramingStoresNothing() {
        byte[] payload = "framed".getBytes(StandardCharsets.UTF_8);
        byte[] whole = chunked(payload, 6, "x-amz-checksum-crc32:" + crc32(payload));
        byte[] truncated = java.util.Arrays.copyOf(whole, 10);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("x-amz-content-sha256", "STREAMING-UNSIGNED-PAYLOAD-TRAILER");
        headers.put("Content-Encoding", "aws-chunked");
        headers.put("x-amz-decoded-content-length", Integer.toString(payload.length));
        headers.put("x-amz-trailer", "x-amz-checksum-crc32");
        assertThat(put("/" + bucket + "/existing", headers, truncated).status()).isEqualTo(400);
        byte[] badSize = "zz\r\nframed\r\n0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
        headers.remove("x-amz-trailer");
        headers.put("x-amz-content-sha256", "STREAMING-AWS4-HMAC-SHA256-PAYLOAD");
        assertThat(put("/" + bucket + "/existing", headers, badSize).status()).isEqualTo(400);
        assertExistingIntact();
    }

    @Test
    void aBodyShorterThanItsContentLengthStoresNothing() {
        byte[] head = ("PUT /" + bucket + "/existing HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        http.sendThenShutdownOutput(head, "only ten b".getBytes(StandardCharsets.ISO_8859_1));
        assertExistingIntact();
        assertThat(http.send("GET", "/" + bucket + "/existing").status()).isEqualTo(200);
    }

    @Test
    void aPutWithoutContentLengthIsMissingContentLength() {
        byte[] head = ("PUT /" + bucket + "/nolength HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        RawHttp.Response response = http.sendThenShutdownOutput(head, new byte[0]);
        assertError(response, 411, "MissingContentLength");
    }

    @Test
    void everyResponseCarriesRequestIds() {
        for (RawHttp.Response response : new RawHttp.Response[] {
                http.send("GET", "/"), http.send("GET", "/" + bucket + "/existing"),
                http.send("GET", "/" + bucket + "/missing"), http.send("DELETE", "/" + bucket + "/gone")}) {
            assertThat(response.header("x-amz-request-id")).hasValueSatisfying(v -> assertThat(v).matches("[0-9A-F]{16}"));
            assertThat(response.header("x-amz-id-2")).isPresent();
        }
    }

    static String crc32(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return Base64.getEncoder().encodeToString(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    static byte[] chunked(byte[] payload, int chunkSize, String trailer) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < payload.length; i += chunkSize) {
            int n = Math.min(chunkSize, payload.length - i);
            out.append(Integer.toHexString(n)).append("\r\n")
                    .append(new String(payload, i, n, StandardCharsets.ISO_8859_1)).append("\r\n");
        }
        out.append("0\r\n").append(trailer).append("\r\n\r\n");
        return out.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] signedChunked(byte[] payload, int chunkSize) {
        StringBuilder out = new StringBuilder();
        String signature = ";chunk-signature=" + "ab".repeat(32);
        for (int i = 0; i < payload.length; i += chunkSize) {
            int n = Math.min(chunkSize, payload.length - i);
            out.append(Integer.toHexString(n)).append(signature).append("\r\n")
                    .append(new String(payload, i, n, StandardCharsets.ISO_8859_1)).append("\r\n");
        }
        out.append("0").append(signature).append("\r\n\r\n");
        return out.toString().getBytes(StandardCharsets.ISO_8859_1);
    }
}
