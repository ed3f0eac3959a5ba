package dev.pail.internal.handler;

import dev.pail.S3ErrorCode;
import dev.pail.S3Operation;
import dev.pail.internal.error.S3Exception;
import dev.pail.internal.protocol.PayloadReader;
import dev.pail.internal.protocol.S3Request;
import dev.pail.internal.protocol.S3Response;
import dev.pail.internal.store.Bucket;
import dev.pail.internal.store.ObjectVersion;
import dev.pail.internal.store.VersioningState;
import dev.pail.internal.xml.Tag;
import dev.pail.internal.xml.XmlCodec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Object tagging (Put/Get/DeleteObjectTagging, by version) and bucket tagging. */
final class TaggingHandlers {

    static final String BUCKET_TAGS = "tagging";
    private static final int MAX_BUCKET_TAGS = 50;

    private final HandlerContext context;

    TaggingHandlers(HandlerContext context) {
        this.context = context;
    }

    void register(Map<S3Operation, OperationHandler> handlers) {
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
        return versioned(S3Response.status(200), bucket, version).build();
    }

    private S3Response getObjectTagging(S3Request request) {
        Bucket bucket = context.store().existingBucket(request.bucket());
        ObjectVersion version = target(bucket, request);
        S3Response.Builder response = versioned(S3Response.status(200), bucket, version);
        return response.body(BucketHandlers.xmlBody(document(version.metadata().tags()))).build();
    }

    private S3Response deleteObjectTagging(S3Request request) {
        Bucket bucket = context.store().existingBucket(request.bucket());
        ObjectVersion version = target(bucket, request);
        bucket.updateMetadata(version.key(), version.versionId(), m -> m.withTags(Map.of()));
        return versioned(S3Response.status(204), bucket, version).build();
    }

    private S3Response putBucketTagging(S3Request request) throws IOException {
        Bucket bucket = context.store().existingBucket(request.bucket());
        Map<String, String> tags = parse(PayloadReader.readSmall(request, 64 << 10), MAX_BUCKET_TAGS);
        bucket.putConfiguration(BUCKET_TAGS, new String(XmlCodec.toXml(document(tags)), StandardCharsets.UTF_8));
        return S3Response.status(204).build();
    }

    private S3Response getBucketTagging(S3Request request) {
        Bucket bucket = context.store().existingBucket(request.bucket());
        String xml = bucket.configuration(BUCKET_TAGS).orElseThrow(() ->
                new S3Exception(S3ErrorCode.NO_SUCH_TAG_SET).detail("BucketName", bucket.name()));
        return S3Response.status(200).body(new dev.pail.internal.protocol.ResponseBody.Bytes(
                xml.getBytes(StandardCharsets.UTF_8), "application/xml")).build();
    }

    private S3Response deleteBucketTagging(S3Request request) {
        Bucket bucket = context.store().existingBucket(request.bucket());
        bucket.removeConfiguration(BUCKET_TAGS);
        return S3Response.status(204).build();
    }

    /** Applies the tags of a CreateBucketConfiguration body to a new bucket. */
    static void tagNewBucket(Bucket bucket, java.util.List<Tag> tags) {
        if (tags.isEmpty()) {
            return;
        }
        Map<String, String> map = toMap(tags);
        Tagging.validate(map);
        bucket.putConfiguration(BUCKET_TAGS, new String(XmlCodec.toXml(document(map)), StandardCharsets.UTF_8));
    }

    private static Map<String, String> parse(byte[] body, int maxTags) {
        dev.pail.internal.xml.Tagging document = XmlCodec.fromXml(body, dev.pail.internal.xml.Tagging.class);
        Map<String, String> tags = toMap(document.tagSet);
        if (tags.size() > maxTags) {
            throw new S3Exception(S3ErrorCode.INVALID_TAG, maxTags == Tagging.MAX_TAGS
                    ? "Object tags cannot be greater than 10" : "Bucket tag count cannot be greater than 50");
        }
        tags.forEach((key, value) -> Tagging.validate(Map.of(key, value)));
        return tags;
    }

    private static Map<String, String> toMap(java.util.List<Tag> tags) {
        Map<String, String> map = new LinkedHashMap<>();
        for (Tag tag : tags) {
            if (tag.key() == null || tag.value() == null) {
                throw new S3Exception(S3ErrorCode.MALFORMED_XML);
            }
            if (map.put(tag.key(), tag.value()) != null) {
                throw new S3Exception(S3ErrorCode.INVALID_TAG, "Cannot provide multiple Tags with the same key")
                        .detail("TagKey", tag.key());
            }
        }
        return map;
    }

    private static dev.pail.internal.xml.Tagging document(Map<String, String> tags) {
        dev.pail.internal.xml.Tagging document = new dev.pail.internal.xml.Tagging();
        tags.forEach((key, value) -> document.tagSet.add(new Tag(key, value)));
        return document;
    }

    private static ObjectVersion target(Bucket bucket, S3Request request) {
        return ObjectHandlers.find(bucket, ObjectKeys.valid(request.key()), request.queryParam("versionId"));
    }

    private static S3Response.Builder versioned(S3Response.Builder response, Bucket bucket, ObjectVersion version) {
        if (bucket.versioning() != VersioningState.UNVERSIONED) {
            response.header("x-amz-version-id", version.versionId());
        }
        return response;
    }
}
