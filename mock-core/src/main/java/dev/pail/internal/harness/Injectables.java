package dev.pail.internal.harness;

import dev.pail.Pail;
import java.net.URI;
import java.util.List;
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

    /** The message for an annotated field whose type cannot be injected. */
    public static String unsupportedField(String field, Class<?> type) {
        return "@PailInject field '" + field + "' has type " + type.getName() + ", which Pail cannot inject; "
                + "supported types are S3Client, S3AsyncClient, S3Presigner, URI and Pail.";
    }
}
