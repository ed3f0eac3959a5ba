package dev.pail.junit5;

import dev.pail.Pail;
import dev.pail.PailConfig;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Contract mode: with {@code -Dpail.endpoint=URL} the extension starts no server and hands out
 * clients for that endpoint, so the same tests run against a real S3-compatible store. Region and
 * credentials come from {@code pail.region}, {@code pail.accessKeyId} and {@code pail.secretAccessKey}
 * (falling back to the test's region and to {@code AWS_ACCESS_KEY_ID} / {@code AWS_SECRET_ACCESS_KEY}).
 * Each is read as a JUnit configuration parameter, which JUnit looks up in system properties and
 * {@code junit-platform.properties} too.
 */
final class ContractMode {

    static final String ENDPOINT = "pail.endpoint";

    private ContractMode() {
    }

    /** The contract endpoint, if one is configured. */
    static Optional<URI> endpoint(ExtensionContext context) {
        String value = context.getConfigurationParameter(ENDPOINT).orElse(null);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(URI.create(value.trim()));
    }

    /** A handle on the contract endpoint. */
    static Pail connect(URI endpoint, Settings settings, ExtensionContext context) {
        String region = context.getConfigurationParameter("pail.region").orElse(settings.region());
        String accessKey = property(context, "pail.accessKeyId", "AWS_ACCESS_KEY_ID", PailConfig.DEFAULT_ACCESS_KEY_ID);
        String secretKey = property(context, "pail.secretAccessKey", "AWS_SECRET_ACCESS_KEY",
                PailConfig.DEFAULT_SECRET_ACCESS_KEY);
        return Pail.connect(endpoint, Pail.builder().region(region).credentials(accessKey, secretKey).build());
    }

    private static String property(ExtensionContext context, String name, String environment, String fallback) {
        String value = context.getConfigurationParameter(name).orElse(null);
        if (value == null) {
            value = System.getenv(environment);
        }
        return value == null ? fallback : value;
    }
}
