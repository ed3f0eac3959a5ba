package dev.pail.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.StorageClass;

class ObjectsIntegrationTest {

    @AutoClose
    static final Fixture fixture = Fixture.start();

    static String md5Hex(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
    }

    @ParameterizedTest
    @EnumSource(ClientFlavour.class)
    void putThenGetReturnsTheBytesWithEtagAndLastModified(ClientFlavour flavour) throws Exception {
        S3Client s3 = fixture.client(flavour);
        String bucket = fixture.bucket(flavour);
        byte[] body = "hello, pail".getBytes(StandardCharsets.UTF_8);
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        PutObjectResponse put = s3.putObject(b -> b.bucket(bucket).key("greeting.txt"), RequestBody.fromBytes(body));
        assertThat(put.eTag()).isEqualTo('"' + md5Hex(body) + '"');
        assertThat(put.serverSideEncryptionAsString()).isEqualTo("AES256");

        ResponseBytes<GetObjectResponse> got = s3.getObjectAsBytes(b -> b.bucket(bucket).key("greeting.txt"));
        assertThat(got.asByteArray()).isEqualTo(body);
        assertThat(got.response().eTag()).isEqualTo(put.eTag());
        assertThat(got.response().contentLength()).isEqualTo(body.length);
        assertThat(got.response().lastModified()).isBetween(before, Instant.now().plusSeconds(1));
        assertThat(got.response().acceptRanges()).isEqualTo("bytes");
        assertThat(got.response().sdkHttpResponse().firstMatchingHeader("x-amz-request-id")).isPresent();
        assertThat(got.response().sdkHttpResponse().firstMatchingHeader("Content-Encoding")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(ClientFlavour.class)
    void metadataContentHeadersStorageClassAndTagCountRoundTrip(ClientFlavour flavour) {
        S3Client s3 = fixture.client(flavour);
        String bucket = fixture.bucket(flavour);
        Instant expires = Instant.parse("2030-01-02T03:04:05Z");
        s3.putObject(b -> b.bucket(bucket).key("report.csv")
                        .contentType("text/csv")
                        .contentEncoding("identity")
                        .contentDisposition("attachment; filename=\"report.csv\"")
                        .contentLanguage("en-GB")
                        .cacheControl("max-age=60")
                        .expires(expires)
                        .storageClass(StorageClass.STANDARD_IA)
                        .tagging("team=data&year=2026")
                        .metadata(Map.of("owner", "alice", "run-id", "42")),
                RequestBody.fromString("a,b\n1,2\n"));

        HeadObjectResponse head = s3.headObject(b -> b.bucket(bucket).key("report.csv"));
        assertThat(head.contentType()).isEqualTo("text/csv");
        assertThat(head.contentEncoding()).isEqualTo("identity");
        assertThat(head.contentDisposition()).isEqualTo("attachment; filename=\"report.csv\"");
        assertThat(head.contentLanguage()).isEqualTo("en-GB");
        assertThat(head.cacheControl()).isEqualTo("max-age=60");
        assertThat(head.expires()).isEqualTo(expires);
        assertThat(head.storageClass()).isEqualTo(StorageClass.STANDARD_IA);
        assertThat(head.metadata()).containsExactlyInAnyOrderEntriesOf(Map.of("owner", "alice", "run-id", "42"));
        assertThat(head.contentLength()).isEqualTo(8);

        GetObjectResponse get = s3.getObject(b -> b.bucket(bucket).key("report.csv")).response();
        assertThat(get.tagCount()).isEqualTo(2);
        assertThat(get.metadata()).containsEntry("owner", "alice");
        assertThat(get.storageClass()).isEqualTo(StorageClass.STANDARD_IA);
    }

    @ParameterizedTest
    @EnumSource(ClientFlavour.class)
    void defaultsAreBinaryOctetStreamAndStandard(ClientFlavour flavour) {
        S3Client s3 = fixture.client(flavour);
        String bucket = fixture.bucket(flavour);
        s3.putObject(b -> b.bucket(bucket).key("empty"), RequestBody.empty());

        HeadObjectResponse head = s3.headObject(b -> b.bucket(bucket).key("empty"));
        assertThat(head.contentLength()).isZero();
        assertThat(head.storageClass()).isNull();
        assertThat(head.eTag()).isEqualTo("\"d41d8cd98f00b204e9800998ecf8427e\"");
        assertThat(s3.getObjectAsBytes(b -> b.bucket(bucket).key("empty")).asByteArray()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(ClientFlavour.class)
    void responseOverridesReplaceHeadersOnGet(ClientFlavour flavour) {
        S3Client s3 = fixture.client(flavour);
        String bucket = fixture.bucket(flavour);
        s3.putObject(b -> b.bucket(bucket).key("f").contentType("text/plain"), RequestBody.fromString("x"));

        GetObjectResponse get = s3.getObject(b -> b.bucket(bucket).key("f")
                .responseContentType("application/json")
                .responseContentDisposition("inline")
                .responseCacheControl("no-cache")
                .responseContentLanguage("fr")
                .responseContentEncoding("gzip")
                .responseExpires(Instant.parse("2031-01-01T00:00:00Z"))).response();
        assertThat(get.contentType()).isEqualTo("application/json");
        assertThat(get.contentDisposition()).isEqualTo("inline");
        assertThat(get.cacheControl()).isEqualTo("no-cache");
        assertThat(get.contentLanguage()).isEqualTo("fr");
        assertThat(get.contentEncoding()).isEqualTo("gzip");
    }

    @ParameterizedTest
    @EnumSource(ClientFlavour.class)
    void overwriteReplacesAndDeleteRemoves(ClientFlavour flavour) {
        S3Client s3 = fixture.client(flavour);
        String bucket = fixture.bucket(flavour);
        s3.putObject(b -> b.bucket(bucket).key("k"), RequestBody.fromString("one"));
        s3.putObject(b -> b.bucket(bucket).key("k"), RequestBody.fromString("two"));
        assertThat(s3.getObjectAsBytes(b -> b.bucket(bucket).key("k")).asUtf8String()).isEqualTo("two");

        var deleted = s3.deleteObject(b -> b.bucket(bucket).key("k"));
        assertThat(deleted.sdkHttpResponse().statusCode()).isEqualTo(204);
        assertThatThrownBy(() -> s3.getObject(b -> b.bucket(bucket).key("k")))
                .isInstanceOfSatisfying(NoSuchKeyException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(404);
                    assertThat(Fixture.code(e)).isEqualTo("NoSuchKey");
                });
        assertThat(s3.deleteObject(b -> b.bucket(bucket).key("never-existed")).sdkHttpResponse().statusCode())
                .isEqualTo(204);
    }

    @ParameterizedTest
    @EnumSource(ClientFlavour.class)
    void missingKeysAndBucketsAreNamedErrors(ClientFlavour flavour) {
        S3Client s3 = fixture.client(flavour);
        String bucket = fixture.bucket(flavour);
        assertThatThrownBy(() -> s3.getObject(b -> b.bucket(bucket).key("nope")))
                .isInstanceOfSatisfying(NoSuchKeyException.class,
                        e -> assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("The specified key does not exist."));
        assertThatThrownBy(() -> s3.headObject(b -> b.bucket(bucket).key("nope")))
                .isInstanceOfSatisfying(NoSuchKeyException.class, e -> assertThat(e.statusCode()).isEqualTo(404));
        assertThatThrownBy(() -> s3.putObject(b -> b.bucket("no-such-bucket-here").key("k"), RequestBody.fromString("x")))
                .isInstanceOfSatisfying(S3Exception.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(404);
                    assertThat(Fixture.code(e)).isEqualTo("NoSuchBucket");
                });
        assertThatThrownBy(() -> s3.getObject(b -> b.bucket("no-such-bucket-here").key("k")))
                .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(Fixture.code(e)).isEqualTo("NoSuchBucket"));
        assertThatThrownBy(() -> s3.deleteObject(b -> b.bucket("no-such-bucket-here").key("k")))
                .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(Fixture.code(e)).isEqualTo("NoSuchBucket"));
    }

