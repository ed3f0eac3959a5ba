package dev.pail.internal.handler.multipart;

import dev.pail.S3Operation;
import dev.pail.internal.handler.HandlerContext;
import dev.pail.internal.handler.events.Lifecycles;
import dev.pail.internal.handler.ObjectKeys;
import dev.pail.internal.handler.Registry;
import dev.pail.internal.handler.XmlResponses;
import dev.pail.internal.handler.listing.ListingParameters;
import dev.pail.internal.protocol.Formats;
import dev.pail.internal.protocol.S3Request;
import dev.pail.internal.protocol.S3Response;
import dev.pail.internal.store.Bucket;
import dev.pail.internal.store.MultipartUpload;
import dev.pail.internal.store.UploadedPart;
import dev.pail.internal.store.Utf8Order;
import dev.pail.internal.xml.ListBucketResult;
import dev.pail.internal.xml.ListMultipartUploadsResult;
import dev.pail.internal.xml.ListPartsResult;
import dev.pail.internal.xml.Owner;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** ListParts and ListMultipartUploads. */
public final class MultipartListingHandlers {

    private static final int MAX_ITEMS = 1000;

    private final HandlerContext context;

    public MultipartListingHandlers(HandlerContext context) {
        this.context = context;
    }

    public void register(Registry handlers) {
        handlers.put(S3Operation.LIST_PARTS, this::listParts);
        handlers.put(S3Operation.LIST_MULTIPART_UPLOADS, this::listUploads);
    }

    private S3Response listParts(S3Request request) {
        Bucket bucket = context.store().existingBucket(request.bucket());
        String key = ObjectKeys.valid(request.key());
        MultipartUpload upload = bucket.upload(request.queryParam("uploadId").orElseThrow(), key);
        int marker = ListingParameters.count(request, "part-number-marker", 0);
        int max = Math.min(ListingParameters.count(request, "max-parts", MAX_ITEMS), MAX_ITEMS);

        ListPartsResult result = new ListPartsResult();
        result.bucket = bucket.name();
        result.key = key;
        result.uploadId = upload.uploadId();
        result.partNumberMarker = marker;
        result.maxParts = max;
        result.initiator = owner();
        result.owner = owner();
        result.storageClass = upload.metadata().storageClass();
        result.checksumAlgorithm = upload.checksumAlgorithm().orElse(null);
        result.checksumType = upload.checksumAlgorithm().isPresent() ? upload.checksumType().name() : null;
        int last = marker;
        for (UploadedPart part : upload.parts().tailMap(marker, false).values()) {
            if (result.parts.size() == max) {
                result.isTruncated = true;
                break;
            }
            ListPartsResult.Part listed = new ListPartsResult.Part();
            listed.partNumber = part.number();
            listed.lastModified = Formats.iso(part.lastModified());
            listed.etag = part.etag();
            listed.size = part.size();
            if (upload.checksumAlgorithm().isPresent()) {
                part.checksum().ifPresent(c -> listed.checksum(upload.checksumAlgorithm().get(), c));
            }
            result.parts.add(listed);
            last = part.number();
        }
        result.nextPartNumberMarker = last;
        S3Response.Builder response = S3Response.status(200);
        Lifecycles.abortHeaders(response, context, bucket, key, upload.initiated());
        return response.body(XmlResponses.body(result)).build();
    }

    private S3Response listUploads(S3Request request) {
        Bucket bucket = context.store().existingBucket(request.bucket());
        String prefix = request.queryParam("prefix").orElse("");
        Optional<String> delimiter = request.queryParam("delimiter").filter(d -> !d.isEmpty());
        Optional<String> keyMarker = request.queryParam("key-marker").filter(k -> !k.isEmpty());
        Optional<String> uploadIdMarker = keyMarker.flatMap(k -> request.queryParam("upload-id-marker"))
                .filter(u -> !u.isEmpty());
        int max = Math.min(ListingParameters.count(request, "max-uploads", MAX_ITEMS), MAX_ITEMS);
        Optional<String> encoding = ListingParameters.encodingType(request);
        UnaryOperator<String> enc = ListingParameters.encoder(encoding);

        ListMultipartUploadsResult result = new ListMultipartUploadsResult();
        result.bucket = bucket.name();
        result.keyMarker = enc.apply(keyMarker.orElse(""));
        result.uploadIdMarker = uploadIdMarker.orElse("");
        result.prefix = enc.apply(prefix);
        result.delimiter = delimiter.map(enc).orElse(null);
        result.maxUploads = max;
        result.encodingType = encoding.orElse(null);
        String lastPrefix = null;
        MultipartUpload lastUpload = null;
        for (MultipartUpload upload : bucket.uploads()) {
            String key = upload.key();
            if (!key.startsWith(prefix) || !afterMarker(upload, keyMarker, uploadIdMarker)) {
                continue;
            }
            int at = delimiter.isPresent() ? key.indexOf(delimiter.get(), prefix.length()) : -1;
            String common = at >= 0 ? key.substring(0, at + delimiter.get().length()) : null;
            if (common != null && common.equals(lastPrefix)) {
                continue;
            }
            if (result.uploads.size() + result.commonPrefixes.size() == max) {
                result.isTruncated = true;
                break;
            }
            if (common != null) {
                result.commonPrefixes.add(new ListBucketResult.CommonPrefix(enc.apply(common)));
                lastPrefix = common;
                continue;
            }
            result.uploads.add(listed(upload, enc));
            lastUpload = upload;
        }
        if (result.isTruncated && lastUpload != null) {
            result.nextKeyMarker = enc.apply(lastUpload.key());
            result.nextUploadIdMarker = lastUpload.uploadId();
        }
        return XmlResponses.ok(result);
    }

    private static boolean afterMarker(MultipartUpload upload, Optional<String> keyMarker, Optional<String> uploadIdMarker) {
        if (keyMarker.isEmpty()) {
            return true;
        }
        int order = Utf8Order.INSTANCE.compare(upload.key(), keyMarker.get());
        if (order != 0) {
            return order > 0;
        }
        return uploadIdMarker.isPresent() && sequenceOf(upload.uploadId()) > sequenceOf(uploadIdMarker.get());
    }

    /** Upload ids start with their creation sequence in base 36. */
    private static long sequenceOf(String uploadId) {
        int dot = uploadId.indexOf('.');
        try {
            return Long.parseLong(dot < 0 ? uploadId : uploadId.substring(0, dot), 36);
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    private ListMultipartUploadsResult.Upload listed(MultipartUpload upload, UnaryOperator<String> enc) {
        ListMultipartUploadsResult.Upload listed = new ListMultipartUploadsResult.Upload();
        listed.key = enc.apply(upload.key());
        listed.uploadId = upload.uploadId();
        listed.initiator = owner();
        listed.owner = owner();
        listed.storageClass = upload.metadata().storageClass();
        listed.initiated = Formats.iso(upload.initiated());
        listed.checksumAlgorithm = upload.checksumAlgorithm().orElse(null);
        listed.checksumType = upload.checksumAlgorithm().isPresent() ? upload.checksumType().name() : null;
        return listed;
    }

    private Owner owner() {
        return new Owner(context.ownerId(), context.ownerName());
    }
}
