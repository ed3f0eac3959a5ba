package dev.pail.junit5;

import dev.pail.Pail;
import dev.pail.internal.harness.Injectables;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.function.Predicate;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;

/** What the extension injects, by type: into parameters and into {@link PailInject} fields. */
final class Injection {

    private Injection() {
    }

    static boolean supports(Class<?> type) {
        return Injectables.supports(type);
    }

    static Object valueFor(Class<?> type, Pail pail) {
        return Injectables.valueFor(type, pail);
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
            throw new ExtensionConfigurationException(Injectables.unsupportedField(describe(field), field.getType()));
        }
        if (Modifier.isFinal(field.getModifiers())) {
            throw new ExtensionConfigurationException("@PailInject field '" + describe(field) + "' must not be final.");
        }
    }

    private static String describe(Field field) {
        return field.getDeclaringClass().getName() + "." + field.getName();
    }
}
