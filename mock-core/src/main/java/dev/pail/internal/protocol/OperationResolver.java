package dev.pail.internal.protocol;

import dev.pail.S3Operation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves a request to the S3 operation it invokes, from the HTTP bindings of the API model that
 * {@link S3Operation} carries: method, whether the path names a bucket or an object, the literal
 * query parameters of the request URI, and the required query parameters and headers that tell
 * operations on the same URI apart (UploadPart's {@code uploadId}, CopyObject's
 * {@code x-amz-copy-source}). The most specific binding wins; deprecated operations lose ties.
 */
public final class OperationResolver {

    private static final String WRITE_GET_OBJECT_RESPONSE_PATH = "WriteGetObjectResponse";
    private static final Map<String, List<Binding>> BY_METHOD = bindings();

    private OperationResolver() {
    }

    /**
     * The operation a request invokes.
     *
     * @return empty when no operation of the model matches (S3 answers such requests 405)
     */
    public static Optional<S3Operation> resolve(String method, S3Address address, QueryParameters query,
                                                Headers headers) {
        if ("POST".equals(method) && isWriteGetObjectResponsePath(address, headers)) {
            return Optional.of(S3Operation.WRITE_GET_OBJECT_RESPONSE);
        }
        if ("GET".equals(method) && address.isService() && query.has("max-directory-buckets")) {
            return Optional.of(S3Operation.LIST_DIRECTORY_BUCKETS); // the one parameter only it takes
        }
        List<Binding> candidates = BY_METHOD.get(method);
        if (candidates == null) {
            return Optional.empty();
        }
        Target target = address.isObject() ? Target.OBJECT : address.isBucket() ? Target.BUCKET : Target.SERVICE;
        Optional<String> named = query.first("x-id");
        if (named.isPresent()) {
            for (Binding binding : candidates) {
                if (binding.target == target && binding.operation.operationName().equals(named.get())) {
                    return Optional.of(binding.operation);
                }
            }
        }
        Binding best = null;
        for (Binding binding : candidates) {
            if (binding.target == target && binding.matches(query, headers)
                    && (best == null || binding.beats(best))) {
                best = binding;
            }
        }
        return best == null ? Optional.empty() : Optional.of(best.operation);
    }

    /**
     * {@code POST /WriteGetObjectResponse}: path-style it looks like a bucket of that name; sent to a
     * {@code <route>.host} name it looks like a key of that name, with the route header.
     */
    private static boolean isWriteGetObjectResponsePath(S3Address address, Headers headers) {
        if (address.style() == AddressingStyle.PATH && address.isBucket()) {
            return address.bucket().orElseThrow().equals(WRITE_GET_OBJECT_RESPONSE_PATH);
        }
        return address.isObject() && address.key().orElseThrow().equals(WRITE_GET_OBJECT_RESPONSE_PATH)
                && headers.has("x-amz-request-route");
    }

    private static Map<String, List<Binding>> bindings() {
        Map<String, List<Binding>> byMethod = new LinkedHashMap<>();
        for (S3Operation operation : S3Operation.values()) {
            if (operation == S3Operation.WRITE_GET_OBJECT_RESPONSE) {
                continue;
            }
            byMethod.computeIfAbsent(operation.httpMethod(), m -> new ArrayList<>()).add(Binding.of(operation));
        }
        return byMethod;
    }

    private enum Target { SERVICE, BUCKET, OBJECT }

    private static final class Binding {
        private final S3Operation operation;
        private final Target target;
        private final Map<String, String> literals;
        private final int specificity;

        private Binding(S3Operation operation, Target target, Map<String, String> literals) {
            this.operation = operation;
            this.target = target;
            this.literals = literals;
            this.specificity = literals.size() + operation.requiredQueryParameters().size()
                    + operation.requiredHeaders().size();
        }

        static Binding of(S3Operation operation) {
            String uri = operation.requestUri();
            int q = uri.indexOf('?');
            String path = q < 0 ? uri : uri.substring(0, q);
            Target target = path.contains("{Key+}") ? Target.OBJECT : path.contains("{Bucket}") ? Target.BUCKET
                    : Target.SERVICE;
            Map<String, String> literals = new LinkedHashMap<>();
            if (q >= 0) {
                for (String part : uri.substring(q + 1).split("&")) {
                    int eq = part.indexOf('=');
                    literals.put(eq < 0 ? part : part.substring(0, eq), eq < 0 ? null : part.substring(eq + 1));
                }
            }
            return new Binding(operation, target, literals);
        }

        boolean matches(QueryParameters query, Headers headers) {
            for (Map.Entry<String, String> literal : literals.entrySet()) {
                if (!query.has(literal.getKey())) {
                    return false;
                }
                if (literal.getValue() != null && !literal.getValue().equals(query.first(literal.getKey()).orElse(""))) {
                    return false;
                }
            }
            for (String name : operation.requiredQueryParameters()) {
                if (!query.has(name)) {
                    return false;
                }
            }
            for (String name : operation.requiredHeaders()) {
                if (!headers.has(name)) {
                    return false;
                }
            }
            return true;
        }

        boolean beats(Binding other) {
            if (specificity != other.specificity) {
                return specificity > other.specificity;
            }
            return !operation.isDeprecated() && other.operation.isDeprecated();
        }
    }
}
