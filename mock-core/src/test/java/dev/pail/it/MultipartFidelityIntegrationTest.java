package dev.pail.it;

import static dev.pail.it.MultipartIntegrationTest.MIB;
import static dev.pail.it.MultipartIntegrationTest.random;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pail.fault.S3Fault;
import dev.pail.verify.RequestPattern;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompleteMultipartUploadResponse;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** Conditional and repeated completions, racing part uploads and part reads, as S3 answers them. */
class MultipartFidelityIntegrationTest {

    @AutoClose
    static final Fixture fixture = Fixture.start();

    private static CompletedPart part(S3Client s3, String bucket, String key, String upload, int number, byte[] bytes) {
        String etag = s3.uploadPart(b -> b.bucket(bucket).key(key).uploadId(upload).partNumber(number),
                RequestBody.fromBytes(bytes)).eTag();
        return CompletedPart.builder().partNumber(number).eTag(etag).build();
    }

    private static CompleteMultipartUploadResponse complete(S3Client s3, String bucket, String key, String upload,
                                                            CompletedPart... parts) {
        return s3.completeMultipartUpload(b -> b.bucket(bucket).key(key).uploadId(upload).multipartUpload(m -> m.parts(parts)));
    }

    private static void assertS3Error(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, int status, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(S3Exception.class, e -> {
            assertThat(e.statusCode()).as(e.getMessage()).isEqualTo(status);
            assertThat(Fixture.code(e)).isEqualTo(code);
        });
    }

    @ParameterizedTest
    @EnumSource(value = ClientFlavour.class, names = {"SYNC_DEFAULT", "ASYNC_DEFAULT"})
    void aCompletionRepeatedWithTheSamePartsAnswersTheSameResult(ClientFlavour flavour) {
        S3Client s3 = fixture.client(flavour);
        String bucket = fixture.bucket(flavour);
        String upload = s3.createMultipartUpload(b -> b.bucket(bucket).key("k")
                .checksumAlgorithm(software.amazon.awssdk.services.s3.model.ChecksumAlgorithm.SHA256)).uploadId();
        String etag = s3.uploadPart(b -> b.bucket(bucket).key("k").uploadId(upload).partNumber(1)
                .checksumAlgorithm(software.amazon.awssdk.services.s3.model.ChecksumAlgorithm.SHA256),
                RequestBody.fromString("only part")).eTag();
        var sha = s3.listParts(b -> b.bucket(bucket).key("k").uploadId(upload)).parts().get(0).checksumSHA256();
        CompletedPart only = CompletedPart.builder().partNumber(1).eTag(etag).checksumSHA256(sha).build();

        CompleteMultipartUploadResponse first = complete(s3, bucket, "k", upload, only);
        CompleteMultipartUploadResponse again = complete(s3, bucket, "k", upload, only);

        assertThat(again.eTag()).isEqualTo(first.eTag());
        assertThat(again.checksumSHA256()).isEqualTo(first.checksumSHA256()).endsWith("-1");
        assertThat(again.key()).isEqualTo("k");
        CompletedPart other = CompletedPart.builder().partNumber(1).eTag("\"0123456789abcdef0123456789abcdef\"")
                .checksumSHA256(sha).build();
        assertS3Error(() -> complete(s3, bucket, "k", upload, other), 404, "NoSuchUpload");
        assertS3Error(() -> s3.listParts(b -> b.bucket(bucket).key("k").uploadId(upload)), 404, "NoSuchUpload");
    }

    @Test
    void aCompletionRetriedAfterItsResponseWasLostSucceeds() {
        S3Client s3 = fixture.client(ClientFlavour.SYNC_DEFAULT);
        String bucket = fixture.bucket(ClientFlavour.SYNC_DEFAULT);
        String upload = s3.createMultipartUpload(b -> b.bucket(bucket).key("lost")).uploadId();
        CompletedPart only = part(s3, bucket, "lost", upload, 1, "bytes".getBytes(StandardCharsets.UTF_8));
        RequestPattern completion = RequestPattern.completeMultipartUpload(bucket, RequestPattern.keyEqualTo("lost"));
        fixture.pail.when(completion).fail(S3Fault.truncatedBody(20)).once();

        assertThatThrownBy(() -> complete(s3, bucket, "lost", upload, only)).as("the response is cut short")
                .isInstanceOf(software.amazon.awssdk.core.exception.SdkClientException.class);
        CompleteMultipartUploadResponse retried = complete(s3, bucket, "lost", upload, only);

        assertThat(retried.eTag()).endsWith("-1\"");
        assertThat(fixture.pail.requests().filter(completion::matches)).hasSize(2)
                .allSatisfy(r -> assertThat(r.status()).isEqualTo(200));
        assertThat(s3.getObjectAsBytes(b -> b.bucket(bucket).key("lost")).asUtf8String()).isEqualTo("bytes");
    }

