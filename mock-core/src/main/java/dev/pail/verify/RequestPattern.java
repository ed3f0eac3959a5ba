package dev.pail.verify;

import dev.pail.S3ErrorCode;
import dev.pail.S3Operation;
import dev.pail.recording.AuthMethod;
import dev.pail.recording.RecordedRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Describes requests to look for in the journal, for verification ({@code pail.verify(...)}),
 * AssertJ assertions and fault rules ({@code pail.when(...)}). Immutable: every {@code with...}
 * method returns a new pattern.
 *
 * <pre>{@code
 * pail.verify(putObject("photos", "thumbs/cat.jpg").withHeader("content-type", "image/jpeg"));
 * pail.verify(times(2), getObject("photos", keyStartingWith("thumbs/")));
 * pail.verify(never(), deleteObject("photos", anyKey()));
 * }</pre>
 */
public final class RequestPattern implements Predicate<RecordedRequest> {

    private final List<Expectation> expectations;

    private RequestPattern(List<Expectation> expectations) {
        this.expectations = List.copyOf(expectations);
    }

    // ---- factories by scope ----------------------------------------------------------------

    /** Any request at all. */
    public static RequestPattern anyOperation() {
        return new RequestPattern(List.of());
    }

    /** Requests of one operation, to any bucket and key. */
    public static RequestPattern operation(S3Operation operation) {
        Objects.requireNonNull(operation, "operation");
        return anyOperation().with(new Expectation("operation", operation.operationName(),
                r -> r.operation().operationName(), r -> r.operation() == operation));
    }

    /** Requests of one operation on one bucket. */
    public static RequestPattern operation(S3Operation operation, String bucket) {
        return operation(operation).inBucket(bucket);
    }

    /** Requests of one operation on objects of one bucket whose key matches. */
    public static RequestPattern operation(S3Operation operation, String bucket, KeyMatcher key) {
        return operation(operation, bucket).withKey(key);
    }

    // ---- factories named after operations ---------------------------------------------------

    /** PutObject of exactly this key. */
    public static RequestPattern putObject(String bucket, String key) {
        return putObject(bucket, keyEqualTo(key));
    }

    /** PutObject of matching keys. */
    public static RequestPattern putObject(String bucket, KeyMatcher key) {
        return operation(S3Operation.PUT_OBJECT, bucket, key);
    }

    /** GetObject of exactly this key. */
    public static RequestPattern getObject(String bucket, String key) {
        return getObject(bucket, keyEqualTo(key));
    }

    /** GetObject of matching keys. */
    public static RequestPattern getObject(String bucket, KeyMatcher key) {
        return operation(S3Operation.GET_OBJECT, bucket, key);
    }

    /** HeadObject of exactly this key. */
    public static RequestPattern headObject(String bucket, String key) {
        return headObject(bucket, keyEqualTo(key));
    }

    /** HeadObject of matching keys. */
    public static RequestPattern headObject(String bucket, KeyMatcher key) {
        return operation(S3Operation.HEAD_OBJECT, bucket, key);
    }

    /** DeleteObject of exactly this key. */
    public static RequestPattern deleteObject(String bucket, String key) {
        return deleteObject(bucket, keyEqualTo(key));
    }

    /** DeleteObject of matching keys. */
    public static RequestPattern deleteObject(String bucket, KeyMatcher key) {
        return operation(S3Operation.DELETE_OBJECT, bucket, key);
    }

    /** CopyObject to exactly this destination key. */
    public static RequestPattern copyObject(String bucket, String key) {
        return operation(S3Operation.COPY_OBJECT, bucket, keyEqualTo(key));
    }

    /** DeleteObjects (the batch delete) on a bucket. */
    public static RequestPattern deleteObjects(String bucket) {
        return operation(S3Operation.DELETE_OBJECTS, bucket);
    }

    /** CreateMultipartUpload of matching keys. */
    public static RequestPattern createMultipartUpload(String bucket, KeyMatcher key) {
        return operation(S3Operation.CREATE_MULTIPART_UPLOAD, bucket, key);
    }

    /** UploadPart of matching keys. */
    public static RequestPattern uploadPart(String bucket, KeyMatcher key) {
        return operation(S3Operation.UPLOAD_PART, bucket, key);
    }

    /** CompleteMultipartUpload of matching keys. */
    public static RequestPattern completeMultipartUpload(String bucket, KeyMatcher key) {
        return operation(S3Operation.COMPLETE_MULTIPART_UPLOAD, bucket, key);
    }

