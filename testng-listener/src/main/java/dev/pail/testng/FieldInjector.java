package dev.pail.testng;

import dev.pail.Pail;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URI;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/** Fills {@link PailInject} fields (or JUnit 5's {@code PailInject}) of a test instance and its class. */
final class FieldInjector {

    private static final String JUNIT5_PAIL_INJECT = "dev.pail.junit5.PailInject";

    private FieldInjector() {
    }

    static void inject(Class<?> testClass, Object instance, Pail pail) {
        for (Class<?> type = testClass; type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (!isMarked(field) || (instance == null && !Modifier.isStatic(field.getModifiers()))) {
                    continue;
                }
                set(field, Modifier.isStatic(field.getModifiers()) ? null : instance, value(field, pail));
            }
        }
    }

    private static boolean isMarked(Field field) {
        if (field.isAnnotationPresent(PailInject.class)) {
            return true;
        }
        for (Annotation annotation : field.getAnnotations()) {
            if (annotation.annotationType().getName().equals(JUNIT5_PAIL_INJECT)) {
                return true;
            }
        }
        return false;
    }

    private static Object value(Field field, Pail pail) {
        Class<?> type = field.getType();
        if (type == S3Client.class) {
            return pail.client();
        }
        if (type == S3AsyncClient.class) {
            return pail.asyncClient();
        }
        if (type == S3Presigner.class) {
            return pail.presigner();
        }
        if (type == URI.class) {
            return pail.endpoint();
        }
        if (type == Pail.class) {
            return pail;
        }
        throw new IllegalStateException("@PailInject field '" + field.getDeclaringClass().getName() + "." + field.getName()
                + "' has type " + type.getName() + ", which Pail cannot inject; supported types are S3Client, "
                + "S3AsyncClient, S3Presigner, URI and Pail.");
    }

    private static void set(Field field, Object target, Object value) {
        if (Modifier.isFinal(field.getModifiers())) {
            throw new IllegalStateException("@PailInject field '" + field.getDeclaringClass().getName() + "."
                    + field.getName() + "' must not be final.");
        }
        try {
            field.setAccessible(true);
            field.set(target, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot inject " + field, e);
        }
    }
}
