package dev.pail.internal.events;

import dev.pail.S3Operation;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The Operation field of a server access log record, {@code REST.HTTP_method.resource_type}
 * ("Amazon S3 server access log format", https://docs.aws.amazon.com/AmazonS3/latest/userguide/LogFormat.html).
 *
 * <p>Names are derived from each operation's HTTP method and URI template the way S3 forms them:
 * {@code REST.<METHOD>.<RESOURCE>} where the resource is the sub-resource of the query string in upper snake
 * case ({@code ?publicAccessBlock} gives {@code PUBLIC_ACCESS_BLOCK}, {@code ?legal-hold} {@code LEGAL_HOLD}),
 * {@code UPLOAD} for a request on an {@code uploadId}, {@code PART} for one on a {@code partNumber}, and
 * otherwise {@code OBJECT} (a key), {@code BUCKET} (a bucket) or {@code SERVICE} ({@code /}); a request that copies
 * ({@code x-amz-copy-source}) uses the method {@code COPY}. The names S3 spells otherwise are in an explicit
 * table: {@code REST.GET.BUCKETPOLICY}, {@code REST.GET.LOGGING_STATUS} and {@code REST.GET.VERSIONING} from the
 * documentation's example log, and the names seen in S3's logs ({@code REST.GET.BUCKETVERSIONS},
 * {@code REST.POST.MULTI_OBJECT_DELETE}, {@code REST.GET.OBJECT_TAGGING}...).
 */
public final class AccessLogOperations {

    /** The record S3 writes for each key a multi-object delete removes. */
    public static final String BATCH_DELETE_OBJECT = "BATCH.DELETE.OBJECT";

    /** The Operation of a CORS preflight ({@code OPTIONS}) request. */
    public static final String OPTIONS_PREFLIGHT = "REST.OPTIONS.PREFLIGHT";

    private static final Map<S3Operation, String> EXCEPTIONS = exceptions();

    private AccessLogOperations() {
    }

    /**
     * The Operation field for a request resolved to an operation of the model.
     *
     * @param operation the operation; for {@link S3Operation#UNKNOWN} use {@link #name(S3Operation, String, boolean)}
     * @return for example {@code REST.GET.OBJECT}; {@code -} for {@link S3Operation#UNKNOWN}
     */
    public static String name(S3Operation operation) {
        Objects.requireNonNull(operation, "operation");
        if (operation == S3Operation.UNKNOWN) {
            return AccessLogFormat.ABSENT;
        }
        String exception = EXCEPTIONS.get(operation);
        return exception != null ? exception : derived(operation);
    }

    /**
     * The Operation field for any request, including one that matched no operation.
     *
     * @param operation   the operation the request resolved to
     * @param httpMethod  the request's method, used only for {@link S3Operation#UNKNOWN}
     * @param objectLevel whether the request addressed a key, used only for {@link S3Operation#UNKNOWN}
     * @return {@link #name(S3Operation)}; for an unknown request {@code REST.<METHOD>.OBJECT} or
     *         {@code REST.<METHOD>.BUCKET}, {@link #OPTIONS_PREFLIGHT} for {@code OPTIONS}, {@code -} without a method
     */
    public static String name(S3Operation operation, String httpMethod, boolean objectLevel) {
        Objects.requireNonNull(operation, "operation");
        if (operation != S3Operation.UNKNOWN) {
            return name(operation);
        }
        if (httpMethod == null || httpMethod.isBlank()) {
            return AccessLogFormat.ABSENT;
        }
        String method = httpMethod.trim().toUpperCase(Locale.ROOT);
        if (method.equals("OPTIONS")) {
            return OPTIONS_PREFLIGHT;
        }
        return "REST." + method + (objectLevel ? ".OBJECT" : ".BUCKET");
    }

    /**
     * The Operation of the second record S3 writes for a copy, the one for its {@code GET} of the source
     * ("Additional logging for copy operations"): {@code REST.COPY.OBJECT_GET} for CopyObject,
     * {@code REST.COPY.PART_GET} for UploadPartCopy.
     *
     * @return the name, or empty for an operation that copies nothing
     */
    public static Optional<String> copySourceName(S3Operation operation) {
        Objects.requireNonNull(operation, "operation");
        if (!isCopy(operation)) {
            return Optional.empty();
        }
        return Optional.of(name(operation) + "_GET");
    }

    /** The name from the operation's method and URI template, without the table of exceptions. */
    static String derived(S3Operation operation) {
        String method = isCopy(operation) ? "COPY" : operation.httpMethod();
        return "REST." + method + "." + resource(operation);
    }

    private static boolean isCopy(S3Operation operation) {
        return operation.requiredHeaders().contains("x-amz-copy-source");
    }

    private static String resource(S3Operation operation) {
        if (operation.requiredQueryParameters().contains("partNumber")) {
            return "PART";
        }
        if (operation.requiredQueryParameters().contains("uploadId")) {
            return "UPLOAD";
        }
        String template = operation.requestUri();
        int query = template.indexOf('?');
        String path = query < 0 ? template : template.substring(0, query);
        if (query >= 0) {
            return upperSnake(subresource(template.substring(query + 1)));
        }
        if (path.contains("{Key+}")) {
            return "OBJECT";
        }
        return path.equals("/") ? "SERVICE" : "BUCKET";
    }

    /** The first query parameter's name: {@code select} of {@code select&select-type=2}. */
    private static String subresource(String query) {
        int end = query.length();
        for (char separator : new char[] {'&', '='}) {
            int at = query.indexOf(separator);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return query.substring(0, end);
    }

    /** {@code publicAccessBlock} and {@code legal-hold} as {@code PUBLIC_ACCESS_BLOCK} and {@code LEGAL_HOLD}. */
    static String upperSnake(String name) {
        StringBuilder out = new StringBuilder(name.length() + 8);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '-') {
                out.append('_');
            } else if (Character.isUpperCase(c) && i > 0 && !Character.isUpperCase(name.charAt(i - 1))) {
                out.append('_').append(c);
            } else {
                out.append(Character.toUpperCase(c));
            }
        }
        return out.toString();
    }

    private static Map<S3Operation, String> exceptions() {
        Map<S3Operation, String> names = new EnumMap<>(S3Operation.class);
        // The documentation's example log: REST.GET.BUCKETPOLICY, REST.GET.LOGGING_STATUS.
        names.put(S3Operation.GET_BUCKET_POLICY, "REST.GET.BUCKETPOLICY");
        names.put(S3Operation.PUT_BUCKET_POLICY, "REST.PUT.BUCKETPOLICY");
        names.put(S3Operation.DELETE_BUCKET_POLICY, "REST.DELETE.BUCKETPOLICY");
        names.put(S3Operation.GET_BUCKET_LOGGING, "REST.GET.LOGGING_STATUS");
        names.put(S3Operation.PUT_BUCKET_LOGGING, "REST.PUT.LOGGING_STATUS");
        // Names S3's logs use where the sub-resource alone would not tell.
        names.put(S3Operation.LIST_OBJECTS_V2, "REST.GET.BUCKET");
        names.put(S3Operation.LIST_OBJECT_VERSIONS, "REST.GET.BUCKETVERSIONS");
        names.put(S3Operation.DELETE_OBJECTS, "REST.POST.MULTI_OBJECT_DELETE");
        names.put(S3Operation.GET_OBJECT_TAGGING, "REST.GET.OBJECT_TAGGING");
        names.put(S3Operation.PUT_OBJECT_TAGGING, "REST.PUT.OBJECT_TAGGING");
        names.put(S3Operation.DELETE_OBJECT_TAGGING, "REST.DELETE.OBJECT_TAGGING");
        names.put(S3Operation.GET_OBJECT_LOCK_CONFIGURATION, "REST.GET.OBJECT_LOCK_CONFIGURATION");
        names.put(S3Operation.PUT_OBJECT_LOCK_CONFIGURATION, "REST.PUT.OBJECT_LOCK_CONFIGURATION");
        names.put(S3Operation.GET_OBJECT_ATTRIBUTES, "REST.GET.OBJECT_ATTRIBUTES");
        // Not a bucket request: the template's path is the operation's own.
        names.put(S3Operation.WRITE_GET_OBJECT_RESPONSE, "REST.POST.WRITE_GET_OBJECT_RESPONSE");
        return names;
    }
}
