package dev.pail.internal.handler.bucket;

import dev.pail.S3ErrorCode;
import dev.pail.S3Operation;
import dev.pail.internal.error.S3Exception;
import dev.pail.internal.handler.HandlerContext;
import dev.pail.internal.handler.Registry;
import dev.pail.internal.handler.XmlResponses;
import dev.pail.internal.protocol.S3Request;
import dev.pail.internal.protocol.S3Response;
import dev.pail.internal.xml.ListAllMyDirectoryBucketsResult;

/**
 * The operations of directory buckets (S3 Express One Zone), answered as a general purpose bucket
 * answers them: no directory buckets to list, and no sessions or renames.
 */
public final class DirectoryBucketHandlers {

    private final HandlerContext context;

    public DirectoryBucketHandlers(HandlerContext context) {
        this.context = context;
    }

    public void register(Registry handlers) {
        handlers.put(S3Operation.LIST_DIRECTORY_BUCKETS, request -> XmlResponses.ok(new ListAllMyDirectoryBucketsResult()));
        handlers.put(S3Operation.CREATE_SESSION, request -> unsupported(request,
                "CreateSession is supported only for directory buckets; this is a general purpose bucket."));
        handlers.put(S3Operation.RENAME_OBJECT, request -> unsupported(request,
                "RenameObject is supported only for directory buckets; this is a general purpose bucket."));
    }

    private S3Response unsupported(S3Request request, String message) {
        context.store().existingBucket(request.bucket());
        throw new S3Exception(S3ErrorCode.INVALID_REQUEST, message);
    }
}