    /** ListObjectsV2 on a bucket. */
    public static RequestPattern listObjectsV2(String bucket) {
        return operation(S3Operation.LIST_OBJECTS_V2, bucket);
    }

    /** ListBuckets. */
    public static RequestPattern listBuckets() {
        return operation(S3Operation.LIST_BUCKETS);
    }

    /** CreateBucket of this bucket. */
    public static RequestPattern createBucket(String bucket) {
        return operation(S3Operation.CREATE_BUCKET, bucket);
    }

    /** DeleteBucket of this bucket. */
    public static RequestPattern deleteBucket(String bucket) {
        return operation(S3Operation.DELETE_BUCKET, bucket);
    }

    /** HeadBucket of this bucket. */
    public static RequestPattern headBucket(String bucket) {
        return operation(S3Operation.HEAD_BUCKET, bucket);
    }

    // ---- key matchers -----------------------------------------------------------------------

    /** Any key (and requests without one). */
    public static KeyMatcher anyKey() {
        return KeyMatcher.any();
    }

    /** Exactly this key. */
    public static KeyMatcher keyEqualTo(String key) {
        return KeyMatcher.equalTo(key);
    }

    /** Keys starting with a prefix. */
    public static KeyMatcher keyStartingWith(String prefix) {
        return KeyMatcher.startingWith(prefix);
    }

    /** Keys matching a regular expression as a whole. */
    public static KeyMatcher keyMatching(String regex) {
        return KeyMatcher.matching(regex);
    }

    // ---- refinements ------------------------------------------------------------------------

    /** Only requests to this bucket. */
    public RequestPattern inBucket(String bucket) {
        Objects.requireNonNull(bucket, "bucket");
        return with(new Expectation("bucket", Quote.of(bucket), r -> Quote.of(r.bucket().orElse(null)),
                r -> r.bucket().filter(bucket::equals).isPresent()));
    }

    /** Only requests whose key matches. */
    public RequestPattern withKey(KeyMatcher key) {
        Objects.requireNonNull(key, "key");
        if (key.isAny()) {
            return this;
        }
        return with(new Expectation("key", key.toString(), r -> Quote.of(r.key().orElse(null)),
                r -> key.matches(r.key().orElse(null))));
    }

    /** Only requests with exactly this key. */
    public RequestPattern withKey(String key) {
        return withKey(keyEqualTo(key));
    }

    /** Only requests carrying this header value (name case-insensitive, value exact). */
    public RequestPattern withHeader(String name, String value) {
        Objects.requireNonNull(value, "value");
        return withHeader(name, Quote.of(value), value::equals);
    }

    /** Only requests whose header satisfies a condition, described for failure messages. */
    public RequestPattern withHeader(String name, String description, Predicate<String> condition) {
        String lower = name.toLowerCase(Locale.ROOT);
        return with(new Expectation("header " + lower, description, r -> Quote.of(r.header(lower).orElse(null)),
                r -> r.header(lower).filter(condition).isPresent()));
    }

    /** Only requests without this header. */
    public RequestPattern withoutHeader(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return with(new Expectation("header " + lower, "(none)", r -> Quote.of(r.header(lower).orElse(null)),
                r -> r.header(lower).isEmpty()));
    }

    /** Only requests with this query parameter value. */
    public RequestPattern withQueryParam(String name, String value) {
        Objects.requireNonNull(value, "value");
        return with(new Expectation("query " + name, Quote.of(value),
                r -> Quote.of(r.queryParameter(name).orElse(null)), r -> r.queryParameter(name).filter(value::equals).isPresent()));
    }

    /** Only requests with this query parameter, whatever its value. */
    public RequestPattern withQueryParam(String name) {
        return with(new Expectation("query " + name, "(present)",
                r -> Quote.of(r.queryParameter(name).orElse(null)), r -> r.queryParameter(name).isPresent()));
    }

    /** Only requests whose decoded body is exactly these bytes (needs the body within the capture limit). */
    public RequestPattern withBody(byte[] body) {
        byte[] expected = body.clone();
        return with(new Expectation("body", describeBody(expected), r -> describeBody(r.body()),
                r -> !r.isBodyTruncated() && Arrays.equals(expected, r.body())).afterServing());
    }

    /** Only requests whose decoded body is this UTF-8 text. */
    public RequestPattern withUtf8Body(String body) {
        return withBody(body.getBytes(StandardCharsets.UTF_8));
    }

