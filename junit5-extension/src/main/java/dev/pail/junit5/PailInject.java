package dev.pail.junit5;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field to be filled by {@link PailExtension} before each test: {@code S3Client},
 * {@code S3AsyncClient}, {@code S3Presigner}, {@code URI} (the endpoint) or {@code Pail}. Any other
 * type is a configuration error naming the field.
 *
 * <p>By default the clients sign as the default user. {@link #user()} asks for another configured
 * user's client and {@link #anonymous()} for an {@code S3Client} that does not sign; on a test or
 * lifecycle method's parameter, the annotation does the same for that parameter (an unannotated one
 * gets the default user's):
 *
 * <pre>{@code
 * @PailTest(buckets = "shared", authentication = Authentication.STRICT, users = {"alice:alice-secret", "bob:bob-secret"})
 * class SharingTest {
 *     @PailInject(user = "alice") S3Client alice;
 *     @PailInject(anonymous = true) S3Client anonymous;
 *
 *     @Test
 *     void bobReadsWhatAliceShares(S3Client owner, @PailInject(user = "bob") S3AsyncClient bob) { ... }
 * }
 * }</pre>
 */
@Target({ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface PailInject {

    /**
     * The access key id of the user whose {@code S3Client}, {@code S3AsyncClient} or
     * {@code S3Presigner} this is: one declared with {@link PailTest#users()} or
     * {@link PailExtension.Builder#user(String, String)}, or the default user's ({@code ""}, the
     * default). An unknown access key id, or a user on a {@code URI} or {@code Pail}, is a
     * configuration error naming the field or parameter and the configured users.
     */
    String user() default "";

    /**
     * Whether this is an {@code S3Client} that does not sign its requests: the anonymous principal
     * under {@link dev.pail.Authentication#STRICT STRICT} authentication, served as the default user
     * under LENIENT. Only for {@code S3Client}, and not together with {@link #user()}.
     */
    boolean anonymous() default false;
}
