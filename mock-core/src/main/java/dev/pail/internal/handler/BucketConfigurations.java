package dev.pail.internal.handler;

import dev.pail.S3Operation;
import java.util.Map;

/** Registers every bucket configuration family (and ACLs) with one call, so {@link Handlers} names one line. */
final class BucketConfigurations {

    private BucketConfigurations() {
    }

    static void register(HandlerContext context, Map<S3Operation, OperationHandler> handlers) {
        new BucketConfigHandlers(context).register(handlers);
        new IdConfigurationHandlers(context).register(handlers);
        new PolicyHandlers(context).register(handlers);
        new AclHandlers(context).register(handlers);
        new MetadataHandlers(context).register(handlers);
    }
}
