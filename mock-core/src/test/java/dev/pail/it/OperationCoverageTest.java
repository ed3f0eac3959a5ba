package dev.pail.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pail.Pail;
import dev.pail.S3Operation;
import dev.pail.recording.RecordedRequest;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.core.sync.ResponseTransformer;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Walks every operation of the S3 API model through the AWS SDK v2 client (and, for the few the
 * SDK release lacks, through a plain HTTP request built from the model's binding), then checks in
 * the journal that each reached the server as itself and that none was answered 501 NotImplemented.
 */
class OperationCoverageTest {

    /** Deprecated operations share their replacement's HTTP binding; S3 serves them with the replacement. */
    static final Set<S3Operation> SHARED_BINDINGS = EnumSet.of(S3Operation.GET_BUCKET_LIFECYCLE,
            S3Operation.PUT_BUCKET_LIFECYCLE, S3Operation.GET_BUCKET_NOTIFICATION, S3Operation.PUT_BUCKET_NOTIFICATION);

    @Test
    void noOperationOfTheModelAnswersNotImplemented() throws Exception {
        try (Pail pail = Pail.builder().bucket("coverage").start()) {
            S3Client s3 = pail.client();
            s3.putObject(b -> b.bucket("coverage").key("cov-key"), RequestBody.fromString("x"));
            List<String> notInSdk = new ArrayList<>();
            for (S3Operation operation : S3Operation.values()) {
                if (operation != S3Operation.UNKNOWN && !SHARED_BINDINGS.contains(operation)
                        && !invokeThroughSdk(s3, operation)) {
                    notInSdk.add(operation.operationName());
                    sendFromModel(pail.endpoint(), operation);
                }
            }
            Set<S3Operation> reached = EnumSet.noneOf(S3Operation.class);
            List<String> notImplemented = new ArrayList<>();
            for (RecordedRequest request : pail.requests()) {
                reached.add(request.operation());
                if (request.status() == 501) {
                    notImplemented.add(request.toString());
                }
            }
            Set<String> missing = new TreeSet<>();
            for (S3Operation operation : S3Operation.values()) {
                if (operation != S3Operation.UNKNOWN && !SHARED_BINDINGS.contains(operation)
                        && !reached.contains(operation)) {
                    missing.add(operation.operationName());
                }
            }
            assertThat(missing).as("operations that never reached the server as themselves").isEmpty();
            assertThat(notImplemented).as("requests answered 501 (not in SDK 2.40.2, sent raw: %s)", notInSdk).isEmpty();
        }
    }

    /** Calls the SDK's method for the operation with a minimal request; false when the SDK has none. */
    static boolean invokeThroughSdk(S3Client s3, S3Operation operation) throws Exception {
        String name = Character.toLowerCase(operation.operationName().charAt(0)) + operation.operationName().substring(1);
        for (Method method : S3Client.class.getMethods()) {
            if (!method.getName().equals(name) || method.getParameterCount() == 0
                    || !software.amazon.awssdk.core.SdkRequest.class.isAssignableFrom(method.getParameterTypes()[0])) {
                continue;
            }
            Object request = minimalRequest(method.getParameterTypes()[0], operation);
            Object[] arguments = switch (method.getParameterCount()) {
                case 1 -> new Object[] {request};
                case 2 -> new Object[] {request, second(method.getParameterTypes()[1])};
                default -> null;
            };
            if (arguments == null || arguments[arguments.length - 1] == null) {
                continue;
            }
            try {
                method.invoke(s3, arguments);
            } catch (InvocationTargetException e) {
                // A service error means the request reached the server; anything else (the SDK refusing
                // to build the request, e.g. a host prefix on an IP endpoint) is sent from the model instead.
                return e.getCause() instanceof software.amazon.awssdk.core.exception.SdkServiceException;
            }
            return true;
        }
        return false;
    }

    static Object second(Class<?> type) {
        if (type == RequestBody.class) {
            return RequestBody.fromString("<x/>");
        }
        if (type == ResponseTransformer.class) {
            return ResponseTransformer.toBytes();
        }
        return null;
    }

    static Object minimalRequest(Class<?> type, S3Operation operation) throws Exception {
        Method factory = type.getMethod("builder");
        Object builder = factory.invoke(null);
        Class<?> api = factory.getReturnType();
        set(api, builder, "bucket", "coverage");
        set(api, builder, "key", operation == S3Operation.RENAME_OBJECT ? "renamed" : "cov-key");
        set(api, builder, "uploadId", "no-such-upload");
        set(api, builder, "partNumber", 1);
        set(api, builder, "id", "cov-id");
        set(api, builder, "sourceBucket", "coverage");
        set(api, builder, "sourceKey", "cov-key");
        set(api, builder, "destinationBucket", "coverage");
        set(api, builder, "destinationKey", "cov-copy");
        set(api, builder, "renameSource", "/coverage/cov-key");
        set(api, builder, "requestRoute", "route");
        set(api, builder, "requestToken", "token");
        set(api, builder, "maxDirectoryBuckets", 10);
        set(api, builder, "objectAttributesWithStrings", List.of("ETag"));
        set(api, builder, "policy", "{\"Version\":\"2012-10-17\",\"Statement\":[]}");
        return api.getMethod("build").invoke(builder);
    }

    static void set(Class<?> api, Object builder, String property, Object value) throws Exception {
        for (Method method : api.getMethods()) {
            if (method.getName().equals(property) && method.getParameterCount() == 1
                    && method.getParameterTypes()[0].isInstance(value)) {
                method.invoke(builder, value);
                return;
            }
            if (method.getName().equals(property) && method.getParameterCount() == 1 && value instanceof Integer
                    && method.getParameterTypes()[0] == Integer.class) {
                method.invoke(builder, value);
                return;
            }
        }
    }

    /** Sends the operation as the model binds it: method, path, literal and required query, required headers. */
    static void sendFromModel(URI endpoint, S3Operation operation) throws Exception {
        String uri = operation.requestUri().replace("{Bucket}", "coverage").replace("{Key+}", "cov-key");
        StringBuilder target = new StringBuilder(uri);
        for (String parameter : operation.requiredQueryParameters()) {
            target.append(target.indexOf("?") < 0 ? '?' : '&').append(parameter).append("=1");
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint.resolve(target.toString()))
                .method(operation.httpMethod(), HttpRequest.BodyPublishers.ofString("<x/>"))
                .header("x-amz-request-route", "route").header("x-amz-request-token", "token");
        for (String header : operation.requiredHeaders()) {
            request.header(header, "/coverage/cov-key");
        }
        request.header("Content-MD5", "1B2M2Y8AsgTpgAmY7PhCfg==");
        HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding());
    }
}
