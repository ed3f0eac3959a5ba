package dev.pail.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pail.Pail;
import dev.pail.internal.server.PailServer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What S3 answers to requests that the SDKs never send but other clients and hostile callers do:
 * framing, header-section size, checksum declarations and integrity headers, each in S3's XML.
 */
class WireFidelityIntegrationTest {

    @AutoClose
    static final Pail pail = Pail.builder().bucket("wire").start();
    static final RawHttp http = new RawHttp(pail.endpoint().getPort());

    @BeforeEach
    void seed() {
        pail.seed().object("wire", "existing", "content".getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, String> headers(String... pairs) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            headers.put(pairs[i], pairs[i + 1]);
        }
        return headers;
    }

    private static void assertS3Error(RawHttp.Response response, int status, String code) {
        assertThat(response.status()).as(response.text()).isEqualTo(status);
        assertThat(response.header("content-type")).hasValue("application/xml");
        assertThat(response.text()).contains("<Code>" + code + "</Code>", "<RequestId>");
    }

    @Test
    void plainChunkedTransferEncodingIsNotImplementedNamingTheHeader() {
        // the body follows the head in a second write: the refused body is drained, so the answer is not lost to a reset
        byte[] body = "5\r\nhello\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        RawHttp.Response response = http.send("PUT", "/wire/chunked", headers("Transfer-Encoding", "chunked"), body);
        assertS3Error(response, 501, "NotImplemented");
        assertThat(response.text()).contains("<Header>Transfer-Encoding</Header>");
        assertThat(http.send("GET", "/wire/chunked").status()).as("nothing stored").isEqualTo(404);
    }

    @Test
    void aPutWithoutAnyLengthIsMissingContentLength() {
        assertS3Error(http.send("PUT", "/wire/nolength"), 411, "MissingContentLength");
    }

    @Test
    void awsChunkedWithoutTheDecodedLengthIsMissingContentLength() {
        byte[] body = "5;chunk-signature=00\r\nhello\r\n0;chunk-signature=00\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        RawHttp.Response response = http.send("PUT", "/wire/streamed", headers(
                "x-amz-content-sha256", "STREAMING-UNSIGNED-PAYLOAD-TRAILER", "Content-Encoding", "aws-chunked",
                "Content-Length", Integer.toString(body.length)), body);
        assertS3Error(response, 411, "MissingContentLength");
    }

    @Test
    void aHeaderSectionOverEightKilobytesIsRefused() {
        RawHttp.Response response = http.send("GET", "/wire/existing", headers("x-amz-meta-big", "x".repeat(8200)),
                new byte[0]);
        assertS3Error(response, 400, "RequestHeaderSectionTooLarge");
        assertThat(response.text()).contains("<MaxSizeAllowed>8192</MaxSizeAllowed>");
        assertThat(http.send("GET", "/wire/existing", headers("x-amz-meta-fine", "x".repeat(4000)), new byte[0])
                .status()).isEqualTo(200);
    }

    @Test
    void aMalformedContentLengthGetsAnS3ErrorAndTheServerKeepsServing() {
        for (String length : new String[] {"abc", "-1", "1, 2"}) {
            RawHttp.Response response = http.send("PUT", "/wire/badlength", headers("Content-Length", length),
                    "x".getBytes(StandardCharsets.US_ASCII));
            assertS3Error(response, 400, "BadRequest");
            assertThat(response.header("connection")).hasValue("close");
        }
        assertThat(http.send("GET", "/wire/existing").text()).isEqualTo("content");
    }

    @Test
    void anUnparsableRequestLineGetsAnS3Error() {
        RawHttp.Response response = http.sendThenShutdownOutput(
                "GET /wire/existing HTTP/1.1\r\nHost: x\r\nBad Header Without Colon\r\n\r\n"
                        .getBytes(StandardCharsets.US_ASCII), new byte[0]);
        assertS3Error(response, 400, "BadRequest");
    }

    @Test
    void anSdkChecksumAlgorithmWithoutItsChecksumIsInvalidRequest() {
        RawHttp.Response response = http.send("PUT", "/wire/declared", headers("x-amz-sdk-checksum-algorithm", "CRC32"),
                "body".getBytes(StandardCharsets.US_ASCII));
        assertS3Error(response, 400, "InvalidRequest");
        assertThat(response.text()).contains("x-amz-sdk-checksum-algorithm specified, but no corresponding "
                + "x-amz-checksum-* or x-amz-trailer headers were found.");
    }

    @Test
    void operationsS3EnforcesIntegrityOnRefuseABodyWithoutContentMd5OrAChecksum() {
        byte[] tagging = ("<Tagging xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><TagSet><Tag><Key>a</Key>"
                + "<Value>b</Value></Tag></TagSet></Tagging>").getBytes(StandardCharsets.UTF_8);
        RawHttp.Response refused = http.send("PUT", "/wire?tagging", headers(), tagging);
        assertS3Error(refused, 400, "InvalidRequest");
        assertThat(refused.text()).contains("Missing required header for this request: Content-MD5 OR x-amz-checksum-*");
        assertThat(http.send("PUT", "/wire?tagging", headers("Content-MD5", EncryptionFidelityIntegrationTest.md5(tagging)),
                tagging).status()).isEqualTo(204);
    }

    @Test
    void aclWritesNeedNoIntegrityHeaderAsS3cmdSendsThem() {
        // s3cmd's cp sends PUT ?acl with a signed x-amz-content-sha256 and no Content-MD5; S3 accepts it
        byte[] acl = ("<AccessControlPolicy xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Owner><ID>"
                + PailServer.OWNER_ID + "</ID></Owner><AccessControlList><Grant><Grantee "
                + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:type=\"CanonicalUser\"><ID>"
                + PailServer.OWNER_ID + "</ID></Grantee><Permission>FULL_CONTROL</Permission></Grant></AccessControlList>"
                + "</AccessControlPolicy>").getBytes(StandardCharsets.UTF_8);
        assertThat(http.send("PUT", "/wire/existing?acl", headers("x-amz-content-sha256", sha256Hex(acl)), acl).status())
                .isEqualTo(200);
        assertThat(http.send("PUT", "/wire?acl", headers("x-amz-acl", "private"), new byte[0]).status()).isEqualTo(200);
    }

    @Test
    void contentEncodingKeepsWhatFollowsAwsChunkedExactlyAsSent() {
        byte[] body = "hi".getBytes(StandardCharsets.US_ASCII);
        http.send("PUT", "/wire/plain-enc", headers("Content-Encoding", "gzip, br"), body);
        assertThat(http.send("HEAD", "/wire/plain-enc").header("content-encoding")).hasValue("gzip, br");
    }

    static String sha256Hex(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
