package dev.pail.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.DeleteObjectsResponse;
import software.amazon.awssdk.services.s3.model.DeletedObject;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

class DeleteObjectsIntegrationTest {

    @AutoClose
    static final Fixture fixture = Fixture.start();

    static List<ObjectIdentifier> ids(String... keys) {
        List<ObjectIdentifier> ids = new ArrayList<>();
        for (String key : keys) {
            ids.add(ObjectIdentifier.builder().key(key).build());
        }
        return ids;
    }

    @ParameterizedTest
    @EnumSource(ClientFlavour.class)
    void deletesEachKeyAndReportsMissingOnesAsDeleted(ClientFlavour flavour) {
        S3Client s3 = fixture.client(flavour);
        String bucket = fixture.bucket(flavour);
        for (String key : List.of("a", "b", "c/d", "keep")) {
            fixture.pail.seed().object(bucket, key, "x");
        }
        DeleteObjectsResponse response = s3.deleteObjects(b -> b.bucket(bucket)
                .delete(d -> d.objects(ids("a", "b", "c/d", "never-existed"))));
        assertThat(response.deleted()).extracting(DeletedObject::key).containsExactly("a", "b", "c/d", "never-existed");
        assertThat(response.errors()).isEmpty();
        assertThat(s3.listObjectsV2(b -> b.bucket(bucket)).contents()).extracting(S3Object::key).containsExactly("keep");
    }

    @ParameterizedTest
    @EnumSource(ClientFlavour.class)
    void quietModeReportsOnlyErrors(ClientFlavour flavour) {
        S3Client s3 = fixture.client(flavour);
        String bucket = fixture.bucket(flavour);
        fixture.pail.seed().object(bucket, "a", "x");
        DeleteObjectsResponse response = s3.deleteObjects(b -> b.bucket(bucket)
                .delete(d -> d.objects(ids("a", "b")).quiet(true)));
        assertThat(response.deleted()).isEmpty();
        assertThat(response.errors()).isEmpty();

        fixture.pail.seed().object(bucket, "c", "x");
        DeleteObjectsResponse withError = s3.deleteObjects(b -> b.bucket(bucket).delete(d -> d.quiet(true).objects(
                ObjectIdentifier.builder().key("c").eTag("\"not-its-etag\"").build())));
        assertThat(withError.errors()).singleElement().satisfies(e -> {
            assertThat(e.key()).isEqualTo("c");
            assertThat(e.code()).isEqualTo("PreconditionFailed");
        });
    }

    @ParameterizedTest
    @EnumSource(ClientFlavour.class)
    void moreThanAThousandKeysIsMalformedXml(ClientFlavour flavour) {
        S3Client s3 = fixture.client(flavour);
        String bucket = fixture.bucket(flavour);
        String[] keys = new String[1001];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = "k" + i;
        }
        assertThatThrownBy(() -> s3.deleteObjects(b -> b.bucket(bucket).delete(d -> d.objects(ids(keys)))))
                .isInstanceOfSatisfying(S3Exception.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(Fixture.code(e)).isEqualTo("MalformedXML");
                });
        String[] thousand = java.util.Arrays.copyOf(keys, 1000);
        assertThat(s3.deleteObjects(b -> b.bucket(bucket).delete(d -> d.objects(ids(thousand)))).deleted()).hasSize(1000);
    }

    @Test
    void theIntegrityHeaderIsRequiredAndMalformedBodiesAreRefused() throws Exception {
        String bucket = fixture.bucket(ClientFlavour.SYNC_DEFAULT);
        fixture.pail.seed().object(bucket, "k", "x");
        RawHttp http = new RawHttp(fixture.pail.port());
        byte[] body = "<Delete><Object><Key>k</Key></Object></Delete>".getBytes(StandardCharsets.UTF_8);

        RawHttp.Response missing = http.send("POST", "/" + bucket + "?delete", Map.of(), body);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.text()).contains("<Code>InvalidRequest</Code>").contains("Content-MD5");

        String md5 = Base64.getEncoder().encodeToString(MessageDigest.getInstance("MD5").digest(body));
        byte[] malformed = "<Delete><Object><Key>k</Key>".getBytes(StandardCharsets.UTF_8);
        String malformedMd5 = Base64.getEncoder().encodeToString(MessageDigest.getInstance("MD5").digest(malformed));
        assertThat(http.send("POST", "/" + bucket + "?delete", Map.of("Content-MD5", malformedMd5), malformed).text())
                .contains("<Code>MalformedXML</Code>");
        assertThat(http.send("POST", "/" + bucket + "?delete", Map.of("Content-MD5", md5), "x".getBytes()).text())
                .contains("<Code>BadDigest</Code>");
        assertThat(fixture.client(ClientFlavour.SYNC_DEFAULT).headObject(b -> b.bucket(bucket).key("k")).contentLength())
                .isEqualTo(1);

        RawHttp.Response ok = http.send("POST", "/" + bucket + "?delete", Map.of("Content-MD5", md5), body);
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.text()).contains("<Deleted><Key>k</Key></Deleted>");
    }
}
