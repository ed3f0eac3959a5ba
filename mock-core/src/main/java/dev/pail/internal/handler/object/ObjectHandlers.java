package dev.pail.internal.handler.object;

import dev.pail.S3ErrorCode;
import dev.pail.S3Operation;
import dev.pail.internal.checksum.ChecksumAlgorithm;
import dev.pail.internal.checksum.ChecksumEncoding;
import dev.pail.internal.error.S3Exception;
import dev.pail.internal.handler.HandlerContext;
import dev.pail.internal.handler.events.Lifecycles;
import dev.pail.internal.handler.ObjectKeys;
import dev.pail.internal.handler.ObjectLookup;
import dev.pail.internal.handler.ObjectResponses;
import dev.pail.internal.handler.events.Notifier;
import dev.pail.internal.handler.Registry;
import dev.pail.internal.handler.acl.ObjectAcls;
import dev.pail.internal.handler.lock.ObjectLocks;
import dev.pail.internal.handler.multipart.PartNumbers;
import dev.pail.internal.protocol.Payload;
import dev.pail.internal.protocol.PayloadReader;
import dev.pail.internal.protocol.ResponseBody;
import dev.pail.internal.protocol.S3Request;
import dev.pail.internal.protocol.S3Response;
import dev.pail.internal.store.Blob;
import dev.pail.internal.store.Bucket;
import dev.pail.internal.store.DeleteOutcome;
import dev.pail.internal.store.ETags;
import dev.pail.internal.store.ObjectDraft;
import dev.pail.internal.store.ObjectMetadata;
import dev.pail.internal.store.ObjectVersion;
import dev.pail.internal.store.PartInfo;
import dev.pail.internal.store.StoredChecksum;
import dev.pail.internal.store.VersioningState;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** PutObject, GetObject, HeadObject and DeleteObject. */
public final class ObjectHandlers {

    /** S3's limit for a single PutObject: 5 GiB. */
    public static final long MAX_PUT_SIZE = 5L << 30;

    private final HandlerContext context;

    public ObjectHandlers(HandlerContext context) {
        this.context = context;
    }

    public void register(Registry handlers) {
        handlers.put(S3Operation.PUT_OBJECT, this::putObject);
        handlers.put(S3Operation.GET_OBJECT, request -> read(request, true));
        handlers.put(S3Operation.HEAD_OBJECT, request -> read(request, false));
        handlers.put(S3Operation.DELETE_OBJECT, this::deleteObject);
    }

    private S3Response putObject(S3Request request) throws IOException {
        Bucket bucket = context.store().existingBucket(request.bucket());
        String key = ObjectKeys.valid(request.key());
        ObjectMetadata metadata = ObjectMetadataParser.forNewVersion(request.headers(), bucket, context.now());
        Optional<dev.pail.internal.xml.AccessControlPolicy> acl = ObjectAcls.requested(request.headers(), bucket, context, context.caller(request));
        var condition = WriteConditions.from(request.headers());
        String etag;
        ObjectVersion version;
        Optional<dev.pail.internal.store.StoredChecksum> checksum;
        try (Payload payload = PayloadReader.read(request, MAX_PUT_SIZE, Optional.of(ChecksumAlgorithm.CRC64NVME),
                context.store().budget())) {
            etag = ETags.quote(ChecksumEncoding.hex(payload.md5()));
            checksum = payload.checksum();
            version = bucket.put(key, new ObjectDraft(payload.blob(), etag, metadata, checksum, List.of()), condition,
                    context.now());
        }
        acl.ifPresent(a -> ObjectAcls.put(bucket, version, a));
        Notifier.objectCreated(context, request, bucket, version, "Put");
        S3Response.Builder response = S3Response.status(200).header("ETag", etag);
        Lifecycles.expirationHeader(response, context, bucket, version);
        checksum.ifPresent(c -> ObjectResponses.checksumHeaders(response, c));
        ObjectResponses.encryptionHeaders(response, metadata);
        if (bucket.versioning() != VersioningState.UNVERSIONED) {
            response.header("x-amz-version-id", version.versionId());
        }
        return response.build();
    }

