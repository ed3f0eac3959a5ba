package dev.pail.testng;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field {@link PailListener} fills when the class starts: {@code S3Client},
 * {@code S3AsyncClient}, {@code S3Presigner}, {@code URI} (the endpoint) or {@code Pail}.
 * JUnit 5's {@code dev.pail.junit5.PailInject} is understood too, with the same attributes.
 *
 * <p>By default the clients sign as the default user; {@link #user()} asks for another configured
 * user's client and {@link #anonymous()} for an {@code S3Client} that does not sign:
 *
 * <pre>{@code
 * @Listeners(PailListener.class)
 * @PailTest(buckets = "shared", authentication = Authentication.STRICT, users = "alice:alice-secret")
 * public class SharingTest {
 *     @PailInject S3Client owner;
 *     @PailInject(user = "alice") S3Client alice;
 *     @PailInject(anonymous = true) S3Client anonymous;
 * }
 * }</pre>
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface PailInject {

    /**
     * The access key id of the user whose {@code S3Client}, {@code S3AsyncClient} or
     * {@code S3Presigner} this is: one declared with {@link PailTest#users()}, or the default user's
     * ({@code ""}, the default). An unknown access key id, or a user on a {@code URI} or {@code Pail},
     * fails the class's tests, naming the field and the configured users.
     */
    String user() default "";

    /**
     * Whether this is an {@code S3Client} that does not sign its requests: the anonymous principal
     * under {@link dev.pail.Authentication#STRICT STRICT} authentication, served as the default user
     * under LENIENT. Only for {@code S3Client}, and not together with {@link #user()}.
     */
    boolean anonymous() default false;
}
