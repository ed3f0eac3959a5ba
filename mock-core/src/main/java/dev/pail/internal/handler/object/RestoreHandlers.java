package dev.pail.internal.handler.object;

import dev.pail.S3ErrorCode;
import dev.pail.S3Operation;
import dev.pail.internal.error.S3Exception;
import dev.pail.internal.events.EventMessages;
import dev.pail.internal.events.LifecycleDays;
import dev.pail.internal.handler.HandlerContext;
import dev.pail.internal.handler.ObjectKeys;
import dev.pail.internal.handler.ObjectLookup;
import dev.pail.internal.handler.Registry;
import dev.pail.internal.handler.events.Notifier;
import dev.pail.internal.protocol.Formats;
import dev.pail.internal.protocol.PayloadReader;
import dev.pail.internal.protocol.S3Request;
import dev.pail.internal.protocol.S3Response;
import dev.pail.internal.store.Bucket;
import dev.pail.internal.store.ObjectVersion;
import dev.pail.internal.xml.RestoreRequest;
import dev.pail.internal.xml.XmlCodec;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * RestoreObject: a temporary copy of an archived object, reported in {@code x-amz-restore}. Pail
 * restores at once; the copy lasts {@code Days} (of the server's day length), to the midnight after,
 * as S3 rounds ("Restoring an archived object"), and is gone when the clock passes that.
 */
public final class RestoreHandlers {

    public static final String RESTORE = "x-amz-restore";
    /** Marks a bucket that holds restored copies, so that only such buckets are searched for expired ones. */
    public static final String RESTORED_MARKER = "pail.restored-copies";
    private static final Pattern EXPIRY = Pattern.compile("expiry-date=\"([^\"]+)\"");

    private final HandlerContext context;

    public RestoreHandlers(HandlerContext context) {
        this.context = context;
    }

    public void register(Registry handlers) {
        handlers.put(S3Operation.RESTORE_OBJECT, this::restore);
    }

    /** When a version's restored copy expires, if it has one. */
    public static Optional<Instant> restoredUntil(ObjectVersion version) {
        String restore = version.metadata().systemHeaders().get(RESTORE);
        if (restore == null) {
            return Optional.empty();
        }
        Matcher matcher = EXPIRY.matcher(restore);
        return matcher.find() ? Formats.parseHttp(matcher.group(1)) : Optional.empty();
    }

    /** Whether an archived version can be read now: it has a restored copy that has not expired. */
    public static boolean isRestored(ObjectVersion version, Instant now) {
        return restoredUntil(version).map(now::isBefore).orElse(false);
    }

    private S3Response restore(S3Request request) throws IOException {
        Bucket bucket = context.store().existingBucket(request.bucket());
        ObjectVersion version = ObjectLookup.find(bucket, ObjectKeys.valid(request.key()),
                request.queryParam("versionId"));
        RestoreRequest body = XmlCodec.fromXml(PayloadReader.readSmall(request, 64 << 10), RestoreRequest.class);
        if (!ObjectMetadataParser.isArchived(version.metadata().storageClass())) {
            throw new S3Exception(S3ErrorCode.INVALID_OBJECT_STATE,
                    "Restore is not allowed for the object's current storage class");
        }
        if (body.days == null || body.days < 1) {
            throw new S3Exception(S3ErrorCode.MALFORMED_XML);
        }
        Instant now = context.now();
        boolean alreadyRestored = isRestored(version, now);
        Instant until = new LifecycleDays(context.dayLength()).after(now, body.days);
        Map<String, String> system = new LinkedHashMap<>(version.metadata().systemHeaders());
        system.put(RESTORE, "ongoing-request=\"false\", expiry-date=\"" + Formats.http(until) + "\"");
        bucket.updateMetadata(version.key(), version.versionId(), m -> m.withSystemHeaders(system));
        bucket.putConfiguration(RESTORED_MARKER, "true");
        if (!alreadyRestored) {
            Notifier.objectChanged(context, request, bucket, version, "ObjectRestore:Post");
            Notifier.byS3(context, bucket, "ObjectRestore:Completed", version.key(), Optional.of(version.versionId()),
                    OptionalLong.of(version.size()), Optional.of(version.etag()),
                    Optional.of(restoreEventData(until, version.metadata().storageClass())));
        }
        return S3Response.status(alreadyRestored ? 200 : 202).build();
    }

    /** The {@code "glacierEventData":{...}} member of an {@code ObjectRestore:Completed} record. */
    static String restoreEventData(Instant until, String storageClass) {
        return EventMessages.member("glacierEventData", json -> json.begin().name("restoreEventData").begin()
                .field("lifecycleRestorationExpiryTime", Formats.iso(until))
                .field("lifecycleRestoreStorageClass", storageClass).end().end());
    }
}
