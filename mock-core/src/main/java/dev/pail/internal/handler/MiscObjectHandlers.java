package dev.pail.internal.handler;

import dev.pail.S3ErrorCode;
import dev.pail.S3Operation;
import dev.pail.internal.error.S3Exception;
import dev.pail.internal.protocol.Formats;
import dev.pail.internal.protocol.PayloadReader;
import dev.pail.internal.protocol.ResponseBody;
import dev.pail.internal.protocol.S3Request;
import dev.pail.internal.protocol.S3Response;
import dev.pail.internal.store.Bucket;
import dev.pail.internal.store.ObjectVersion;
import dev.pail.internal.xml.ListAllMyDirectoryBucketsResult;
import dev.pail.internal.xml.ObjectEncryption;
import dev.pail.internal.xml.RestoreRequest;
import dev.pail.internal.xml.XmlCodec;
import java.io.IOException;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The remaining object-level operations: RestoreObject and GetObjectTorrent as S3 does them on a
 * general purpose bucket, UpdateObjectEncryption, and the operations S3 supports only for
 * directory buckets, S3 Object Lambda or legacy accounts, answered as a general purpose bucket
 * answers them.
 */
final class MiscObjectHandlers {

    static final String RESTORE = "x-amz-restore";

    private final HandlerContext context;

    MiscObjectHandlers(HandlerContext context) {
        this.context = context;
    }

    void register(Map<S3Operation, OperationHandler> handlers) {
        handlers.put(S3Operation.RESTORE_OBJECT, this::restore);
        handlers.put(S3Operation.GET_OBJECT_TORRENT, this::torrent);
        handlers.put(S3Operation.UPDATE_OBJECT_ENCRYPTION, this::updateEncryption);
        handlers.put(S3Operation.LIST_DIRECTORY_BUCKETS,
                request -> BucketHandlers.xml(new ListAllMyDirectoryBucketsResult()));
        handlers.put(S3Operation.CREATE_SESSION, request -> unsupported(request,
                "CreateSession is supported only for directory buckets; this is a general purpose bucket."));
        handlers.put(S3Operation.RENAME_OBJECT, request -> unsupported(request,
                "RenameObject is supported only for directory buckets; this is a general purpose bucket."));
        handlers.put(S3Operation.SELECT_OBJECT_CONTENT, request -> {
            throw new S3Exception(S3ErrorCode.METHOD_NOT_ALLOWED,
                    "S3 Select is not available to this account: Amazon S3 no longer offers it to new customers.")
                    .detail("Method", "POST").detail("ResourceType", "OBJECT");
        });
        handlers.put(S3Operation.WRITE_GET_OBJECT_RESPONSE, request -> {
            throw new S3Exception(S3ErrorCode.INVALID_REQUEST, "WriteGetObjectResponse answers an S3 Object Lambda "
                    + "request; Pail has no Object Lambda access points, so no request route or token is valid.");
        });
    }

    private S3Response restore(S3Request request) throws IOException {
        Bucket bucket = context.store().existingBucket(request.bucket());
        ObjectVersion version = ObjectHandlers.find(bucket, ObjectKeys.valid(request.key()),
                request.queryParam("versionId"));
        RestoreRequest body = XmlCodec.fromXml(PayloadReader.readSmall(request, 64 << 10), RestoreRequest.class);
        if (!ObjectMetadataParser.isArchived(version.metadata().storageClass())) {
            throw new S3Exception(S3ErrorCode.INVALID_OBJECT_STATE,
                    "Restore is not allowed for the object's current storage class");
        }
        if (body.days == null || body.days < 1) {
            throw new S3Exception(S3ErrorCode.MALFORMED_XML);
        }
        boolean alreadyRestored = version.metadata().systemHeaders().containsKey(RESTORE);
        String expiry = Formats.http(context.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(body.days + 1L)));
        Map<String, String> system = new LinkedHashMap<>(version.metadata().systemHeaders());
        system.put(RESTORE, "ongoing-request=\"false\", expiry-date=\"" + expiry + "\"");
        bucket.updateMetadata(version.key(), version.versionId(), m -> m.withSystemHeaders(system));
        return S3Response.status(alreadyRestored ? 200 : 202).build();
    }

    private S3Response torrent(S3Request request) {
        Bucket bucket = context.store().existingBucket(request.bucket());
        String key = ObjectKeys.valid(request.key());
        ObjectVersion version = ObjectHandlers.find(bucket, key, request.queryParam("versionId"));
        if (version.metadata().systemHeaders().containsKey(CustomerKeys.KEY_MD5)) {
            throw new S3Exception(S3ErrorCode.INVALID_REQUEST,
                    "Torrents are not available for objects encrypted with customer-provided keys.");
        }
        if (version.size() >= CopyHandlers.MAX_COPY_SIZE) {
            throw new S3Exception(S3ErrorCode.INVALID_REQUEST, "Torrents are available only for objects under 5 GB.");
        }
        String name = key.substring(key.lastIndexOf('/') + 1);
        byte[] torrent = Torrents.metainfo(name.isEmpty() ? key : name, version.content(),
                "http://s3-tracker.amazonaws.com:6969/announce");
        return S3Response.status(200)
                .header("Content-Disposition", "attachment; filename=\"" + (name.isEmpty() ? "object" : name) + ".torrent\"")
                .body(new ResponseBody.Bytes(torrent, "application/x-bittorrent")).build();
    }

    private S3Response updateEncryption(S3Request request) throws IOException {
        Bucket bucket = context.store().existingBucket(request.bucket());
        ObjectVersion version = ObjectHandlers.find(bucket, ObjectKeys.valid(request.key()),
                request.queryParam("versionId"));
        ObjectEncryption body = XmlCodec.fromXml(PayloadReader.readSmall(request, 64 << 10), ObjectEncryption.class);
        if (body.sseKms == null || body.sseKms.kmsKeyArn == null || body.sseKms.kmsKeyArn.isBlank()) {
            throw new S3Exception(S3ErrorCode.MALFORMED_XML);
        }
        if (version.metadata().systemHeaders().containsKey(CustomerKeys.KEY_MD5)) {
            throw new S3Exception(S3ErrorCode.INVALID_REQUEST,
                    "The encryption type of objects encrypted with customer-provided keys cannot be updated.");
        }
        Map<String, String> system = new LinkedHashMap<>(version.metadata().systemHeaders());
        system.put("x-amz-server-side-encryption", "aws:kms");
        system.put("x-amz-server-side-encryption-aws-kms-key-id", body.sseKms.kmsKeyArn.trim());
        if (body.sseKms.bucketKeyEnabled != null) {
            system.put("x-amz-server-side-encryption-bucket-key-enabled", body.sseKms.bucketKeyEnabled.toString());
        }
        bucket.updateMetadata(version.key(), version.versionId(), m -> m.withSystemHeaders(system));
        return S3Response.status(200).build();
    }

    private S3Response unsupported(S3Request request, String message) {
        context.store().existingBucket(request.bucket());
        throw new S3Exception(S3ErrorCode.INVALID_REQUEST, message);
    }
}
