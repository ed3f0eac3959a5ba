package dev.pail.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ObjectLockMode;
import software.amazon.awssdk.services.s3.model.ObjectLockRetentionMode;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.Tag;

/** Tag counts, the tagging header, RFC 2047 metadata, Content-Encoding and Object Lock validation. */
class HeaderFidelityIntegrationTest {

    @AutoClose
    static final Fixture fixture = Fixture.start();

    private static void assertS3Error(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, int status, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(S3Exception.class, e -> {
            assertThat(e.statusCode()).as(e.getMessage()).isEqualTo(status);
            assertThat(Fixture.code(e)).isEqualTo(code);
        });
    }

    @ParameterizedTest
    @EnumSource(value = ClientFlavour.class, names = {"SYNC_DEFAULT", "ASYNC_DEFAULT"})
    void headReportsTheTagCountAndTheTaggingHeaderIsAQuery(ClientFlavour flavour) {
        S3Client s3 = fixture.client(flavour);
        String bucket = fixture.bucket(flavour);
        s3.putObject(b -> b.bucket(bucket).key("k").tagging("a=1&empty=&b+c=d%20e&&bare"), RequestBody.fromString("x"));
        assertThat(s3.headObject(b -> b.bucket(bucket).key("k")).sdkHttpResponse().firstMatchingHeader("x-amz-tagging-count"))
                .hasValue("4");
        assertThat(s3.getObjectTagging(b -> b.bucket(bucket).key("k")).tagSet()).extracting(Tag::key, Tag::value)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("a", "1"),
                        org.assertj.core.groups.Tuple.tuple("empty", ""), org.assertj.core.groups.Tuple.tuple("b c", "d e"),
                        org.assertj.core.groups.Tuple.tuple("bare", ""));
        s3.putObject(b -> b.bucket(bucket).key("untagged"), RequestBody.fromString("x"));
        assertThat(s3.headObject(b -> b.bucket(bucket).key("untagged")).sdkHttpResponse()
                .firstMatchingHeader("x-amz-tagging-count")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = ClientFlavour.class, names = {"SYNC_DEFAULT", "ASYNC_DEFAULT"})
    void nonAsciiMetadataComesBackRfc2047Encoded(ClientFlavour flavour) {
        S3Client s3 = fixture.client(flavour);
        String bucket = fixture.bucket(flavour);
        s3.putObject(b -> b.bucket(bucket).key("k").metadata(Map.of("encoded", "=?UTF-8?B?w4RNw4Raw5XDkSBTMw==?=",
                "plain", "just ascii", "q", "=?UTF-8?Q?actually-ascii?=")), RequestBody.fromString("x"));
        Map<String, String> metadata = s3.headObject(b -> b.bucket(bucket).key("k")).metadata();
        assertThat(metadata).containsEntry("encoded", "=?UTF-8?Q?=C3=84M=C3=84Z=C3=95=C3=91_S3?=")
                .containsEntry("plain", "just ascii").containsEntry("q", "actually-ascii");

        RawHttp http = new RawHttp(fixture.pail.endpoint().getPort());
        String raw = new String("é — ok".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        http.send("PUT", "/" + bucket + "/raw", Map.of("x-amz-meta-word", raw), "x".getBytes(StandardCharsets.UTF_8));
        assertThat(http.send("HEAD", "/" + bucket + "/raw").header("x-amz-meta-word"))
                .hasValue("=?UTF-8?Q?=C3=A9_=E2=80=94_ok?=");
    }

    @ParameterizedTest
    @EnumSource(value = ClientFlavour.class, names = {"SYNC_DEFAULT", "ASYNC_DEFAULT"})
    void awsChunkedIsDroppedFromContentEncodingAndTheRestKept(ClientFlavour flavour) {
        S3Client s3 = fixture.client(flavour);
        String bucket = fixture.bucket(flavour);
        s3.putObject(b -> b.bucket(bucket).key("gz").contentEncoding("gzip"), RequestBody.fromString("x"));
        assertThat(s3.headObject(b -> b.bucket(bucket).key("gz")).contentEncoding()).isEqualTo("gzip");
        s3.putObject(b -> b.bucket(bucket).key("none"), RequestBody.fromString("x"));
        assertThat(s3.headObject(b -> b.bucket(bucket).key("none")).contentEncoding()).isNull();
    }

    @ParameterizedTest
    @EnumSource(value = ClientFlavour.class, names = {"SYNC_DEFAULT"})
    void objectLockIsValidatedWithS3sCodes(ClientFlavour flavour) {
        S3Client s3 = fixture.client(flavour);
        String bucket = Fixture.uniqueName();
        s3.createBucket(b -> b.bucket(bucket).objectLockEnabledForBucket(true));
        Instant future = Instant.now().plus(1, ChronoUnit.DAYS);
        assertS3Error(() -> s3.putObject(b -> b.bucket(bucket).key("k").objectLockMode("BAD-VALUE")
                .objectLockRetainUntilDate(future), RequestBody.fromString("x")), 400, "InvalidArgument");
        assertS3Error(() -> s3.putObject(b -> b.bucket(bucket).key("k").objectLockMode(ObjectLockMode.GOVERNANCE),
                RequestBody.fromString("x")), 400, "InvalidArgument");
        assertS3Error(() -> s3.putObjectLockConfiguration(b -> b.bucket(bucket).objectLockConfiguration(c -> c
                .objectLockEnabled("Enabled").rule(r -> r.defaultRetention(d -> d
                        .mode(ObjectLockRetentionMode.GOVERNANCE).days(0))))), 400, "InvalidRetentionPeriod");
        assertS3Error(() -> s3.putObjectLockConfiguration(b -> b.bucket(bucket).objectLockConfiguration(c -> c
                .objectLockEnabled("Enabled").rule(r -> r.defaultRetention(d -> d.mode("FOREVER").days(1))))),
                400, "MalformedXML");
        s3.putObjectLockConfiguration(b -> b.bucket(bucket).objectLockConfiguration(c -> c
                .objectLockEnabled("Enabled").rule(r -> r.defaultRetention(d -> d
                        .mode(ObjectLockRetentionMode.GOVERNANCE).days(1)))));
        s3.putObject(b -> b.bucket(bucket).key("locked"), RequestBody.fromString("x"));
        assertS3Error(() -> s3.putObjectRetention(b -> b.bucket(bucket).key("locked").retention(r -> r.mode("governance")
                .retainUntilDate(future))), 400, "MalformedXML");
    }
}
