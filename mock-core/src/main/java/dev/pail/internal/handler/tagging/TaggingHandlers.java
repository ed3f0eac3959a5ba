package dev.pail.internal.handler.tagging;

import dev.pail.S3ErrorCode;
import dev.pail.S3Operation;
import dev.pail.internal.error.S3Exception;
import dev.pail.internal.handler.HandlerContext;
import dev.pail.internal.handler.events.Notifier;
import dev.pail.internal.handler.ObjectKeys;
import dev.pail.internal.handler.ObjectLookup;
import dev.pail.internal.handler.Registry;
import dev.pail.internal.handler.XmlResponses;
import dev.pail.internal.protocol.PayloadReader;
import dev.pail.internal.protocol.S3Request;
import dev.pail.internal.protocol.S3Response;
import dev.pail.internal.store.Bucket;
import dev.pail.internal.store.ObjectVersion;
import dev.pail.internal.store.VersioningState;
import dev.pail.internal.xml.XmlCodec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Object tagging (Put/Get/DeleteObjectTagging, by version) and bucket tagging. */
public final class TaggingHandlers {

    private static final int MAX_BUCKET_TAGS = 50;

    private final HandlerContext context;

    public TaggingHandlers(HandlerContext context) {
        this.context = context;
    }

    public void register(Registry handlers) {
        handlers.put(S3Operation.PUT_OBJECT_TAGGING, this::putObjectTagging);
        handlers.put(S3Operation.GET_OBJECT_TAGGING, this::getObjectTagging);
        handlers.put(S3Operation.DELETE_OBJECT_TAGGING, this::deleteObjectTagging);
        handlers.put(S3Operation.PUT_BUCKET_TAGGING, this::putBucketTagging);
        handlers.put(S3Operation.GET_BUCKET_TAGGING, this::getBucketTagging);
        handlers.put(S3Operation.DELETE_BUCKET_TAGGING, this::deleteBucketTagging);
    }

    private S3Response putObjectTagging(S3Request request) throws IOException {
        Bucket bucket = context.store().existingBucket(request.bucket());
        ObjectVersion version = target(bucket, request);
        Map<String, String> tags = parse(PayloadReader.readSmall(request, 64 << 10), Tagging.MAX_TAGS);
        bucket.updateMetadata(version.key(), version.versionId(), m -> m.withTags(tags));
        Notifier.objectChanged(context, request, bucket, version, "ObjectTagging:Put");
        return versioned(S3Response.status(200), bucket, version).build();
    }

    private S3Response getObjectTagging(S3Request request) {
        Bucket bucket = context.store().existingBucket(request.bucket());
        ObjectVersion version = target(bucket, request);
        S3Response.Builder response = versioned(S3Response.status(200), bucket, version);
        return response.body(XmlResponses.body(Tagging.document(version.metadata().tags()))).build();
    }

    private S3Response deleteObjectTagging(S3Request request) {
        Bucket bucket = context.store().existingBucket(request.bucket());
        ObjectVersion version = target(bucket, request);
        bucket.updateMetadata(version.key(), version.versionId(), m -> m.withTags(Map.of()));
        Notifier.objectChanged(context, request, bucket, version, "ObjectTagging:Delete");
        return versioned(S3Response.status(204), bucket, version).build();
    }

    private S3Response putBucketTagging(S3Request request) throws IOException {
        Bucket bucket = context.store().existingBucket(request.bucket());
        Map<String, String> tags = parse(PayloadReader.readSmall(request, 64 << 10), MAX_BUCKET_TAGS);
        bucket.putConfiguration(Tagging.BUCKET_TAGS, new String(XmlCodec.toXml(Tagging.document(tags)), StandardCharsets.UTF_8));
        return S3Response.status(204).build();
    }

    private S3Response getBucketTagging(S3Request request) {
        Bucket bucket = context.store().existingBucket(request.bucket());
        String xml = bucket.configuration(Tagging.BUCKET_TAGS).orElseThrow(() ->
                new S3Exception(S3ErrorCode.NO_SUCH_TAG_SET).detail("BucketName", bucket.name()));
        return S3Response.status(200).body(new dev.pail.internal.protocol.ResponseBody.Bytes(
                xml.getBytes(StandardCharsets.UTF_8), "application/xml")).build();
    }

    private S3Response deleteBucketTagging(S3Request request) {
        Bucket bucket = context.store().existingBucket(request.bucket());
        bucket.removeConfiguration(Tagging.BUCKET_TAGS);
        return S3Response.status(204).build();
    }

    private static Map<String, String> parse(byte[] body, int maxTags) {
        dev.pail.internal.xml.Tagging document = XmlCodec.fromXml(body, dev.pail.internal.xml.Tagging.class);
        Map<String, String> tags = Tagging.toMap(document.tagSet);
        if (tags.size() > maxTags) {
            throw new S3Exception(S3ErrorCode.INVALID_TAG, maxTags == Tagging.MAX_TAGS
                    ? "Object tags cannot be greater than 10" : "Bucket tag count cannot be greater than 50");
        }
        tags.forEach((key, value) -> Tagging.validate(Map.of(key, value)));
        return tags;
    }

    private static ObjectVersion target(Bucket bucket, S3Request request) {
        return ObjectLookup.find(bucket, ObjectKeys.valid(request.key()), request.queryParam("versionId"));
    }

    private static S3Response.Builder versioned(S3Response.Builder response, Bucket bucket, ObjectVersion version) {
        if (bucket.versioning() != VersioningState.UNVERSIONED) {
            response.header("x-amz-version-id", version.versionId());
        }
        return response;
    }
}
