package dev.pail.it.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pail.Authentication;
import dev.pail.Pail;
import dev.pail.it.SharedBuckets;
import dev.pail.S3Operation;
import dev.pail.recording.AuthMethod;
import dev.pail.recording.RecordedRequest;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ObjectOwnership;
import software.amazon.awssdk.services.s3.model.Permission;
import software.amazon.awssdk.services.s3.model.Tag;

/**
 * Browser form uploads (POST Object) as a browser sends them: the fields in order, the file last,
 * the policy signed with SigV4 (or SigV2) as AWS's "Browser-Based Uploads Using POST" describes.
 */
class PostObjectIntegrationTest {

    private static final Pail PAIL = Pail.builder().user("alice", "alice-secret").start();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final byte[] PNG = "\u0089PNG not really".getBytes(StandardCharsets.ISO_8859_1);

    @AfterAll
    static void stop() {
        PAIL.close();
    }

    @Test
    void aSignedFormIsStoredAsPutObjectWouldStoreIt() throws Exception {
        String bucket = aclBucket(PAIL);
        Form form = new Form(bucket).fieldOnly("key", "uploads/${filename}").condition("[\"starts-with\", \"$key\", \"uploads/\"]")
                .field("acl", "public-read").fieldOnly("Content-Type", "image/png")
                .condition("[\"starts-with\", \"$Content-Type\", \"image/\"]").field("Cache-Control", "max-age=60")
                .field("X-Amz-Meta-Owner", "Alice").field("x-amz-storage-class", "STANDARD_IA")
                .fieldOnly("tagging", "<Tagging><TagSet><Tag><Key>kind</Key><Value>cat</Value></Tag></TagSet></Tagging>")
                .condition("[\"starts-with\", \"$tagging\", \"\"]").condition("[\"content-length-range\", 1, 1048576]")
                .signV4(PAIL, "alice", "alice-secret");

        HttpResponse<String> response = send(PAIL, bucket, form.file("cat.png", "application/octet-stream", PNG));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
        assertThat(response.body()).isEmpty();
        assertThat(response.headers().firstValue("ETag")).hasValue(quotedMd5(PNG));
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l)
                .endsWith("/" + bucket + "/uploads%2Fcat.png"));
        assertThat(response.headers().firstValue("x-amz-checksum-crc64nvme")).isPresent();
        HeadObjectResponse head = PAIL.client().headObject(b -> b.bucket(bucket).key("uploads/cat.png"));
        assertThat(head.contentType()).as("the Content-Type field, not the file part's").isEqualTo("image/png");
        assertThat(head.cacheControl()).isEqualTo("max-age=60");
        assertThat(head.metadata()).containsExactly(Map.entry("owner", "Alice"));
        assertThat(head.storageClassAsString()).isEqualTo("STANDARD_IA");
        assertThat(PAIL.client().getObjectAsBytes(b -> b.bucket(bucket).key("uploads/cat.png")).asByteArray()).isEqualTo(PNG);
        assertThat(PAIL.client().getObjectTagging(b -> b.bucket(bucket).key("uploads/cat.png")).tagSet())
                .containsExactly(Tag.builder().key("kind").value("cat").build());
        assertThat(PAIL.client().getObjectAcl(b -> b.bucket(bucket).key("uploads/cat.png")).grants())
                .anySatisfy(g -> assertThat(g.permission()).isEqualTo(Permission.READ));
        RecordedRequest recorded = last(PAIL);
        assertThat(recorded.operation()).isEqualTo(S3Operation.POST_OBJECT);
        assertThat(recorded.key()).contains("uploads/cat.png");
        assertThat(recorded.principal()).contains("alice");
        assertThat(recorded.authMethod()).isEqualTo(AuthMethod.POST_POLICY);
        assertThat(recorded.body()).as("the journal keeps the file's content").isEqualTo(PNG);
    }

    @Test
    void aFormUploadSendsObjectCreatedPost() throws Exception {
        String bucket = bucket(PAIL);
        PAIL.client().putBucketNotificationConfiguration(b -> b.bucket(bucket).notificationConfiguration(c -> c
                .queueConfigurations(q -> q.queueArn("arn:aws:sqs:us-east-1:000000000000:forms")
                        .eventsWithStrings("s3:ObjectCreated:Post"))));
        HttpResponse<String> response = send(PAIL, bucket, new Form(bucket).field("key", "form.txt")
                .signV4(PAIL, "alice", "alice-secret").file("form.txt", "text/plain", bytes("posted")));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
        dev.pail.events.S3Event event = PAIL.awaitEvent(e -> e.bucket().equals(bucket) && e.matches("ObjectCreated:Post"),
                java.time.Duration.ofSeconds(5));
        assertThat(event.key()).isEqualTo("form.txt");
        assertThat(event.json()).contains("\"size\":6");
    }

    @Test
    void status201AnswersThePostResponseDocumentAnd200AnEmptyOne() throws Exception {
        String bucket = bucket(PAIL);
        HttpResponse<String> created = send(PAIL, bucket, new Form(bucket).field("key", "dir/r\u00e9sum\u00e9.txt")
                .field("success_action_status", "201").signV4(PAIL, "alice", "alice-secret").file("x.txt", "text/plain", bytes("hello")));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(location).endsWith("/" + bucket + "/dir%2Fr%C3%A9sum%C3%A9.txt");
        assertThat(created.body().replace("&quot;", "\"")).contains("<PostResponse><Location>" + location
                + "</Location><Bucket>" + bucket + "</Bucket><Key>dir/r\u00e9sum\u00e9.txt</Key><ETag>"
                + quotedMd5(bytes("hello")) + "</ETag></PostResponse>").doesNotContain("xmlns");
        assertThat(created.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/xml"));

        HttpResponse<String> ok = send(PAIL, bucket, new Form(bucket).field("key", "b.txt").field("success_action_status", "200")
                .signV4(PAIL, "alice", "alice-secret").file("b.txt", null, bytes("b")));
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).isEmpty();
        HttpResponse<String> otherwise = send(PAIL, bucket, new Form(bucket).field("key", "c.txt")
                .field("success_action_status", "404").signV4(PAIL, "alice", "alice-secret").file("c.txt", null, bytes("c")));
        assertThat(otherwise.statusCode()).as("an invalid status is the default").isEqualTo(204);
    }

    @Test
    void successActionRedirectAnswers303WithBucketKeyAndEtagAppended() throws Exception {
        String bucket = bucket(PAIL);
        HttpResponse<String> redirected = send(PAIL, bucket, new Form(bucket).field("key", "a/b c.txt")
                .field("success_action_redirect", "http://app.example/done?from=form").signV4(PAIL, "alice", "alice-secret")
                .file("f", null, bytes("x")));

        assertThat(redirected.statusCode()).isEqualTo(303);
        assertThat(redirected.headers().firstValue("Location")).hasValue("http://app.example/done?from=form&bucket=" + bucket
                + "&key=a%2Fb+c.txt&etag=%22" + quotedMd5(bytes("x")).replace("\"", "") + "%22");

        HttpResponse<String> relative = send(PAIL, bucket, new Form(bucket).field("key", "d.txt")
                .field("success_action_redirect", "/relative/page").signV4(PAIL, "alice", "alice-secret").file("f", null, bytes("x")));
        assertThat(relative.statusCode()).as("a URL S3 cannot interpret is ignored").isEqualTo(204);
    }

    @Test
    void theFormMustMeetItsPolicyAndNothingIsStoredOtherwise() throws Exception {
        String bucket = bucket(PAIL);
        assertRefused(bucket, new Form(bucket).field("key", "k").expires(Instant.now().minusSeconds(60))
                .signV4(PAIL, "alice", "alice-secret"), 403, "AccessDenied", "Invalid according to Policy: Policy expired.");
        assertRefused(bucket, new Form(bucket).field("key", "k").fieldOnly("x-amz-meta-foo", "bar")
                .signV4(PAIL, "alice", "alice-secret"), 403, "AccessDenied", "Invalid according to Policy: Extra input fields: x-amz-meta-foo");
        assertRefused(bucket, new Form(bucket).fieldOnly("key", "other").condition("{\"key\": \"k\"}")
                .signV4(PAIL, "alice", "alice-secret"),
                403, "AccessDenied", "Invalid according to Policy: Policy Condition failed: [\"eq\", \"$key\", \"k\"]");
        assertRefused(bucket, new Form(bucket).fieldOnly("key", "tmp/k").condition("[\"starts-with\", \"$key\", \"user/\"]")
                .signV4(PAIL, "alice", "alice-secret"), 403, "AccessDenied",
                "Invalid according to Policy: Policy Condition failed: [\"starts-with\", \"$key\", \"user/\"]");
        assertRefused(bucket, new Form("another-bucket").field("key", "k").signV4(PAIL, "alice", "alice-secret"),
                403, "AccessDenied", null);
        assertRefused(bucket, new Form(bucket).field("key", "k").field("Content-MD5",
                Base64.getEncoder().encodeToString(md5(bytes("other")))).signV4(PAIL, "alice", "alice-secret"),
                400, "BadDigest", null);
        assertThat(PAIL.client().listObjectsV2(b -> b.bucket(bucket)).keyCount()).isZero();
    }

    @Test
    void contentLengthRangeBoundsTheFileInclusively() throws Exception {
        String bucket = bucket(PAIL);
        String range = "[\"content-length-range\", 5, 10]";
        assertRefused(bucket, new Form(bucket).field("key", "k").condition(range).signV4(PAIL, "alice", "alice-secret")
                .file("f", null, bytes("1")), 400, "EntityTooSmall", "Your proposed upload is smaller than the minimum allowed size");
        HttpResponse<String> large = send(PAIL, bucket, new Form(bucket).field("key", "k").condition(range)
                .signV4(PAIL, "alice", "alice-secret").file("f", null, new byte[300_000]));
        assertThat(large.statusCode()).isEqualTo(400);
        assertThat(large.body()).contains("<Code>EntityTooLarge</Code>").contains("<ProposedSize>300000</ProposedSize>")
                .contains("<MaxSizeAllowed>10</MaxSizeAllowed>");
        assertThat(PAIL.client().listObjectsV2(b -> b.bucket(bucket)).keyCount()).isZero();

        for (String content : List.of("12345", "1234567890")) {
            assertThat(send(PAIL, bucket, new Form(bucket).field("key", "k").condition(range).signV4(PAIL, "alice", "alice-secret")
                    .file("f", null, bytes(content))).statusCode()).isEqualTo(204);
        }
    }

    @Test
    void aLargeFileStreamsThroughWithItsDigests() throws Exception {
        String bucket = bucket(PAIL);
        byte[] content = new byte[3 << 20];
        new Random(7).nextBytes(content);

        HttpResponse<String> response = send(PAIL, bucket, new Form(bucket).field("key", "big.bin")
                .signV4(PAIL, "alice", "alice-secret").file("big.bin", null, content));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
        assertThat(response.headers().firstValue("ETag")).hasValue(quotedMd5(content));
        ResponseBytes<GetObjectResponse> stored = PAIL.client().getObjectAsBytes(b -> b.bucket(bucket).key("big.bin"));
        assertThat(stored.asByteArray()).isEqualTo(content);
        assertThat(stored.response().contentType()).isEqualTo("binary/octet-stream");
    }

    @Test
    void signaturesAreVerifiedAndUnknownKeysServedAsTheDefaultUserWhenLenient() throws Exception {
        String bucket = bucket(PAIL);
        Form tampered = new Form(bucket).field("key", "k").signV4(PAIL, "alice", "alice-secret");
        tampered.replace("x-amz-signature", "0".repeat(64));
        assertRefused(bucket, tampered, 403, "SignatureDoesNotMatch", null);

        Form unknown = new Form(bucket).field("key", "k").signV4(PAIL, "nobody", "whatever");
        assertThat(send(PAIL, bucket, unknown.file("f", null, bytes("x"))).statusCode()).isEqualTo(204);
        assertThat(last(PAIL).principal()).contains("pail");
        assertThat(last(PAIL).authDetail()).hasValueSatisfying(d -> assertThat(d).contains("nobody"));

        Form sigV2 = new Form(bucket).field("key", "v2.txt").signV2("alice", "alice-secret");
        assertThat(send(PAIL, bucket, sigV2.file("f", null, bytes("x"))).statusCode()).isEqualTo(204);
        assertThat(last(PAIL).principal()).contains("alice");
    }

    @Test
    void strictAuthenticationRefusesUnknownKeysAndUnsignedForms() throws Exception {
        try (Pail strict = Pail.builder().authentication(Authentication.STRICT).user("alice", "alice-secret").start()) {
            String bucket = bucket(strict);
            assertRefused(strict, bucket, new Form(bucket).field("key", "k").signV4(strict, "nobody", "whatever"),
                    403, "InvalidAccessKeyId", null);
            assertRefused(strict, bucket, new Form(bucket).fieldOnly("key", "k"), 403, "AccessDenied", "Access Denied");
            Form signed = new Form(bucket).field("key", "k").signV4(strict, "alice", "alice-secret");
            assertThat(send(strict, bucket, signed.file("f", null, bytes("x"))).statusCode()).isEqualTo(204);
        }
        String bucket = bucket(PAIL);
        assertThat(send(PAIL, bucket, new Form(bucket).fieldOnly("key", "anon").file("f", null, bytes("x"))).statusCode())
                .as("lenient: an unsigned form is the default user's").isEqualTo(204);
    }

    @Test
    void theFormItselfMustBeRight() throws Exception {
        String bucket = bucket(PAIL);
        assertRefused(bucket, new Form(bucket).field("acl", "private").signV4(PAIL, "alice", "alice-secret"), 400,
                "InvalidArgument", "Bucket POST must contain a field named 'key'.  If it is specified, please check the order of the fields.");
        HttpResponse<String> notMultipart = HTTP.send(HttpRequest.newBuilder(PAIL.endpoint().resolve("/" + bucket))
                .header("Content-Type", "text/html").POST(HttpRequest.BodyPublishers.ofString("key=k")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(notMultipart.statusCode()).isEqualTo(412);
        assertThat(notMultipart.body()).contains("<Code>PreconditionFailed</Code>")
                .contains("<Condition>Bucket POST must be of the enclosure-type multipart/form-data</Condition>");
        assertThat(send(PAIL, "no-such-bucket-" + COUNTER.incrementAndGet(), new Form(null).fieldOnly("key", "k")
                .file("f", null, bytes("x"))).statusCode()).isEqualTo(404);
        assertThat(PAIL.client().listObjectsV2(b -> b.bucket(bucket)).keyCount()).isZero();
    }

    // --- helpers

    private static void assertRefused(String bucket, Form form, int status, String code, String message) throws Exception {
        assertRefused(PAIL, bucket, form, status, code, message);
    }

    private static void assertRefused(Pail pail, String bucket, Form form, int status, String code, String message)
            throws Exception {
        HttpResponse<String> response = send(pail, bucket, form.content == null
                ? form.file("f.txt", "text/plain", bytes("content")) : form);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.body()).startsWith("<?xml").contains("<Code>" + code + "</Code>");
        if (message != null) {
            assertThat(response.body().replace("&quot;", "\"")).contains("<Message>" + message + "</Message>");
        }
        assertThat(pail.client().listObjectsV2(b -> b.bucket(bucket)).contents())
                .noneSatisfy(o -> assertThat(o.key()).isEqualTo(form.value("key")));
    }

    private static HttpResponse<String> send(Pail pail, String bucket, Form form) throws Exception {
        String boundary = "----PailFormBoundary" + COUNTER.incrementAndGet();
        HttpRequest request = HttpRequest.newBuilder(pail.endpoint().resolve("/" + bucket))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.body(boundary))).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String bucket(Pail pail) {
        String name = "post-" + COUNTER.incrementAndGet();
        pail.client().createBucket(b -> b.bucket(name));
        SharedBuckets.shareWithEveryUser(pail, name);
        return name;
    }

    private static String aclBucket(Pail pail) {
        String name = "post-acl-" + COUNTER.incrementAndGet();
        pail.client().createBucket(b -> b.bucket(name).objectOwnership(ObjectOwnership.OBJECT_WRITER));
        pail.client().deletePublicAccessBlock(b -> b.bucket(name));
        SharedBuckets.shareWithEveryUser(pail, name);
        return name;
    }

    private static RecordedRequest last(Pail pail) {
        List<RecordedRequest> posts = pail.requests().stream().filter(r -> r.operation() == S3Operation.POST_OBJECT).toList();
        return posts.get(posts.size() - 1);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] md5(byte[] data) throws Exception {
        return MessageDigest.getInstance("MD5").digest(data);
    }

    private static String quotedMd5(byte[] data) throws Exception {
        return "\"" + HexFormat.of().formatHex(md5(data)) + "\"";
    }

    /**
     * A browser's form: fields in order, the signature pieces after them, the file last, a submit
     * button after it; and the policy that allows it, each field named by a condition unless told.
     */
    private static final class Form {
        private final List<String[]> fields = new ArrayList<>();
        private final List<String> conditions = new ArrayList<>();
        private Instant expiration = Instant.now().plusSeconds(600);
        private String[] file;
        private byte[] content;

        /** A form for the bucket, its policy naming it (none for null). */
        Form(String bucket) {
            if (bucket != null) {
                conditions.add("{\"bucket\": \"" + bucket + "\"}");
            }
        }

        /** A field and the exact condition that allows it. */
        Form field(String name, String value) {
            return fieldOnly(name, value).condition("[\"eq\", \"$" + name + "\", \"" + value + "\"]");
        }

        /** A field no condition is added for. */
        Form fieldOnly(String name, String value) {
            fields.add(new String[] {name, value});
            return this;
        }

        Form condition(String json) {
            conditions.add(json);
            return this;
        }

        Form expires(Instant when) {
            this.expiration = when;
            return this;
        }

        String value(String name) {
            return fields.stream().filter(f -> f[0].equalsIgnoreCase(name)).map(f -> f[1]).findFirst().orElse(null);
        }

        void replace(String name, String value) {
            fields.stream().filter(f -> f[0].equalsIgnoreCase(name)).forEach(f -> f[1] = value);
        }

        Form file(String filename, String contentType, byte[] bytes) {
            this.file = new String[] {filename, contentType};
            this.content = bytes;
            return this;
        }

        /** SigV4 as the POST pages describe it: the base64 policy is the string to sign. */
        Form signV4(Pail pail, String accessKey, String secretKey) {
            Instant now = Instant.now();
            String date = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC).format(now);
            String amzDate = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(now);
            String credential = accessKey + "/" + date + "/" + pail.region() + "/s3/aws4_request";
            String policy = policy("{\"x-amz-algorithm\": \"AWS4-HMAC-SHA256\"}",
                    "{\"x-amz-credential\": \"" + credential + "\"}", "{\"x-amz-date\": \"" + amzDate + "\"}");
            byte[] key = hmac("HmacSHA256", ("AWS4" + secretKey).getBytes(StandardCharsets.UTF_8), date);
            for (String part : List.of(pail.region(), "s3", "aws4_request")) {
                key = hmac("HmacSHA256", key, part);
            }
            return fieldOnly("x-amz-algorithm", "AWS4-HMAC-SHA256").fieldOnly("x-amz-credential", credential)
                    .fieldOnly("x-amz-date", amzDate).fieldOnly("policy", policy)
                    .fieldOnly("x-amz-signature", HexFormat.of().formatHex(hmac("HmacSHA256", key, policy)));
        }

        /** SigV2: base64 of the HMAC-SHA1 of the base64 policy. */
        Form signV2(String accessKey, String secretKey) {
            String policy = policy();
            return fieldOnly("AWSAccessKeyId", accessKey).fieldOnly("policy", policy).fieldOnly("signature", Base64.getEncoder()
                    .encodeToString(hmac("HmacSHA1", secretKey.getBytes(StandardCharsets.UTF_8), policy)));
        }

        private String policy(String... more) {
            List<String> all = new ArrayList<>(conditions);
            all.addAll(List.of(more));
            String json = "{\"expiration\": \"" + expiration.truncatedTo(ChronoUnit.MILLIS) + "\", \"conditions\": ["
                    + String.join(", ", all) + "]}";
            return Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
        }

        private static byte[] hmac(String algorithm, byte[] key, String data) {
            try {
                Mac mac = Mac.getInstance(algorithm);
                mac.init(new SecretKeySpec(key, algorithm));
                return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
            } catch (java.security.GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }

        byte[] body(String boundary) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (String[] f : fields) {
                out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f[0] + "\"\r\n\r\n" + f[1]
                        + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            if (file != null) {
                out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + file[0]
                        + "\"\r\n" + (file[1] == null ? "" : "Content-Type: " + file[1] + "\r\n") + "\r\n")
                        .getBytes(StandardCharsets.UTF_8));
                out.writeBytes(content);
                out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"submit\"\r\n\r\nUpload\r\n--"
                    + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return out.toByteArray();
        }
    }
}
