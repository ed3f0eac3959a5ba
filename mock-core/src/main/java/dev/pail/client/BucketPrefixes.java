package dev.pail.client;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.services.s3.model.Bucket;
import software.amazon.awssdk.services.s3.model.ListBucketsResponse;

/**
 * Puts a prefix in front of every bucket a request names (and strips it from ListBuckets'
 * answer), so that tests written against the embedded server's bucket names run unchanged against
 * a real store where names are global: contract mode's {@code pail.bucketPrefix}. The client is
 * wrapped, not configured, because the SDK resolves the endpoint (which, path-style, holds the
 * bucket) before any interceptor of ours could rename it; the builder-consumer overloads (default
 * methods of the interface) come back through the wrapper with the request they built.
 */
final class BucketPrefixes implements InvocationHandler {

    private static final Set<String> BUCKET_FIELDS = Set.of("Bucket", "SourceBucket", "DestinationBucket");

    private final Object client;
    private final String prefix;

    private BucketPrefixes(Object client, String prefix) {
        this.client = client;
        this.prefix = prefix;
    }

    /** The client, renaming buckets on the way in and out. */
    static <T> T wrap(Class<T> type, T client, String prefix) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                new BucketPrefixes(client, prefix)));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.isDefault() && takesABuilderConsumer(method)) {
            return InvocationHandler.invokeDefault(proxy, method, args); // builds the request, calls us back with it
        }
        Object[] renamed = args == null ? null : args.clone();
        if (renamed != null) {
            for (int i = 0; i < renamed.length; i++) {
                if (renamed[i] instanceof SdkRequest request) {
                    renamed[i] = rename(request);
                }
            }
        }
        Object result;
        try {
            result = method.invoke(client, renamed);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
        if (result instanceof ListBucketsResponse list) {
            return strip(list);
        }
        if (result instanceof CompletableFuture<?> future) {
            return future.thenApply(value -> value instanceof ListBucketsResponse list ? strip(list) : value);
        }
        return result;
    }

    private static boolean takesABuilderConsumer(Method method) {
        for (Class<?> type : method.getParameterTypes()) {
            if (java.util.function.Consumer.class.isAssignableFrom(type)) {
                return true;
            }
        }
        return false;
    }

    private SdkRequest rename(SdkRequest request) {
        SdkRequest.Builder builder = null;
        for (SdkField<?> field : request.sdkFields()) {
            Object value = field.getValueOrDefault(request);
            if (!(value instanceof String name) || name.startsWith(prefix)) {
                continue;
            }
            String renamed;
            if (BUCKET_FIELDS.contains(field.memberName())) {
                renamed = prefix + name;
            } else if (field.memberName().equals("CopySource")) {
                renamed = name.startsWith("/") ? "/" + prefix + name.substring(1) : prefix + name;
            } else {
                continue;
            }
            if (builder == null) {
                builder = request.toBuilder();
            }
            field.set(builder, renamed);
        }
        return builder == null ? request : builder.build();
    }

    private ListBucketsResponse strip(ListBucketsResponse list) {
        List<Bucket> renamed = list.buckets().stream()
                .map(b -> b.name().startsWith(prefix) ? b.toBuilder().name(b.name().substring(prefix.length())).build() : b)
                .toList();
        return list.toBuilder().buckets(renamed).build();
    }
}