    private S3Response read(S3Request request, boolean isGet) {
        Bucket bucket = context.store().existingBucket(request.bucket());
        String key = ObjectKeys.valid(request.key());
        Encryption.checkRead(request.headers());
        ObjectVersion version = ObjectLookup.find(bucket, key, request.queryParam("versionId"));
        CustomerKeys.checkAccess(version.metadata(), request.headers(), CustomerKeys.PREFIX);
        if (isGet && ObjectMetadataParser.isArchived(version.metadata().storageClass())
                && !RestoreHandlers.isRestored(version, context.now())) {
            throw new S3Exception(S3ErrorCode.INVALID_OBJECT_STATE, "The operation is not valid for the object's storage class")
                    .detail("StorageClass", version.metadata().storageClass());
        }
        if (ReadConditions.evaluate(request.headers(), version) == ReadConditions.Outcome.NOT_MODIFIED) {
            S3Response.Builder notModified = S3Response.status(304)
                    .header("ETag", version.etag())
                    .header("Last-Modified", dev.pail.internal.protocol.Formats.http(version.lastModified()));
            return notModified.build();
        }
        if (request.queryParam("partNumber").isPresent()) {
            return readPart(request, bucket, version, isGet);
        }
        Optional<ByteRange> range = ByteRange.parse(request.header("range"), version.size());
        S3Response.Builder response = S3Response.status(range.isPresent() ? 206 : 200);
        ObjectResponses.objectHeaders(response, request, version, bucket.versioning(), isGet);
        Lifecycles.expirationHeader(response, context, bucket, version);
        Blob content = version.content();
        if (range.isPresent()) {
            ByteRange r = range.get();
            response.header("Content-Range", r.contentRange(version.size()));
            content = content.slice(r.first(), r.length());
        } else {
            ObjectResponses.checksumHeaders(response, request, version);
        }
        response.header("Content-Length", Long.toString(content.size()));
        if (isGet) {
            response.body(new ResponseBody.Content(content));
        }
        return response.build();
    }

    /**
     * GetObject or HeadObject with {@code partNumber}: the bytes of one part of a multipart object
     * (of the whole object, as part 1, otherwise), with the part count.
     */
    private S3Response readPart(S3Request request, Bucket bucket, ObjectVersion version, boolean isGet) {
        if (request.header("range").isPresent()) {
            throw new S3Exception(S3ErrorCode.INVALID_REQUEST,
                    "Cannot specify both Range header and partNumber query parameter");
        }
        int number = PartNumbers.parse(request);
        List<PartInfo> parts = version.parts();
        int count = Math.max(1, parts.size());
        if (number > count) {
            throw new S3Exception(S3ErrorCode.INVALID_PART_NUMBER).withStatus(400)
                    .detail("PartNumberRequested", Integer.toString(number))
                    .detail("ActualPartCount", Integer.toString(count));
        }
        long offset = 0;
        for (int i = 0; i < number - 1; i++) {
            offset += parts.get(i).size();
        }
        long length = parts.isEmpty() ? version.size() : parts.get(number - 1).size();
        S3Response.Builder response = S3Response.status(length == 0 ? 200 : 206);
        ObjectResponses.objectHeaders(response, request, version, bucket.versioning(), isGet);
        Lifecycles.expirationHeader(response, context, bucket, version);
        if (length > 0) {
            response.header("Content-Range", "bytes " + offset + "-" + (offset + length - 1) + "/" + version.size());
        }
        if (!parts.isEmpty()) {
            response.header("x-amz-mp-parts-count", Integer.toString(parts.size()));
            boolean enabled = ObjectResponses.checksumModeEnabled(request);
            Optional<String> partChecksum = parts.get(number - 1).checksum();
            boolean composite = version.checksum().filter(c -> c.type() == StoredChecksum.Type.COMPOSITE).isPresent();
            if (parts.size() == 1 && !composite) {
                partChecksum = version.checksum().map(StoredChecksum::value); // the one part is the whole object
            } else if (!composite) {
                partChecksum = Optional.empty(); // a part of a FULL_OBJECT checksum has none S3 reports
            }
            if (enabled && partChecksum.isPresent() && version.checksum().isPresent()) {
                response.header("x-amz-checksum-" + version.checksum().get().algorithm().toLowerCase(java.util.Locale.ROOT),
                        partChecksum.get());
                response.header("x-amz-checksum-type", version.checksum().get().type().name());
            }
        } else {
            ObjectResponses.checksumHeaders(response, request, version);
        }
        Blob content = version.content().slice(offset, length);
        response.header("Content-Length", Long.toString(length));
        if (isGet) {
            response.body(new ResponseBody.Content(content));
        }
        return response.build();
    }

    private S3Response deleteObject(S3Request request) {
        Bucket bucket = context.store().existingBucket(request.bucket());
        String key = ObjectKeys.valid(request.key());
        Optional<String> versionId = request.queryParam("versionId");
        ObjectLookup.checkVersionId(bucket, versionId);
        if (versionId.isPresent()) {
            bucket.version(key, versionId.get())
                    .ifPresent(v -> ObjectLocks.checkDeletable(v, request.bypassesGovernance(), context.now()));
        }
        DeleteOutcome outcome = bucket.delete(key, request.queryParam("versionId"), WriteConditions.forDelete(request.headers()),
                context.now());
        if (outcome.deleteMarker() || outcome.removed().isPresent()) {
            Notifier.objectRemoved(context, request, bucket, key, outcome.versionId(),
                    outcome.deleteMarker() && request.queryParam("versionId").isEmpty());
        }
        S3Response.Builder response = S3Response.status(204);
        if (outcome.deleteMarker()) {
            response.header("x-amz-delete-marker", "true");
        }
        if (bucket.versioning() != VersioningState.UNVERSIONED || request.queryParam("versionId").isPresent()) {
            outcome.versionId().ifPresent(id -> response.header("x-amz-version-id", id));
        }
        return response.build();
    }
}
