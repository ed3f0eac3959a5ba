package dev.pail.internal.handler.object;

import dev.pail.S3ErrorCode;
import dev.pail.S3Operation;
import dev.pail.internal.error.S3Exception;
import dev.pail.internal.handler.HandlerContext;
import dev.pail.internal.handler.ObjectKeys;
import dev.pail.internal.handler.ObjectLookup;
import dev.pail.internal.handler.Registry;
import dev.pail.internal.protocol.ResponseBody;
import dev.pail.internal.protocol.S3Request;
import dev.pail.internal.protocol.S3Response;
import dev.pail.internal.store.Bucket;
import dev.pail.internal.store.ObjectVersion;

/** GetObjectTorrent: a real BitTorrent metainfo file for the object. */
public final class TorrentHandlers {

    private final HandlerContext context;

    public TorrentHandlers(HandlerContext context) {
        this.context = context;
    }

    public void register(Registry handlers) {
        handlers.put(S3Operation.GET_OBJECT_TORRENT, this::torrent);
    }

    private S3Response torrent(S3Request request) {
        Bucket bucket = context.store().existingBucket(request.bucket());
        String key = ObjectKeys.valid(request.key());
        ObjectVersion version = ObjectLookup.find(bucket, key, request.queryParam("versionId"));
        if (version.metadata().systemHeaders().containsKey(CustomerKeys.KEY_MD5)) {
            throw new S3Exception(S3ErrorCode.INVALID_REQUEST,
                    "Torrents are not available for objects encrypted with customer-provided keys.");
        }
        if (version.size() >= CopySource.MAX_SIZE) {
            throw new S3Exception(S3ErrorCode.INVALID_REQUEST, "Torrents are available only for objects under 5 GB.");
        }
        String name = key.substring(key.lastIndexOf('/') + 1);
        byte[] torrent = Torrents.metainfo(name.isEmpty() ? key : name, version.content(),
                "http://s3-tracker.amazonaws.com:6969/announce");
        return S3Response.status(200)
                .header("Content-Disposition", "attachment; filename=\"" + (name.isEmpty() ? "object" : name) + ".torrent\"")
                .body(new ResponseBody.Bytes(torrent, "application/x-bittorrent")).build();
    }
}
