package dev.pail.internal.handler.lock;

import dev.pail.S3ErrorCode;
import dev.pail.S3Operation;
import dev.pail.internal.error.S3Exception;
import dev.pail.internal.handler.HandlerContext;
import dev.pail.internal.handler.ObjectKeys;
import dev.pail.internal.handler.ObjectLookup;
import dev.pail.internal.handler.Registry;
import dev.pail.internal.handler.XmlResponses;
import dev.pail.internal.protocol.Formats;
import dev.pail.internal.protocol.PayloadReader;
import dev.pail.internal.protocol.S3Request;
import dev.pail.internal.protocol.S3Response;
import dev.pail.internal.store.Bucket;
import dev.pail.internal.store.ObjectVersion;
import dev.pail.internal.store.VersioningState;
import dev.pail.internal.xml.LegalHold;
import dev.pail.internal.xml.ObjectLockConfiguration;
import dev.pail.internal.xml.Retention;
import dev.pail.internal.xml.XmlCodec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Put/GetObjectLockConfiguration, Put/GetObjectRetention and Put/GetObjectLegalHold. */
public final class ObjectLockHandlers {

    private final HandlerContext context;

    public ObjectLockHandlers(HandlerContext context) {
        this.context = context;
    }

    public void register(Registry handlers) {
        handlers.put(S3Operation.PUT_OBJECT_LOCK_CONFIGURATION, this::putConfiguration);
        handlers.put(S3Operation.GET_OBJECT_LOCK_CONFIGURATION, this::getConfiguration);
        handlers.put(S3Operation.PUT_OBJECT_RETENTION, this::putRetention);
        handlers.put(S3Operation.GET_OBJECT_RETENTION, this::getRetention);
        handlers.put(S3Operation.PUT_OBJECT_LEGAL_HOLD, this::putLegalHold);
        handlers.put(S3Operation.GET_OBJECT_LEGAL_HOLD, this::getLegalHold);
    }

    private S3Response putConfiguration(S3Request request) throws IOException {
        Bucket bucket = context.store().existingBucket(request.bucket());
        ObjectLockConfiguration body = XmlCodec.fromXml(PayloadReader.readSmall(request, 64 << 10),
                ObjectLockConfiguration.class);
        if (!"Enabled".equals(body.objectLockEnabled)) {
            throw new S3Exception(S3ErrorCode.MALFORMED_XML);
        }
        if (body.rule != null) {
            ObjectLockConfiguration.DefaultRetention retention = body.rule.defaultRetention;
            if (retention == null || (retention.days == null) == (retention.years == null)) {
                throw new S3Exception(S3ErrorCode.MALFORMED_XML);
            }
            if (!"GOVERNANCE".equals(retention.mode) && !"COMPLIANCE".equals(retention.mode)) {
                throw new S3Exception(S3ErrorCode.MALFORMED_XML);
            }
            int period = retention.days != null ? retention.days : retention.years;
            if (period <= 0) {
                throw new S3Exception(S3ErrorCode.INVALID_RETENTION_PERIOD);
            }
        }
        if (!ObjectLocks.enabled(bucket) && bucket.versioning() != VersioningState.ENABLED) {
            throw new S3Exception(S3ErrorCode.INVALID_BUCKET_STATE,
                    "Versioning must be 'Enabled' on the bucket to apply a Object Lock configuration");
        }
        bucket.putConfiguration(ObjectLocks.CONFIGURATION, new String(XmlCodec.toXml(body), StandardCharsets.UTF_8));
        return S3Response.status(200).build();
    }

    private S3Response getConfiguration(S3Request request) {
        Bucket bucket = context.store().existingBucket(request.bucket());
        ObjectLockConfiguration configuration = ObjectLocks.configuration(bucket).orElseThrow(() ->
                new S3Exception(S3ErrorCode.OBJECT_LOCK_CONFIGURATION_NOT_FOUND_ERROR,
                        "Object Lock configuration does not exist for this bucket").detail("BucketName", bucket.name()));
        return XmlResponses.ok(configuration);
    }

