package dev.pail.internal.handler.object;

import dev.pail.S3ErrorCode;
import dev.pail.S3Operation;
import dev.pail.internal.error.S3Exception;
import dev.pail.internal.handler.HandlerContext;
import dev.pail.internal.handler.ObjectKeys;
import dev.pail.internal.handler.ObjectLookup;
import dev.pail.internal.handler.Registry;
import dev.pail.internal.handler.XmlResponses;
import dev.pail.internal.protocol.Formats;
import dev.pail.internal.protocol.S3Request;
import dev.pail.internal.protocol.S3Response;
import dev.pail.internal.store.Bucket;
import dev.pail.internal.store.ETags;
import dev.pail.internal.store.ObjectVersion;
import dev.pail.internal.store.PartInfo;
import dev.pail.internal.store.StoredChecksum;
import dev.pail.internal.store.VersioningState;
import dev.pail.internal.xml.GetObjectAttributesResponse;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** GetObjectAttributes: ETag, Checksum, ObjectParts, StorageClass and ObjectSize, as asked for. */
public final class AttributesHandlers {

    private static final Set<String> ATTRIBUTES = Set.of("ETag", "Checksum", "ObjectParts", "StorageClass", "ObjectSize");

    private final HandlerContext context;

    public AttributesHandlers(HandlerContext context) {
        this.context = context;
    }

    public void register(Registry handlers) {
        handlers.put(S3Operation.GET_OBJECT_ATTRIBUTES, this::getObjectAttributes);
    }

    private S3Response getObjectAttributes(S3Request request) {
        Bucket bucket = context.store().existingBucket(request.bucket());
        String key = ObjectKeys.valid(request.key());
        Set<String> wanted = wanted(request);
        ObjectVersion version = ObjectLookup.find(bucket, key, request.queryParam("versionId"));
        CustomerKeys.checkAccess(version.metadata(), request.headers(), CustomerKeys.PREFIX);

        GetObjectAttributesResponse result = new GetObjectAttributesResponse();
        if (wanted.contains("ETag")) {
            result.etag = ETags.unquote(version.etag());
        }
        if (wanted.contains("Checksum") && version.checksum().isPresent()) {
            StoredChecksum checksum = version.checksum().get();
            result.checksum = new GetObjectAttributesResponse.Checksum();
            // S3 reports a composite checksum here without the "-N" part count that GET and HEAD show
            String value = checksum.type() == StoredChecksum.Type.COMPOSITE
                    ? checksum.value().replaceFirst("-\\d+$", "") : checksum.value();
            result.checksum.checksum(checksum.algorithm(), value);
            result.checksum.type = checksum.type().name();
        }
        if (wanted.contains("ObjectParts") && !version.parts().isEmpty()) {
            boolean composite = version.checksum().map(c -> c.type() == StoredChecksum.Type.COMPOSITE).orElse(false);
            result.objectParts = composite
                    ? parts(request, version.parts(), version.checksum().map(StoredChecksum::algorithm))
                    : partCount(version.parts().size());
        }
        if (wanted.contains("StorageClass")) {
            result.storageClass = version.metadata().storageClass();
        }
        if (wanted.contains("ObjectSize")) {
            result.objectSize = version.size();
        }
        S3Response.Builder response = S3Response.status(200).header("Last-Modified", Formats.http(version.lastModified()));
        if (bucket.versioning() != VersioningState.UNVERSIONED) {
            response.header("x-amz-version-id", version.versionId());
        }
        return response.body(XmlResponses.body(result)).build();
    }

    private static Set<String> wanted(S3Request request) {
        Set<String> wanted = new LinkedHashSet<>();
        for (String header : request.headers().all("x-amz-object-attributes")) {
            for (String name : header.split(",")) {
                String trimmed = name.trim();
                if (!trimmed.isEmpty()) {
                    if (!ATTRIBUTES.contains(trimmed)) {
                        throw S3Exception.invalidArgument("Invalid attribute name specified.", "x-amz-object-attributes",
                                trimmed);
                    }
                    wanted.add(trimmed);
                }
            }
        }
        if (wanted.isEmpty()) {
            throw new S3Exception(S3ErrorCode.INVALID_ARGUMENT, "The x-amz-object-attributes header specifying the "
                    + "attributes to be retrieved is either missing or empty").detail("ArgumentName",
                    "x-amz-object-attributes");
        }
        return wanted;
    }

    private static GetObjectAttributesResponse.ObjectParts parts(S3Request request, List<PartInfo> sizes,
                                                                 java.util.Optional<String> algorithm) {
        int marker = intHeader(request, "x-amz-part-number-marker", 0);
        int max = intHeader(request, "x-amz-max-parts", 1000);
        GetObjectAttributesResponse.ObjectParts parts = new GetObjectAttributesResponse.ObjectParts();
        parts.totalPartsCount = sizes.size();
        parts.partNumberMarker = marker;
        parts.maxParts = max;
        int last = marker;
        for (int number = marker + 1; number <= sizes.size() && parts.parts.size() < max; number++) {
            GetObjectAttributesResponse.Part part = new GetObjectAttributesResponse.Part();
            part.partNumber = number;
            PartInfo info = sizes.get(number - 1);
            part.size = info.size();
            if (algorithm.isPresent() && info.checksum().isPresent()) {
                part.checksum(algorithm.get(), info.checksum().get());
            }
            parts.parts.add(part);
            last = number;
        }
        parts.isTruncated = last < sizes.size();
        parts.nextPartNumberMarker = last;
        return parts;
    }

    /** A FULL_OBJECT object's parts: only their count, as S3 reports them. */
    private static GetObjectAttributesResponse.ObjectParts partCount(int count) {
        GetObjectAttributesResponse.ObjectParts parts = new GetObjectAttributesResponse.ObjectParts();
        parts.totalPartsCount = count;
        return parts;
    }

    private static int intHeader(S3Request request, String name, int fallback) {
        String value = request.header(name).orElse(null);
        if (value == null) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed >= 0) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // fall through
        }
        throw S3Exception.invalidArgument("Invalid " + name, name, value);
    }
}
