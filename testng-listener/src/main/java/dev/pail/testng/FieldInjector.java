package dev.pail.testng;

import dev.pail.Pail;
import dev.pail.internal.harness.Injectables;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

/**
 * Fills {@link PailInject} fields (or JUnit 5's {@code PailInject}) of a test instance and its class,
 * with the default user's clients or those their {@code user} / {@code anonymous} attributes ask for.
 */
final class FieldInjector {

    private static final String JUNIT5_PAIL_INJECT = "dev.pail.junit5.PailInject";

    private FieldInjector() {
    }

    static void inject(Class<?> testClass, Object instance, Pail pail) {
        for (Class<?> type = testClass; type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                Annotation marker = marker(field);
                if (marker == null || (instance == null && !Modifier.isStatic(field.getModifiers()))) {
                    continue;
                }
                set(field, Modifier.isStatic(field.getModifiers()) ? null : instance, value(field, marker, pail));
            }
        }
    }

    /** The field's {@link PailInject} or JUnit 5's {@code PailInject}, or null when it has neither. */
    private static Annotation marker(Field field) {
        PailInject own = field.getAnnotation(PailInject.class);
        if (own != null) {
            return own;
        }
        for (Annotation annotation : field.getAnnotations()) {
            if (annotation.annotationType().getName().equals(JUNIT5_PAIL_INJECT)) {
                return annotation;
            }
        }
        return null;
    }

    private static Object value(Field field, Annotation marker, Pail pail) {
        String name = field.getDeclaringClass().getName() + "." + field.getName();
        if (!Injectables.supports(field.getType())) {
            throw new IllegalStateException(Injectables.unsupportedField(name, field.getType()));
        }
        try {
            return Injectables.valueFor(field.getType(), pail, Injectables.Qualifier.of(marker), "field '" + name + "'");
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
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
