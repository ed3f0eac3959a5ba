package dev.pail.internal.handler.config;

import static dev.pail.internal.handler.config.ConfigurationChecks.malformed;

import dev.pail.S3ErrorCode;
import dev.pail.internal.error.S3Exception;
import dev.pail.internal.store.Bucket;
import dev.pail.internal.store.Store;
import dev.pail.internal.xml.CorsConfiguration;
import java.util.Set;

/** S3's rules for a CORS configuration. */
public final class CorsValidation {

    public static final int MAX_RULES = 100;
    private static final Set<String> METHODS = Set.of("GET", "PUT", "POST", "DELETE", "HEAD");

    private CorsValidation() {
    }

    public static void check(CorsConfiguration configuration, Bucket bucket, Store store) {
        ConfigurationChecks.requireCount(configuration.rules, 1, MAX_RULES);
        for (CorsConfiguration.Rule rule : configuration.rules) {
            if (rule.allowedMethods.isEmpty() || rule.allowedOrigins.isEmpty()) {
                throw malformed();
            }
            if (rule.id != null && rule.id.length() > ConfigurationChecks.MAX_RULE_ID_LENGTH) {
                throw new S3Exception(S3ErrorCode.INVALID_ARGUMENT, "ID length should not exceed allowed limit of 255");
            }
            for (String method : rule.allowedMethods) {
                if (!METHODS.contains(method)) {
                    throw new S3Exception(S3ErrorCode.INVALID_REQUEST,
                            "Found unsupported HTTP method in CORS config. Unsupported method is " + method);
                }
            }
            for (String origin : rule.allowedOrigins) {
                requireOneWildcard(origin, "AllowedOrigin");
            }
            for (String header : rule.allowedHeaders) {
                requireOneWildcard(header, "AllowedHeader");
            }
            if (rule.maxAgeSeconds != null && rule.maxAgeSeconds < 0) {
                throw malformed();
            }
        }
    }

    private static void requireOneWildcard(String value, String element) {
        if (value.indexOf('*') != value.lastIndexOf('*')) {
            throw new S3Exception(S3ErrorCode.INVALID_REQUEST,
                    element + " \"" + value + "\" can not have more than one wildcard.");
        }
    }
}