    @ParameterizedTest
    @EnumSource(value = ClientFlavour.class, names = {"SYNC_DEFAULT", "ASYNC_DEFAULT"})
    void completionHonoursIfMatchAndIfNoneMatch(ClientFlavour flavour) {
        S3Client s3 = fixture.client(flavour);
        String bucket = fixture.bucket(flavour);
        String upload = s3.createMultipartUpload(b -> b.bucket(bucket).key("k")).uploadId();
        CompletedPart only = part(s3, bucket, "k", upload, 1, "new".getBytes(StandardCharsets.UTF_8));

        assertS3Error(() -> s3.completeMultipartUpload(b -> b.bucket(bucket).key("k").uploadId(upload)
                .ifMatch("\"0123456789abcdef0123456789abcdef\"").multipartUpload(m -> m.parts(only))), 404, "NoSuchKey");
        String current = s3.putObject(b -> b.bucket(bucket).key("k"), RequestBody.fromString("old")).eTag();
        assertS3Error(() -> s3.completeMultipartUpload(b -> b.bucket(bucket).key("k").uploadId(upload)
                .ifMatch("\"0123456789abcdef0123456789abcdef\"").multipartUpload(m -> m.parts(only))), 412,
                "PreconditionFailed");
        assertS3Error(() -> s3.completeMultipartUpload(b -> b.bucket(bucket).key("k").uploadId(upload)
                .ifNoneMatch("*").multipartUpload(m -> m.parts(only))), 412, "PreconditionFailed");
        assertS3Error(() -> s3.completeMultipartUpload(b -> b.bucket(bucket).key("k").uploadId(upload)
                .ifNoneMatch(current).multipartUpload(m -> m.parts(only))), 501, "NotImplemented");
        assertThat(s3.getObjectAsBytes(b -> b.bucket(bucket).key("k")).asUtf8String()).isEqualTo("old");

        s3.completeMultipartUpload(b -> b.bucket(bucket).key("k").uploadId(upload).ifMatch(current)
                .multipartUpload(m -> m.parts(only)));
        assertThat(s3.getObjectAsBytes(b -> b.bucket(bucket).key("k")).asUtf8String()).isEqualTo("new");
    }

