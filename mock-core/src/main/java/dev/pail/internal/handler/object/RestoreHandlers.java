package dev.pail.internal.handler.object;

import dev.pail.S3ErrorCode;
import dev.pail.S3Operation;
import dev.pail.internal.error.S3Exception;
import dev.pail.internal.handler.HandlerContext;
import dev.pail.internal.handler.ObjectKeys;
import dev.pail.internal.handler.ObjectLookup;
import dev.pail.internal.handler.Registry;
import dev.pail.internal.protocol.Formats;
import dev.pail.internal.protocol.PayloadReader;
import dev.pail.internal.protocol.S3Request;
import dev.pail.internal.protocol.S3Response;
import dev.pail.internal.store.Bucket;
import dev.pail.internal.store.ObjectVersion;
import dev.pail.internal.xml.RestoreRequest;
import dev.pail.internal.xml.XmlCodec;
import java.io.IOException;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/** RestoreObject: a temporary copy of an archived object, reported in {@code x-amz-restore}. */
public final class RestoreHandlers {

    public static final String RESTORE = "x-amz-restore";

    private final HandlerContext context;

    public RestoreHandlers(HandlerContext context) {
        this.context = context;
    }

    public void register(Registry handlers) {
        handlers.put(S3Operation.RESTORE_OBJECT, this::restore);
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
        boolean alreadyRestored = version.metadata().systemHeaders().containsKey(RESTORE);
        String expiry = Formats.http(context.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(body.days + 1L)));
        Map<String, String> system = new LinkedHashMap<>(version.metadata().systemHeaders());
        system.put(RESTORE, "ongoing-request=\"false\", expiry-date=\"" + expiry + "\"");
        bucket.updateMetadata(version.key(), version.versionId(), m -> m.withSystemHeaders(system));
        return S3Response.status(alreadyRestored ? 200 : 202).build();
    }
}