    @ParameterizedTest
    @EnumSource(ClientFlavour.class)
    void trickyKeysRoundTripExactly(ClientFlavour flavour) {
        S3Client s3 = fixture.client(flavour);
        String bucket = fixture.bucket(flavour);
        List<String> keys = List.of("with space", "plus+sign", "slash%2Fencoded", "percent%25", "100%",
                "unicode-ünïcødé-日本語-😀", "a/../b", "./dot", "..", "dir/", "dir//double", "/leading",
                "query?and#hash", "semi;colon,comma=eq&amp", "tilde~star*paren()", "x".repeat(1024),
                "é".repeat(512));
        for (String key : keys) {
            s3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromString("body of " + key));
        }
        for (String key : keys) {
            assertThat(s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asUtf8String())
                    .as(key).isEqualTo("body of " + key);
        }
        assertThatThrownBy(() -> s3.getObject(b -> b.bucket(bucket).key("plus sign")))
                .isInstanceOf(NoSuchKeyException.class);
    }

    @ParameterizedTest
    @EnumSource(ClientFlavour.class)
    void keysLongerThan1024BytesAreRefused(ClientFlavour flavour) {
        S3Client s3 = fixture.client(flavour);
        String bucket = fixture.bucket(flavour);
        assertThatThrownBy(() -> s3.putObject(b -> b.bucket(bucket).key("é".repeat(513)), RequestBody.fromString("x")))
                .isInstanceOfSatisfying(S3Exception.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(Fixture.code(e)).isEqualTo("KeyTooLongError");
                });
    }

    @ParameterizedTest
    @EnumSource(ClientFlavour.class)
    void userMetadataOver2KbIsMetadataTooLarge(ClientFlavour flavour) {
        S3Client s3 = fixture.client(flavour);
        String bucket = fixture.bucket(flavour);
        s3.putObject(b -> b.bucket(bucket).key("k").metadata(Map.of("a", "v".repeat(2047))), RequestBody.fromString("x"));
        assertThatThrownBy(() -> s3.putObject(b -> b.bucket(bucket).key("k").metadata(Map.of("a", "v".repeat(2048))),
                RequestBody.fromString("y")))
                .isInstanceOfSatisfying(S3Exception.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(Fixture.code(e)).isEqualTo("MetadataTooLarge");
                });
        assertThat(s3.getObjectAsBytes(b -> b.bucket(bucket).key("k")).asUtf8String()).isEqualTo("x");
    }

    @ParameterizedTest
    @EnumSource(ClientFlavour.class)
    void tagsBeyondS3LimitsAreInvalidTag(ClientFlavour flavour) {
        S3Client s3 = fixture.client(flavour);
        String bucket = fixture.bucket(flavour);
        StringBuilder eleven = new StringBuilder();
        for (int i = 0; i < 11; i++) {
            eleven.append(i == 0 ? "" : "&").append("k").append(i).append("=v");
        }
        for (String tagging : List.of(eleven.toString(), "k=" + "v".repeat(257), "aws:x=1")) {
            assertThatThrownBy(() -> s3.putObject(b -> b.bucket(bucket).key("t").tagging(tagging), RequestBody.fromString("x")))
                    .as(tagging)
                    .isInstanceOfSatisfying(S3Exception.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(400);
                        assertThat(Fixture.code(e)).isEqualTo("InvalidTag");
                    });
        }
        // a header S3 cannot read as a query without duplicates is InvalidArgument (recorded against AWS)
        for (String tagging : List.of("dup=1&dup=2", "key1=val1,key2=val2")) {
            assertThatThrownBy(() -> s3.putObject(b -> b.bucket(bucket).key("t").tagging(tagging), RequestBody.fromString("x")))
                    .as(tagging)
                    .isInstanceOfSatisfying(S3Exception.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(400);
                        assertThat(Fixture.code(e)).isEqualTo("InvalidArgument");
                    });
        }
    }

    @ParameterizedTest
    @EnumSource(ClientFlavour.class)
    void largeObjectsRoundTrip(ClientFlavour flavour) throws Exception {
        S3Client s3 = fixture.client(flavour);
        String bucket = fixture.bucket(flavour);
        byte[] body = new byte[9 * 1024 * 1024 + 17];
        new Random(7).nextBytes(body);
        PutObjectResponse put = s3.putObject(b -> b.bucket(bucket).key("big.bin"), RequestBody.fromBytes(body));
        assertThat(put.eTag()).isEqualTo('"' + md5Hex(body) + '"');
        byte[] got = s3.getObjectAsBytes(b -> b.bucket(bucket).key("big.bin")).asByteArray();
        assertThat(got).isEqualTo(body);
    }
}
