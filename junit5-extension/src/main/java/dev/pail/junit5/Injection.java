package dev.pail.junit5;

import dev.pail.Pail;
import dev.pail.internal.harness.Injectables;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.StringJoiner;
import java.util.function.Predicate;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;

/**
 * What the extension injects, by type and {@link PailInject} qualifier: into parameters and into
 * {@link PailInject} fields.
 */
final class Injection {

    private Injection() {
    }

    /** Whether the extension resolves this parameter: an injectable type, or any marked {@link PailInject}. */
    static boolean supports(ParameterContext parameter) {
        return Injectables.supports(parameter.getParameter().getType()) || parameter.isAnnotated(PailInject.class);
    }

    /** The value of a parameter: its user's client when it is marked {@link PailInject}, else the default one. */
    static Object valueFor(ParameterContext parameter, Pail pail) {
        Parameter p = parameter.getParameter();
        Injectables.Qualifier qualifier = Injectables.Qualifier.of(parameter.findAnnotation(PailInject.class).orElse(null));
        try {
            return Injectables.valueFor(p.getType(), pail, qualifier, "parameter " + describe(parameter));
        } catch (IllegalArgumentException e) {
            throw new ParameterResolutionException(e.getMessage(), e);
        }
    }

    /** Fills the {@link PailInject} fields of a class (static ones when instance is null). */
    static void injectFields(Class<?> testClass, Object instance, Pail pail) {
        Predicate<Field> wanted = field -> field.isAnnotationPresent(PailInject.class)
                && Modifier.isStatic(field.getModifiers()) == (instance == null);
        for (Field field : AnnotationSupport.findAnnotatedFields(testClass, PailInject.class, wanted,
                HierarchyTraversalMode.TOP_DOWN)) {
            check(field);
            try {
                Object value = Injectables.valueFor(field.getType(), pail,
                        Injectables.Qualifier.of(field.getAnnotation(PailInject.class)), "field '" + describe(field) + "'");
                field.setAccessible(true);
                field.set(instance, value);
            } catch (IllegalArgumentException e) {
                throw new ExtensionConfigurationException(e.getMessage(), e);
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new ExtensionConfigurationException("Could not inject @PailInject field '" + describe(field)
                        + "': " + e.getMessage(), e);
            }
        }
    }

    private static void check(Field field) {
        if (!Injectables.supports(field.getType())) {
            throw new ExtensionConfigurationException(Injectables.unsupportedField(describe(field), field.getType()));
        }
        if (Modifier.isFinal(field.getModifiers())) {
            throw new ExtensionConfigurationException("@PailInject field '" + describe(field) + "' must not be final.");
        }
    }

    private static String describe(Field field) {
        return field.getDeclaringClass().getName() + "." + field.getName();
    }

    /** E.g. {@code [S3AsyncClient bob] of com.example.FooTest.test(S3Client, S3AsyncClient)}. */
    private static String describe(ParameterContext parameter) {
        Parameter p = parameter.getParameter();
        Executable executable = parameter.getDeclaringExecutable();
        StringJoiner types = new StringJoiner(", ", "(", ")");
        for (Class<?> type : executable.getParameterTypes()) {
            types.add(type.getSimpleName());
        }
        String name = executable instanceof Constructor<?> ? executable.getDeclaringClass().getSimpleName()
                : executable.getName();
        return "[" + p.getType().getSimpleName() + " " + p.getName() + "] of " + executable.getDeclaringClass().getName()
                + "." + name + types;
    }
}
