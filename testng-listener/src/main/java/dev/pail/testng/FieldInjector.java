package dev.pail.testng;

import dev.pail.Pail;
import dev.pail.internal.harness.Injectables;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

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
        if (!Injectables.supports(field.getType())) {
            throw new IllegalStateException(Injectables.unsupportedField(
                    field.getDeclaringClass().getName() + "." + field.getName(), field.getType()));
        }
        return Injectables.valueFor(field.getType(), pail);
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