    private S3Response putRetention(S3Request request) throws IOException {
        Bucket bucket = context.store().existingBucket(request.bucket());
        ObjectVersion version = target(bucket, request);
        Retention body = XmlCodec.fromXml(PayloadReader.readSmall(request, 64 << 10), Retention.class);
        Instant now = context.now();
        Map<String, String> system = new LinkedHashMap<>(version.metadata().systemHeaders());
        String oldMode = system.get(ObjectLocks.MODE);
        String oldUntil = system.get(ObjectLocks.UNTIL);
        boolean removing = body.mode == null && body.retainUntilDate == null;
        if (!removing && (body.mode == null || body.retainUntilDate == null)) {
            throw new S3Exception(S3ErrorCode.MALFORMED_XML);
        }
        Instant newUntil = removing ? null : ObjectLocks.validFutureDate(body.retainUntilDate, now);
        if (!removing && !"GOVERNANCE".equals(body.mode) && !"COMPLIANCE".equals(body.mode)) {
            throw new S3Exception(S3ErrorCode.MALFORMED_XML);
        }
        boolean weakening = oldUntil != null && Instant.parse(oldUntil).isAfter(now)
                && (removing || newUntil.isBefore(Instant.parse(oldUntil)) || !body.mode.equals(oldMode));
        if (weakening) {
            ObjectVersion withoutHold = version.withMetadata(version.metadata().withSystemHeaders(Map.of(
                    ObjectLocks.MODE, oldMode, ObjectLocks.UNTIL, oldUntil)));
            ObjectLocks.checkDeletable(withoutHold, request.bypassesGovernance(), now);
        }
        if (removing) {
            system.remove(ObjectLocks.MODE);
            system.remove(ObjectLocks.UNTIL);
        } else {
            system.put(ObjectLocks.MODE, body.mode);
            system.put(ObjectLocks.UNTIL, Formats.iso(newUntil));
        }
        bucket.updateMetadata(version.key(), version.versionId(), m -> m.withSystemHeaders(system));
        return S3Response.status(200).build();
    }

    private S3Response getRetention(S3Request request) {
        Bucket bucket = context.store().existingBucket(request.bucket());
        ObjectVersion version = target(bucket, request);
        Map<String, String> system = version.metadata().systemHeaders();
        if (!system.containsKey(ObjectLocks.MODE)) {
            throw new S3Exception(S3ErrorCode.NO_SUCH_OBJECT_LOCK_CONFIGURATION,
                    "The specified object does not have a ObjectLock configuration");
        }
        Retention result = new Retention();
        result.mode = system.get(ObjectLocks.MODE);
        result.retainUntilDate = system.get(ObjectLocks.UNTIL);
        return XmlResponses.ok(result);
    }

    private S3Response putLegalHold(S3Request request) throws IOException {
        Bucket bucket = context.store().existingBucket(request.bucket());
        ObjectVersion version = target(bucket, request);
        LegalHold body = XmlCodec.fromXml(PayloadReader.readSmall(request, 64 << 10), LegalHold.class);
        if (!"ON".equals(body.status) && !"OFF".equals(body.status)) {
            throw new S3Exception(S3ErrorCode.MALFORMED_XML);
        }
        Map<String, String> system = new LinkedHashMap<>(version.metadata().systemHeaders());
        system.put(ObjectLocks.LEGAL_HOLD, body.status);
        bucket.updateMetadata(version.key(), version.versionId(), m -> m.withSystemHeaders(system));
        return S3Response.status(200).build();
    }

    private S3Response getLegalHold(S3Request request) {
        Bucket bucket = context.store().existingBucket(request.bucket());
        ObjectVersion version = target(bucket, request);
        String status = version.metadata().systemHeaders().get(ObjectLocks.LEGAL_HOLD);
        if (status == null) {
            throw new S3Exception(S3ErrorCode.NO_SUCH_OBJECT_LOCK_CONFIGURATION,
                    "The specified object does not have a ObjectLock configuration");
        }
        LegalHold result = new LegalHold();
        result.status = status;
        return XmlResponses.ok(result);
    }

    /** The version a retention or legal hold request addresses, on a bucket with Object Lock. */
    private static ObjectVersion target(Bucket bucket, S3Request request) {
        ObjectLocks.requireEnabled(bucket);
        return ObjectLookup.find(bucket, ObjectKeys.valid(request.key()), request.queryParam("versionId"));
    }
}
