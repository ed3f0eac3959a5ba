package dev.pail.internal.handler;

import dev.pail.S3Operation;
import dev.pail.internal.handler.acl.AclHandlers;
import dev.pail.internal.handler.bucket.BucketHandlers;
import dev.pail.internal.handler.bucket.DirectoryBucketHandlers;
import dev.pail.internal.handler.config.BucketConfigHandlers;
import dev.pail.internal.handler.config.IdConfigurationHandlers;
import dev.pail.internal.handler.config.MetadataHandlers;
import dev.pail.internal.handler.listing.ListingHandlers;
import dev.pail.internal.handler.listing.VersionListingHandlers;
import dev.pail.internal.handler.lock.ObjectLockHandlers;
import dev.pail.internal.handler.multipart.CompletionHandlers;
import dev.pail.internal.handler.multipart.MultipartHandlers;
import dev.pail.internal.handler.multipart.MultipartListingHandlers;
import dev.pail.internal.handler.object.AttributesHandlers;
import dev.pail.internal.handler.object.CopyHandlers;
import dev.pail.internal.handler.object.DeleteObjectsHandlers;
import dev.pail.internal.handler.object.ObjectEncryptionHandlers;
import dev.pail.internal.handler.object.ObjectHandlers;
import dev.pail.internal.handler.object.PostObjectHandlers;
import dev.pail.internal.handler.object.RestoreHandlers;
import dev.pail.internal.handler.object.TorrentHandlers;
import dev.pail.internal.handler.object.UnavailableHandlers;
import dev.pail.internal.handler.policy.PolicyHandlers;
import dev.pail.internal.handler.tagging.TaggingHandlers;
import dev.pail.internal.handler.versioning.VersioningHandlers;
import java.util.Map;

/**
 * Collects every family's handlers into one map, each family in its own sub-package with a
 * {@code *Handlers} registrar. An operation registered twice fails here, at start-up.
 */
public final class Handlers {

    private Handlers() {
    }

    /** The handlers of every operation. */
    public static Map<S3Operation, OperationHandler> all(HandlerContext context) {
        Registry registry = new Registry();
        new BucketHandlers(context).register(registry);
        new DirectoryBucketHandlers(context).register(registry);
        new ObjectHandlers(context).register(registry);
        new PostObjectHandlers(context).register(registry);
        new CopyHandlers(context).register(registry);
        new DeleteObjectsHandlers(context).register(registry);
        new AttributesHandlers(context).register(registry);
        new RestoreHandlers(context).register(registry);
        new TorrentHandlers(context).register(registry);
        new ObjectEncryptionHandlers(context).register(registry);
        new UnavailableHandlers().register(registry);
        new ListingHandlers(context).register(registry);
        new VersionListingHandlers(context).register(registry);
        new MultipartHandlers(context).register(registry);
        new CompletionHandlers(context).register(registry);
        new MultipartListingHandlers(context).register(registry);
        new VersioningHandlers(context).register(registry);
        new TaggingHandlers(context).register(registry);
        new ObjectLockHandlers(context).register(registry);
        new AclHandlers(context).register(registry);
        new PolicyHandlers(context).register(registry);
        new BucketConfigHandlers(context).register(registry);
        new IdConfigurationHandlers(context).register(registry);
        new MetadataHandlers(context).register(registry);
        return registry.handlers();
    }
}
