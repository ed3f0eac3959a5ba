package dev.pail.internal.access;

import dev.pail.User;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a request says about itself, as plain values, for the condition keys of bucket policies.
 *
 * @param principal        the requester; empty for anonymous
 * @param sourceIp         the client's address
 * @param secureTransport  whether it came over TLS
 * @param now              the server's time
 * @param headers          the request headers, names in lower case
 * @param query            the decoded query parameters
 * @param authType         {@code REST-HEADER}, {@code REST-QUERY-STRING} or {@code POST}; empty when unsigned
 * @param signatureVersion {@code AWS4-HMAC-SHA256} or {@code AWS}; empty when unsigned
 * @param existingTags     the tags of the object the request is about (looked up only when a policy asks)
 */
public record RequestFacts(Optional<User> principal, String sourceIp, boolean secureTransport, Instant now,
                           Map<String, List<String>> headers, Map<String, String> query, Optional<String> authType,
                           Optional<String> signatureVersion, Supplier<Map<String, String>> existingTags) {

    /** Validates the components. */
    public RequestFacts {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(sourceIp, "sourceIp");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(authType, "authType");
        Objects.requireNonNull(signatureVersion, "signatureVersion");
        Objects.requireNonNull(existingTags, "existingTags");
    }

    /** The first value of a header (name in lower case). */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }
}
