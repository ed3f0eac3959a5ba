package dev.pail.internal.handler.object;

import dev.pail.S3ErrorCode;
import dev.pail.S3Operation;
import dev.pail.internal.error.S3Exception;
import dev.pail.internal.handler.HandlerContext;
import dev.pail.internal.handler.events.Notifier;
import dev.pail.internal.handler.ObjectKeys;
import dev.pail.internal.handler.ObjectLookup;
import dev.pail.internal.handler.Registry;
import dev.pail.internal.handler.XmlResponses;
import dev.pail.internal.handler.lock.ObjectLocks;
import dev.pail.internal.protocol.Headers;
import dev.pail.internal.protocol.PayloadReader;
import dev.pail.internal.protocol.S3Request;
import dev.pail.internal.protocol.S3Response;
import dev.pail.internal.store.Bucket;
import dev.pail.internal.store.DeleteOutcome;
import dev.pail.internal.store.StoreException;
import dev.pail.internal.store.VersioningState;
import dev.pail.internal.store.WriteCondition;
import dev.pail.internal.xml.Delete;
import dev.pail.internal.xml.DeleteResult;
import dev.pail.internal.xml.XmlCodec;
import java.io.IOException;
import java.util.Optional;

/** DeleteObjects: up to 1,000 keys in one request, each deleted or refused on its own. */
public final class DeleteObjectsHandlers {

    public static final int MAX_OBJECTS = 1000;
    private static final int MAX_BODY = 4 << 20;

    private final HandlerContext context;

    public DeleteObjectsHandlers(HandlerContext context) {
        this.context = context;
    }

    public void register(Registry handlers) {
        handlers.put(S3Operation.DELETE_OBJECTS, this::deleteObjects);
    }

    private S3Response deleteObjects(S3Request request) throws IOException {
        Bucket bucket = context.store().existingBucket(request.bucket());
        byte[] body = PayloadReader.readSmall(request, MAX_BODY);
        Delete delete = XmlCodec.fromXml(body, Delete.class);
        if (delete.objects.isEmpty() || delete.objects.size() > MAX_OBJECTS) {
            throw new S3Exception(S3ErrorCode.MALFORMED_XML);
        }
        boolean quiet = Boolean.TRUE.equals(delete.quiet);
        DeleteResult result = new DeleteResult();
        for (Delete.ObjectIdentifier object : delete.objects) {
            if (object.key == null) {
                throw new S3Exception(S3ErrorCode.MALFORMED_XML);
            }
            try {
                DeleteResult.Deleted deleted = deleteOne(bucket, object, request);
                if (!quiet) {
                    result.deleted.add(deleted);
                }
            } catch (S3Exception e) {
                result.errors.add(error(object, e.code().code(), e.getMessage()));
            } catch (StoreException e) {
                S3ErrorCode code = e.reason() == StoreException.Reason.PRECONDITION_FAILED
                        ? S3ErrorCode.PRECONDITION_FAILED : S3ErrorCode.NO_SUCH_KEY;
                result.errors.add(error(object, code.code(), code.defaultMessage()));
            }
        }
        return XmlResponses.ok(result);
    }

    private DeleteResult.Deleted deleteOne(Bucket bucket, Delete.ObjectIdentifier object, S3Request request) {
        String key = ObjectKeys.valid(object.key);
        Optional<String> versionId = Optional.ofNullable(object.versionId).filter(v -> !v.isEmpty());
        request.checkKeyAccess(S3Operation.DELETE_OBJECT, key, versionId);
        Headers headers = request.headers();
        ObjectLookup.checkVersionId(bucket, versionId);
        if (versionId.isPresent()) {
            bucket.version(key, versionId.get()).ifPresent(v -> ObjectLocks.checkDeletable(v, request.bypassesGovernance(), context.now()));
        }
        WriteCondition condition = new WriteCondition(false, Optional.ofNullable(object.etag));
        DeleteOutcome outcome = bucket.delete(key, versionId, condition, context.now());
        if (outcome.deleteMarker() || outcome.removed().isPresent()) {
            Notifier.objectRemoved(context, request, bucket, key, outcome.versionId(), outcome.deleteMarker() && versionId.isEmpty());
        }
        DeleteResult.Deleted deleted = new DeleteResult.Deleted();
        deleted.key = object.key;
        if (versionId.isPresent()) {
            deleted.versionId = versionId.get();
            if (outcome.deleteMarker()) {
                deleted.deleteMarker = true;
                deleted.deleteMarkerVersionId = versionId.get();
            }
        } else if (outcome.deleteMarker()) {
            deleted.deleteMarker = true;
            deleted.deleteMarkerVersionId = outcome.versionId().orElse(null);
        } else if (bucket.versioning() != VersioningState.UNVERSIONED) {
            deleted.versionId = outcome.versionId().orElse(null);
        }
        return deleted;
    }

    private static DeleteResult.Error error(Delete.ObjectIdentifier object, String code, String message) {
        DeleteResult.Error error = new DeleteResult.Error();
        error.key = object.key;
        error.versionId = object.versionId;
        error.code = code;
        error.message = message;
        return error;
    }
}