    @ParameterizedTest
    @EnumSource(value = ClientFlavour.class, names = {"SYNC_DEFAULT", "ASYNC_DEFAULT"})
    void unsupportedWriteConditionsAreNotImplementedNamingTheHeader(ClientFlavour flavour) {
        S3Client s3 = fixture.client(flavour);
        String bucket = fixture.bucket(flavour);
        String etag = s3.putObject(b -> b.bucket(bucket).key("k"), RequestBody.fromString("v")).eTag();
        Map<String, ThrowingPut> cases = Map.of(
                "If-None-Match", () -> s3.putObject(b -> b.bucket(bucket).key("k").ifNoneMatch(etag), RequestBody.fromString("x")),
                "If-Match", () -> s3.putObject(b -> b.bucket(bucket).key("k").ifMatch("*"), RequestBody.fromString("x")),
                "If-Match,If-None-Match", () -> s3.putObject(b -> b.bucket(bucket).key("k").ifMatch(etag).ifNoneMatch("*"),
                        RequestBody.fromString("x")));
        cases.forEach((header, call) -> assertThatThrownBy(call::run).as(header)
                .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(e.statusCode()).isEqualTo(501)));
        RawHttp http = new RawHttp(fixture.pail.endpoint().getPort());
        RawHttp.Response both = http.send("PUT", "/" + bucket + "/k", Map.of("If-Match", etag, "If-None-Match", "*"),
                "x".getBytes(StandardCharsets.UTF_8));
        assertThat(both.text()).contains("<Header>If-Match,If-None-Match</Header>",
                "<additionalMessage>Multiple conditional request headers present in the request</additionalMessage>");
        assertThat(http.send("PUT", "/" + bucket + "/k", Map.of("If-None-Match", etag), "x".getBytes(StandardCharsets.UTF_8))
                .text()).contains("<Header>If-None-Match</Header>");
        assertThat(s3.getObjectAsBytes(b -> b.bucket(bucket).key("k")).asUtf8String()).isEqualTo("v");
    }

    interface ThrowingPut {
        void run();
    }

    @Test
    void ofTwoUploadsOfOnePartTheOneThatFinishesLastIsThePart() throws Exception {
        S3Client s3 = fixture.client(ClientFlavour.SYNC_DEFAULT);
        String bucket = fixture.bucket(ClientFlavour.SYNC_DEFAULT);
        String upload = s3.createMultipartUpload(b -> b.bucket(bucket).key("race")).uploadId();
        byte[] slow = "slow part, started first".getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket("127.0.0.1", fixture.pail.endpoint().getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("PUT /" + bucket + "/race?partNumber=1&uploadId=" + upload + " HTTP/1.1\r\nHost: x\r\n"
                    + "Content-Length: " + slow.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(slow, 0, 5);
            out.flush();
            CompletedPart fast = part(s3, bucket, "race", upload, 1, "fast part".getBytes(StandardCharsets.UTF_8));
            out.write(slow, 5, slow.length - 5);
            out.flush();
            String response = readHead(socket.getInputStream());
            assertThat(response).startsWith("HTTP/1.1 200");

            assertS3Error(() -> complete(s3, bucket, "race", upload, fast), 400, "InvalidPart");
            String slowEtag = s3.listParts(b -> b.bucket(bucket).key("race").uploadId(upload)).parts().get(0).eTag();
            complete(s3, bucket, "race", upload, CompletedPart.builder().partNumber(1).eTag(slowEtag).build());
        }
        assertThat(s3.getObjectAsBytes(b -> b.bucket(bucket).key("race")).asUtf8String()).isEqualTo(
                "slow part, started first");
    }

    private static String readHead(InputStream in) throws java.io.IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.append((char) b);
        }
        return head.toString();
    }

    @ParameterizedTest
    @EnumSource(value = ClientFlavour.class, names = {"SYNC_DEFAULT", "ASYNC_DEFAULT"})
    void partReadsPastTheLastPartAreInvalidPartNumber(ClientFlavour flavour) {
        S3Client s3 = fixture.client(flavour);
        String bucket = fixture.bucket(flavour);
        String upload = s3.createMultipartUpload(b -> b.bucket(bucket).key("mp")).uploadId();
        CompletedPart p1 = part(s3, bucket, "mp", upload, 1, random(5 * MIB, 1));
        CompletedPart p2 = part(s3, bucket, "mp", upload, 2, "tail".getBytes(StandardCharsets.UTF_8));
        complete(s3, bucket, "mp", upload, p1, p2);

        var second = s3.getObjectAsBytes(b -> b.bucket(bucket).key("mp").partNumber(2));
        assertThat(second.asUtf8String()).isEqualTo("tail");
        assertThat(second.response().partsCount()).isEqualTo(2);
        assertS3Error(() -> s3.getObject(b -> b.bucket(bucket).key("mp").partNumber(3)), 400, "InvalidPartNumber");
        assertThatThrownBy(() -> s3.headObject(b -> b.bucket(bucket).key("mp").partNumber(3)))
                .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(e.statusCode()).isEqualTo(400));

        s3.putObject(b -> b.bucket(bucket).key("single"), RequestBody.fromString("whole object"));
        var whole = s3.getObjectAsBytes(b -> b.bucket(bucket).key("single").partNumber(1));
        assertThat(whole.asUtf8String()).isEqualTo("whole object");
        assertThat(whole.response().partsCount()).as("no parts count for a single PUT").isNull();
        assertThat(whole.response().contentRange()).isEqualTo("bytes 0-11/12");
        assertS3Error(() -> s3.getObject(b -> b.bucket(bucket).key("single").partNumber(2)), 400, "InvalidPartNumber");
    }
}
