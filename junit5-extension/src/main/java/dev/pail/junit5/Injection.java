package dev.pail.junit5;

import dev.pail.Pail;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/** What the extension injects, by type: into parameters and into {@link PailInject} fields. */
final class Injection {

    static final List<Class<?>> SUPPORTED = List.of(S3Client.class, S3AsyncClient.class, S3Presigner.class, URI.class,
            Pail.class);

    private Injection() {
    }

    static boolean supports(Class<?> type) {
        return SUPPORTED.contains(type);
    }

    /** The value of a supported type for a server. */
    static Object valueFor(Class<?> type, Pail pail) {
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
        throw new IllegalArgumentException(type.getName());
    }

    /** Fills the {@link PailInject} fields of a class (static ones when instance is null). */
    static void injectFields(Class<?> testClass, Object instance, Pail pail) {
        Predicate<Field> wanted = field -> field.isAnnotationPresent(PailInject.class)
                && Modifier.isStatic(field.getModifiers()) == (instance == null);
        for (Field field : AnnotationSupport.findAnnotatedFields(testClass, PailInject.class, wanted,
                HierarchyTraversalMode.TOP_DOWN)) {
            check(field);
            try {
                field.setAccessible(true);
                field.set(instance, valueFor(field.getType(), pail));
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new ExtensionConfigurationException("Could not inject @PailInject field '" + describe(field)
                        + "': " + e.getMessage(), e);
            }
        }
    }

    private static void check(Field field) {
        if (!supports(field.getType())) {
            throw new ExtensionConfigurationException("@PailInject field '" + describe(field) + "' has type "
                    + field.getType().getName() + ", which Pail cannot inject; supported types are S3Client, "
                    + "S3AsyncClient, S3Presigner, URI and Pail.");
        }
        if (Modifier.isFinal(field.getModifiers())) {
            throw new ExtensionConfigurationException("@PailInject field '" + describe(field) + "' must not be final.");
        }
    }

    private static String describe(Field field) {
        return field.getDeclaringClass().getName() + "." + field.getName();
    }
}
