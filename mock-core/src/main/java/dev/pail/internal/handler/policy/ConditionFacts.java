package dev.pail.internal.handler.policy;

import dev.pail.User;
import dev.pail.internal.access.ConditionKeys;
import dev.pail.internal.access.RequestFacts;
import dev.pail.internal.access.policy.ConditionContext;
import dev.pail.internal.access.policy.Policy;
import dev.pail.internal.handler.HandlerContext;
import dev.pail.internal.protocol.S3Request;
import dev.pail.internal.store.Bucket;
import dev.pail.internal.store.ObjectVersion;
import dev.pail.recording.AuthMethod;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** Turns a request into the plain {@link RequestFacts} its policy conditions are judged on. */
final class ConditionFacts {

    private final HandlerContext context;

    ConditionFacts(HandlerContext context) {
        this.context = context;
    }

    /** The condition keys of a request to a bucket with a policy. */
    ConditionContext of(S3Request request, Optional<User> principal, Policy policy, Bucket bucket,
                        Supplier<Optional<ObjectVersion>> version) {
        Map<String, String> query = new LinkedHashMap<>();
        for (String name : request.query().names()) {
            request.query().first(name).ifPresent(value -> query.put(name, value));
        }
        AuthMethod method = request.principal().map(p -> p.method()).orElse(AuthMethod.UNSIGNED);
        Supplier<Map<String, String>> tags = () -> version.get().map(v -> v.metadata().tags()).orElse(Map.of());
        return ConditionKeys.of(new RequestFacts(principal, request.http().trace().sourceIp(),
                request.http().trace().secure(), context.clock().instant(), request.headers().asMap(), query,
                authType(method), signatureVersion(method), tags));
    }

    private static Optional<String> authType(AuthMethod method) {
        return switch (method) {
            case SIGV4_HEADER, SIGV4_CHUNKED, SIGV2_HEADER -> Optional.of("REST-HEADER");
            case SIGV4_PRESIGNED, SIGV2_PRESIGNED -> Optional.of("REST-QUERY-STRING");
            case POST_POLICY -> Optional.of("POST");
            case UNSIGNED -> Optional.empty();
        };
    }

    private static Optional<String> signatureVersion(AuthMethod method) {
        return switch (method) {
            case SIGV4_HEADER, SIGV4_CHUNKED, SIGV4_PRESIGNED -> Optional.of("AWS4-HMAC-SHA256");
            case SIGV2_HEADER, SIGV2_PRESIGNED -> Optional.of("AWS");
            case POST_POLICY, UNSIGNED -> Optional.empty();
        };
    }
}
