package dev.pail.internal.handler.config;

import dev.pail.S3Operation;
import dev.pail.internal.error.S3Exception;
import dev.pail.internal.handler.HandlerContext;
import dev.pail.internal.handler.events.Notifier;
import dev.pail.internal.handler.Registry;
import dev.pail.internal.handler.RequestDocuments;
import dev.pail.internal.protocol.ResponseBody;
import dev.pail.internal.protocol.S3Request;
import dev.pail.internal.protocol.S3Response;
import dev.pail.internal.store.Bucket;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;

/**
 * The Put / Get / Delete operations of every bucket configuration kept as one document: CORS,
 * lifecycle, default encryption, ownership controls, Block Public Access, website, logging,
 * notifications, replication, request payment, Transfer Acceleration and ABAC.
 */
public final class BucketConfigHandlers {

    public static final String MINIMUM_SIZE_HEADER = "x-amz-transition-default-minimum-object-size";
    public static final String MINIMUM_SIZE = "lifecycle.transitionDefaultMinimumObjectSize";
    private static final Set<String> MINIMUM_SIZES = Set.of("varies_by_storage_class", "all_storage_classes_128K");
    private static final String DEFAULT_MINIMUM_SIZE = "all_storage_classes_128K";

    private final HandlerContext context;

    public BucketConfigHandlers(HandlerContext context) {
        this.context = context;
    }

    public void register(Registry handlers) {
        family(handlers, ConfigurationKinds.CORS, S3Operation.PUT_BUCKET_CORS, S3Operation.GET_BUCKET_CORS,
                S3Operation.DELETE_BUCKET_CORS);
        family(handlers, ConfigurationKinds.ENCRYPTION, S3Operation.PUT_BUCKET_ENCRYPTION,
                S3Operation.GET_BUCKET_ENCRYPTION, S3Operation.DELETE_BUCKET_ENCRYPTION);
        family(handlers, ConfigurationKinds.OWNERSHIP, S3Operation.PUT_BUCKET_OWNERSHIP_CONTROLS,
                S3Operation.GET_BUCKET_OWNERSHIP_CONTROLS, S3Operation.DELETE_BUCKET_OWNERSHIP_CONTROLS);
        family(handlers, ConfigurationKinds.PUBLIC_ACCESS_BLOCK, S3Operation.PUT_PUBLIC_ACCESS_BLOCK,
                S3Operation.GET_PUBLIC_ACCESS_BLOCK, S3Operation.DELETE_PUBLIC_ACCESS_BLOCK);
        family(handlers, ConfigurationKinds.WEBSITE, S3Operation.PUT_BUCKET_WEBSITE, S3Operation.GET_BUCKET_WEBSITE,
                S3Operation.DELETE_BUCKET_WEBSITE);
        family(handlers, ConfigurationKinds.REPLICATION, S3Operation.PUT_BUCKET_REPLICATION,
                S3Operation.GET_BUCKET_REPLICATION, S3Operation.DELETE_BUCKET_REPLICATION);
        family(handlers, ConfigurationKinds.LOGGING, S3Operation.PUT_BUCKET_LOGGING, S3Operation.GET_BUCKET_LOGGING, null);
        family(handlers, ConfigurationKinds.NOTIFICATION, S3Operation.PUT_BUCKET_NOTIFICATION_CONFIGURATION,
                S3Operation.GET_BUCKET_NOTIFICATION_CONFIGURATION, null);
        family(handlers, ConfigurationKinds.REQUEST_PAYMENT, S3Operation.PUT_BUCKET_REQUEST_PAYMENT,
                S3Operation.GET_BUCKET_REQUEST_PAYMENT, null);
        family(handlers, ConfigurationKinds.ACCELERATE, S3Operation.PUT_BUCKET_ACCELERATE_CONFIGURATION,
                S3Operation.GET_BUCKET_ACCELERATE_CONFIGURATION, null);
        family(handlers, ConfigurationKinds.ABAC, S3Operation.PUT_BUCKET_ABAC, S3Operation.GET_BUCKET_ABAC, null);
        // The deprecated notification operations share the URI (and the resolver picks the current ones);
        // registering them too keeps them answered should a request ever resolve to them.
        handlers.put(S3Operation.PUT_BUCKET_NOTIFICATION, request -> put(ConfigurationKinds.NOTIFICATION, request));
        handlers.put(S3Operation.GET_BUCKET_NOTIFICATION, request -> get(ConfigurationKinds.NOTIFICATION, request));
        handlers.put(S3Operation.PUT_BUCKET_LIFECYCLE_CONFIGURATION, this::putLifecycle);
        handlers.put(S3Operation.PUT_BUCKET_LIFECYCLE, this::putLifecycle);
        handlers.put(S3Operation.GET_BUCKET_LIFECYCLE_CONFIGURATION, this::getLifecycle);
        handlers.put(S3Operation.GET_BUCKET_LIFECYCLE, this::getLifecycle);
        handlers.put(S3Operation.DELETE_BUCKET_LIFECYCLE, this::deleteLifecycle);
    }

