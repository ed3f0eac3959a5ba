package dev.pail.junit5;

import dev.pail.Authentication;
import dev.pail.BucketDefaults;
import dev.pail.PailConfig;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the test class against an embedded Pail: one server per class (shared by its {@code @Nested}
 * classes), reset to the declared buckets before each test, with its journal and fault rules
 * cleared. Test and lifecycle methods may take an {@code S3Client}, {@code S3AsyncClient},
 * {@code S3Presigner}, {@code URI} (the endpoint) or {@code Pail} parameter; fields annotated
 * {@link PailInject} are filled the same way.
 *
 * <pre>{@code
 * @PailTest(buckets = "photos")
 * class UploadServiceTest {
 *     @Test
 *     void uploads(S3Client s3, Pail pail) { ... }
 * }
 * }</pre>
 *
 * <p>With the system property {@code pail.endpoint} set, no server starts and the clients talk to
 * that endpoint instead (contract mode); see {@link PailExtension}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(PailExtension.class)
public @interface PailTest {

    /** Buckets that exist, empty, at the start of every test. */
    String[] buckets() default {};

    /** The region of the server, its buckets and its clients. */
    String region() default PailConfig.DEFAULT_REGION;

    /** The port to bind; 0 picks a free one (the default, and the right choice for parallel tests). */
    int port() default 0;

    /**
     * Fails a test that caused an answer of 501 (an operation Pail does not implement) or 500 (an
     * internal error), naming the requests.
     */
    boolean strict() default false;

    /** How many bytes of each request body the journal keeps. */
    int bodyCaptureLimit() default PailConfig.DEFAULT_BODY_CAPTURE_LIMIT;

    /**
     * A delay in milliseconds before every request is served, so that tests resemble a network
     * (0, the default: none). The wait holds no thread. See {@code dev.pail.fault.Latency}.
     */
    long latencyMillis() default 0;

    /**
     * How much longer than {@link #latencyMillis()} the delay may be: each request waits a uniformly
     * random time between the two, drawn from {@link #latencySeed()} (0, the default: a fixed delay).
     */
    long latencyJitterMillis() default 0;

    /** The seed of the random delays, so that a run can be repeated. */
    long latencySeed() default 0;

    /**
     * How requests are authenticated: {@link Authentication#LENIENT} (the default) verifies requests
     * signed with a known key and serves anything else as the default user; {@link Authentication#STRICT}
     * refuses unknown keys and treats unsigned requests as anonymous, as S3 does. (Not to be confused
     * with {@link #strict()}.)
     */
    Authentication authentication() default Authentication.LENIENT;

    /**
     * How new buckets start out, the declared ones included: {@link BucketDefaults#CURRENT} (the default,
     * as AWS creates them today: Block Public Access on, ACLs disabled) or {@link BucketDefaults#LEGACY}
     * (as before April 2023: ACLs enabled, no Block Public Access).
     */
    BucketDefaults bucketDefaults() default BucketDefaults.CURRENT;

    /**
     * More users, each its own account, in the form
     * {@code ACCESS_KEY:SECRET_KEY[:CANONICAL_ID[:DISPLAY_NAME[:EMAIL]]]} of {@link dev.pail.User#parse(String)}
     * (secrets may hold '/', '+' and '='; parts left out are derived from the access key id), e.g.
     * {@code users = {"alice:alice-secret", "bob:bob-secret::Bob Builder"}}. The default user stays
     * {@code pail} / {@code pail-secret}, signs the unqualified clients and owns the declared buckets;
     * {@code @PailInject(user = "alice")} gives a client that signs as alice. A malformed entry, an access
     * key id given twice, or an entry for {@code pail} itself fails the class, naming it.
     */
    String[] users() default {};
}