    /** Only requests whose captured body satisfies a condition, described for failure messages. */
    public RequestPattern withBody(String description, Predicate<byte[]> condition) {
        return with(new Expectation("body", description, r -> describeBody(r.body()), r -> condition.test(r.body()))
                .afterServing());
    }

    /** Only requests answered with this HTTP status. */
    public RequestPattern withStatus(int status) {
        return with(new Expectation("status", Integer.toString(status), r -> Integer.toString(r.status()),
                r -> r.status() == status).afterServing());
    }

    /** Only requests answered with this S3 error. */
    public RequestPattern withErrorCode(S3ErrorCode code) {
        Objects.requireNonNull(code, "code");
        return with(new Expectation("error code", code.code(), r -> r.errorCode().map(S3ErrorCode::code).orElse("(none)"),
                r -> r.errorCode().filter(code::equals).isPresent()).afterServing());
    }

    /**
     * Only requests served as the user with this access key id (see {@link RecordedRequest#principal()}).
     * Known once the request was authenticated, so not usable in {@code pail.when(...)}.
     */
    public RequestPattern withPrincipal(String accessKeyId) {
        Objects.requireNonNull(accessKeyId, "accessKeyId");
        return with(new Expectation("principal", accessKeyId, r -> r.principal().orElse("(anonymous)"),
                r -> r.principal().filter(accessKeyId::equals).isPresent()).afterServing());
    }

    /** Only anonymous requests: unsigned in STRICT authentication. Known once authenticated. */
    public RequestPattern anonymous() {
        return with(new Expectation("principal", "(anonymous)", r -> r.principal().orElse("(anonymous)"),
                r -> r.principal().isEmpty()).afterServing());
    }

    /** Only requests authenticated this way, e.g. {@link AuthMethod#SIGV4_PRESIGNED}. Known once authenticated. */
    public RequestPattern withAuthMethod(AuthMethod method) {
        Objects.requireNonNull(method, "method");
        return with(new Expectation("auth method", method.name(), r -> r.authMethod().name(),
                r -> r.authMethod() == method).afterServing());
    }

    // ---- matching ---------------------------------------------------------------------------

    /**
     * The constraints that can only be judged once a request was served (its body, its status, its
     * error code), described; empty when the pattern can be matched as a request arrives, as
     * {@code pail.when(...)} requires.
     */
    public List<String> constraintsKnownOnlyAfterServing() {
        List<String> late = new ArrayList<>();
        for (Expectation expectation : expectations) {
            if (expectation.isAfterServing()) {
                late.add(expectation.field() + "=" + expectation.expected());
            }
        }
        return late;
    }

    /** Whether a recorded request matches every constraint. */
    public boolean matches(RecordedRequest request) {
        for (Expectation expectation : expectations) {
            if (!expectation.matches(request)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean test(RecordedRequest request) {
        return matches(request);
    }

    /** The pattern's field by field comparison with a request. */
    List<Expectation.Comparison> compare(RecordedRequest request) {
        List<Expectation.Comparison> out = new ArrayList<>(expectations.size());
        for (Expectation expectation : expectations) {
            out.add(expectation.compare(request));
        }
        return out;
    }

    /** The constraints, one per line, for IDE diffs. */
    String expectedFields() {
        StringBuilder out = new StringBuilder();
        for (Expectation expectation : expectations) {
            out.append(expectation.field()).append(": ").append(expectation.expected()).append('\n');
        }
        return out.toString();
    }

    /** For example {@code PutObject bucket="photos" key="cat.jpg" header content-type="image/jpeg"}. */
    @Override
    public String toString() {
        if (expectations.isEmpty()) {
            return "any request";
        }
        StringBuilder out = new StringBuilder();
        for (Expectation expectation : expectations) {
            out.append(out.length() == 0 ? "" : " ");
            if (expectation.field().equals("operation")) {
                out.append(expectation.expected());
            } else {
                out.append(expectation.field()).append('=').append(expectation.expected());
            }
        }
        if (!expectations.get(0).field().equals("operation")) {
            out.insert(0, "any operation ");
        }
        return out.toString();
    }

    private RequestPattern with(Expectation expectation) {
        List<Expectation> next = new ArrayList<>(expectations);
        next.add(expectation);
        return new RequestPattern(next);
    }

    private static String describeBody(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        boolean printable = text.chars().allMatch(c -> c >= 0x20 || c == '\n' || c == '\r' || c == '\t')
                && !text.contains("\uFFFD");
        return printable ? Quote.of(text) : body.length + " bytes";
    }
}