    private <T> void family(Registry handlers, ConfigurationKind<T> kind,
                            S3Operation put, S3Operation get, S3Operation delete) {
        handlers.put(put, request -> put(kind, request));
        handlers.put(get, request -> get(kind, request));
        if (delete != null) {
            handlers.put(delete, request -> delete(kind, request));
        }
    }

    private <T> S3Response put(ConfigurationKind<T> kind, S3Request request) throws IOException {
        Bucket bucket = context.store().existingBucket(request.bucket());
        T document = RequestDocuments.read(request, kind.type());
        if (document instanceof dev.pail.internal.xml.BucketLoggingStatus logging) {
            checkLogTargetOwner(bucket, logging);
        }
        kind.put(bucket, document, context.store());
        if (kind == ConfigurationKinds.NOTIFICATION) {
            Notifier.configurationSet(context, request, bucket);
        }
        return S3Response.status(200).build();
    }

    private <T> S3Response get(ConfigurationKind<T> kind, S3Request request) {
        Bucket bucket = context.store().existingBucket(request.bucket());
        return S3Response.status(200).body(new ResponseBody.Bytes(kind.responseDocument(bucket), "application/xml")).build();
    }

    private <T> S3Response delete(ConfigurationKind<T> kind, S3Request request) {
        Bucket bucket = context.store().existingBucket(request.bucket());
        kind.delete(bucket);
        return S3Response.status(204).build();
    }

    private S3Response putLifecycle(S3Request request) throws IOException {
        Bucket bucket = context.store().existingBucket(request.bucket());
        Optional<String> minimum = request.header(MINIMUM_SIZE_HEADER).map(String::trim);
        if (minimum.isPresent() && !MINIMUM_SIZES.contains(minimum.get())) {
            throw S3Exception.invalidArgument("Invalid value for the x-amz-transition-default-minimum-object-size header",
                    MINIMUM_SIZE_HEADER, minimum.get());
        }
        ConfigurationKinds.LIFECYCLE.put(bucket, RequestDocuments.read(request, ConfigurationKinds.LIFECYCLE.type()),
                context.store());
        bucket.putConfiguration(MINIMUM_SIZE, minimum.orElse(DEFAULT_MINIMUM_SIZE));
        return S3Response.status(200).header(MINIMUM_SIZE_HEADER, minimum.orElse(DEFAULT_MINIMUM_SIZE)).build();
    }

    private S3Response getLifecycle(S3Request request) {
        Bucket bucket = context.store().existingBucket(request.bucket());
        byte[] document = ConfigurationKinds.LIFECYCLE.responseDocument(bucket);
        return S3Response.status(200)
                .header(MINIMUM_SIZE_HEADER, bucket.configuration(MINIMUM_SIZE).orElse(DEFAULT_MINIMUM_SIZE))
                .body(new ResponseBody.Bytes(document, "application/xml")).build();
    }

    private S3Response deleteLifecycle(S3Request request) {
        Bucket bucket = context.store().existingBucket(request.bucket());
        ConfigurationKinds.LIFECYCLE.delete(bucket);
        bucket.removeConfiguration(MINIMUM_SIZE);
        return S3Response.status(204).build();
    }

    /**
     * Reads and parses a configuration document, after the integrity header check S3 makes on the
     * operations whose model requires one.
     */


    /** The target of access logs must belong to the logged bucket's owner (InvalidTargetBucketForLogging). */
    private void checkLogTargetOwner(Bucket bucket, dev.pail.internal.xml.BucketLoggingStatus logging) {
        if (logging.loggingEnabled == null || logging.loggingEnabled.targetBucket == null) {
            return;
        }
        context.store().bucket(logging.loggingEnabled.targetBucket).ifPresent(target -> {
            if (!context.ownerOf(target).canonicalId().equals(context.ownerOf(bucket).canonicalId())) {
                throw new S3Exception(dev.pail.S3ErrorCode.INVALID_TARGET_BUCKET_FOR_LOGGING,
                        "The owner for the bucket to be logged and the target bucket must be the same.")
                        .detail("TargetBucket", logging.loggingEnabled.targetBucket);
            }
        });
    }
}
