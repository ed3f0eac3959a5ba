package dev.pail.internal.handler;

import dev.pail.S3Operation;
import java.util.EnumMap;
import java.util.Map;

/** Collects every operation family's handlers into one map. */
public final class Handlers {

    private Handlers() {
    }

    /** The handlers of every implemented operation. */
    public static Map<S3Operation, OperationHandler> all(HandlerContext context) {
        Map<S3Operation, OperationHandler> handlers = new EnumMap<>(S3Operation.class);
        new BucketHandlers(context).register(handlers);
        new ObjectHandlers(context).register(handlers);
        new ListingHandlers(context).register(handlers);
        new CopyHandlers(context).register(handlers);
        new DeleteObjectsHandler(context).register(handlers);
        new AttributesHandler(context).register(handlers);
        new MultipartHandlers(context).register(handlers);
        new CompleteHandler(context).register(handlers);
        new MultipartListings(context).register(handlers);
        new VersioningHandlers(context).register(handlers);
        new TaggingHandlers(context).register(handlers);
        new ObjectLockHandlers(context).register(handlers);
        new MiscObjectHandlers(context).register(handlers);
        BucketConfigurations.register(context, handlers);
        return handlers;
    }
}
