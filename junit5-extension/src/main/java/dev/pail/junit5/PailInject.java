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
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface PailInject {
}
