package dev.pail.testng;

import dev.pail.PailConfig;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Configures the Pail that {@link PailListener} starts for a TestNG test class; the same
 * attributes as JUnit 5's {@code dev.pail.junit5.PailTest} (which the listener also understands).
 *
 * <pre>{@code
 * @Listeners(PailListener.class)
 * @PailTest(buckets = "photos")
 * public class UploadServiceTest { @PailInject S3Client s3; ... }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface PailTest {

    /** Buckets that exist, empty, at the start of every test. */
    String[] buckets() default {};

    /** The region of the server, its buckets and its clients. */
    String region() default PailConfig.DEFAULT_REGION;

    /** The port to bind; 0 picks a free one. */
    int port() default 0;

    /** Fails a test that caused an answer of 501 or 500, naming the requests. */
    boolean strict() default false;

    /** How many bytes of each request body the journal keeps. */
    int bodyCaptureLimit() default PailConfig.DEFAULT_BODY_CAPTURE_LIMIT;
}
