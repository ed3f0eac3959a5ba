package dev.pail.internal.harness;

import dev.pail.PailConfig;
import java.net.URI;
import java.util.Optional;
import java.util.function.Function;

/**
 * Contract mode's target: a real S3-compatible endpoint named by {@code pail.endpoint}, with
 * {@code pail.region}, {@code pail.accessKeyId} and {@code pail.secretAccessKey} (falling back to
 * the test's region and to {@code AWS_ACCESS_KEY_ID} / {@code AWS_SECRET_ACCESS_KEY}), and
 * {@code pail.bucketPrefix}, prepended to every declared bucket's name since bucket names are global.
 * JUnit reads these as configuration parameters (system properties or {@code junit-platform.properties}),
 * TestNG as system properties.
 *
 * @param endpoint        the endpoint
 * @param region          the region, if set
 * @param accessKeyId     the access key id
 * @param secretAccessKey the secret access key
 * @param bucketPrefix    the prefix of every bucket name on the endpoint ("" for none)
 */
public record ContractTarget(URI endpoint, Optional<String> region, String accessKeyId, String secretAccessKey,
                             String bucketPrefix) {

    /** The contract target the properties name, if any. */
    public static Optional<ContractTarget> from(Function<String, Optional<String>> property) {
        Optional<String> endpoint = property.apply("pail.endpoint").map(String::trim).filter(v -> !v.isEmpty());
        if (endpoint.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ContractTarget(URI.create(endpoint.get()), property.apply("pail.region"),
                property.apply("pail.accessKeyId").or(() -> env("AWS_ACCESS_KEY_ID"))
                        .orElse(PailConfig.DEFAULT_ACCESS_KEY_ID),
                property.apply("pail.secretAccessKey").or(() -> env("AWS_SECRET_ACCESS_KEY"))
                        .orElse(PailConfig.DEFAULT_SECRET_ACCESS_KEY),
                property.apply("pail.bucketPrefix").orElse("")));
    }

    /** The contract target of the system properties, if any. */
    public static Optional<ContractTarget> fromSystemProperties() {
        return from(name -> Optional.ofNullable(System.getProperty(name)));
    }

    private static Optional<String> env(String name) {
        return Optional.ofNullable(System.getenv(name));
    }
}
