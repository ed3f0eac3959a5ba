package dev.pail.internal.harness;

import dev.pail.Pail;
import dev.pail.User;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/** The types the test-framework integrations inject, and the value of each for a server. */
public final class Injectables {

    /** Every injectable type. */
    public static final List<Class<?>> TYPES = List.of(S3Client.class, S3AsyncClient.class, S3Presigner.class, URI.class,
            Pail.class);

    private Injectables() {
    }

    /**
     * Whose client a {@code @PailInject} asks for, beyond its type: a configured user's (by access key
     * id), the anonymous one, or (the default) the default user's.
     *
     * @param user      the access key id of a configured user; empty for the default user
     * @param anonymous whether the client must not sign (only for {@code S3Client})
     */
    public record Qualifier(String user, boolean anonymous) {

        /** The default user's client, or the endpoint or the handle itself. */
        public static final Qualifier NONE = new Qualifier("", false);

        /** Validates the components. */
        public Qualifier {
            Objects.requireNonNull(user, "user");
        }

        /**
         * The qualifier of a {@code @PailInject} annotation of either framework, read by attribute
         * name; {@link #NONE} for null or an annotation without those attributes.
         */
        public static Qualifier of(Annotation pailInject) {
            if (pailInject == null) {
                return NONE;
            }
            Object user = attribute(pailInject, "user");
            Object anonymous = attribute(pailInject, "anonymous");
            return new Qualifier(user instanceof String s ? s : "", Boolean.TRUE.equals(anonymous));
        }

        /** How the annotation read, for messages: {@code @PailInject(user = "alice")}. */
        String describe() {
            if (anonymous) {
                return user.isEmpty() ? "@PailInject(anonymous = true)"
                        : "@PailInject(user = \"" + user + "\", anonymous = true)";
            }
            return user.isEmpty() ? "@PailInject" : "@PailInject(user = \"" + user + "\")";
        }

        private static Object attribute(Annotation annotation, String name) {
            try {
                Method method = annotation.annotationType().getMethod(name);
                return method.invoke(annotation);
            } catch (NoSuchMethodException e) {
                return null;
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + name + " of " + annotation, e);
            }
        }
    }

    /** Whether a field or parameter of this type can be injected. */
    public static boolean supports(Class<?> type) {
        return TYPES.contains(type);
    }

    /** The value of a supported type for a server: one of its clients, its endpoint, or itself. */
    public static Object valueFor(Class<?> type, Pail pail) {
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

    /**
     * The value of a supported type for a server as a {@code @PailInject} qualifies it: a configured
     * user's client ({@link Pail#clientFor}, {@link Pail#asyncClientFor}, {@link Pail#presignerFor}),
     * the anonymous {@code S3Client} ({@link Pail#anonymousClient()}), or else as
     * {@link #valueFor(Class, Pail)}.
     *
     * @param target what is injected, for messages, e.g. {@code field 'com.example.FooTest.alice'}
     * @throws IllegalArgumentException when the qualifier does not fit the type or names no configured
     *                                  user; the message names the target and the configured users
     */
    public static Object valueFor(Class<?> type, Pail pail, Qualifier qualifier, String target) {
        if (!supports(type)) {
            throw new IllegalArgumentException(unsupported(target, type));
        }
        if (qualifier.anonymous()) {
            if (!qualifier.user().isEmpty()) {
                throw new IllegalArgumentException(qualifier.describe() + " on " + target
                        + " asks for both a user's client and the anonymous one; set only one of them.");
            }
            if (type != S3Client.class) {
                throw new IllegalArgumentException(qualifier.describe() + " on " + target + " (a " + type.getName()
                        + "): only an S3Client can be anonymous (it does not sign its requests).");
            }
            return pail.anonymousClient();
        }
        if (qualifier.user().isEmpty()) {
            return valueFor(type, pail);
        }
        if (type == URI.class || type == Pail.class) {
            throw new IllegalArgumentException(qualifier.describe() + " on " + target + " (a " + type.getName()
                    + "): only S3Client, S3AsyncClient and S3Presigner belong to a user; drop the user.");
        }
        String user = qualifier.user();
        if (pail.users().stream().noneMatch(u -> u.accessKeyId().equals(user))) {
            throw new IllegalArgumentException(qualifier.describe() + " on " + target + ": no user has the access key id \""
                    + user + "\"; the configured users are " + pail.users().stream().map(User::accessKeyId).toList()
                    + " (declare it with @PailTest(users = \"" + user + ":SECRET_KEY\"), or user(..) on the builder)");
        }
        if (type == S3Client.class) {
            return pail.clientFor(user);
        }
        if (type == S3AsyncClient.class) {
            return pail.asyncClientFor(user);
        }
        return pail.presignerFor(user);
    }

    /** The message for an annotated field whose type cannot be injected. */
    public static String unsupportedField(String field, Class<?> type) {
        return unsupported("field '" + field + "'", type);
    }

    private static String unsupported(String target, Class<?> type) {
        return "@PailInject " + target + " has type " + type.getName() + ", which Pail cannot inject; "
                + "supported types are S3Client, S3AsyncClient, S3Presigner, URI and Pail.";
    }
}
