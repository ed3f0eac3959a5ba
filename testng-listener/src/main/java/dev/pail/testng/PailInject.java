package dev.pail.testng;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field {@link PailListener} fills when the class starts: {@code S3Client},
 * {@code S3AsyncClient}, {@code S3Presigner}, {@code URI} (the endpoint) or {@code Pail}.
 * JUnit 5's {@code dev.pail.junit5.PailInject} is understood too.
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface PailInject {
}
