package dev.pail.internal.handler.listing;

import dev.pail.S3Operation;
import dev.pail.internal.handler.HandlerContext;
import dev.pail.internal.handler.Registry;
import dev.pail.internal.handler.XmlResponses;
import dev.pail.internal.protocol.Formats;
import dev.pail.internal.protocol.S3Request;
import dev.pail.internal.protocol.S3Response;
import dev.pail.internal.store.Bucket;
import dev.pail.internal.store.Listing;
import dev.pail.internal.store.ObjectVersion;
import dev.pail.internal.xml.ListBucketResult;
import dev.pail.internal.xml.ListedObject;
import dev.pail.internal.xml.Owner;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** ListObjectsV2 and ListObjects (v1). */
public final class ListingHandlers {

    /** S3 returns at most this many keys per page, whatever max-keys asks. */

    private final HandlerContext context;

    public ListingHandlers(HandlerContext context) {
        this.context = context;
    }

    public void register(Registry handlers) {
        handlers.put(S3Operation.LIST_OBJECTS_V2, this::listObjectsV2);
        handlers.put(S3Operation.LIST_OBJECTS, this::listObjects);
    }

    private S3Response listObjectsV2(S3Request request) {
        Bucket bucket = context.store().existingBucket(request.bucket());
        Params params = Params.of(request);
        // an empty token is no token (and is echoed empty); a token wins over start-after, which is then not echoed
        Optional<String> token = request.queryParam("continuation-token");
        boolean resuming = token.filter(t -> !t.isEmpty()).isPresent();
        Optional<String> startAfter = request.queryParam("start-after").filter(s -> !s.isEmpty() && !resuming);
        Optional<String> after = resuming
                ? Optional.of(ContinuationTokens.decode(bucket.name(), token.get()))
                : startAfter;
        Listing.Page page = page(bucket, params, after);
        boolean fetchOwner = request.queryParam("fetch-owner").map(v -> v.equalsIgnoreCase("true")).orElse(false);

        ListBucketResult result = new ListBucketResult();
        UnaryOperator<String> enc = params.encoder();
        result.name = bucket.name();
        result.prefix = enc.apply(params.prefix());
        result.delimiter = params.delimiter().map(enc).orElse(null);
        result.maxKeys = params.requestedMaxKeys();
        result.encodingType = params.encodingType().orElse(null);
        result.isTruncated = page.truncated();
        result.keyCount = page.objects().size() + page.commonPrefixes().size();
        result.continuationToken = token.orElse(null);
        result.startAfter = startAfter.map(enc).orElse(null);
        if (page.truncated()) {
            result.nextContinuationToken = ContinuationTokens.encode(bucket.name(), page.last().orElseThrow());
        }
        fill(result, page, enc, fetchOwner);
        return XmlResponses.ok(result);
    }

    private S3Response listObjects(S3Request request) {
        Bucket bucket = context.store().existingBucket(request.bucket());
        Params params = Params.of(request);
        Optional<String> marker = request.queryParam("marker").filter(s -> !s.isEmpty());
        Listing.Page page = page(bucket, params, marker);

        ListBucketResult result = new ListBucketResult();
        UnaryOperator<String> enc = params.encoder();
        result.name = bucket.name();
        result.prefix = enc.apply(params.prefix());
        result.marker = enc.apply(marker.orElse(""));
        result.delimiter = params.delimiter().map(enc).orElse(null);
        result.maxKeys = params.requestedMaxKeys();
        result.encodingType = params.encodingType().orElse(null);
        result.isTruncated = page.truncated();
        if (page.truncated() && params.delimiter().isPresent()) {
            result.nextMarker = enc.apply(page.last().orElseThrow());
        }
        fill(result, page, enc, true);
        return XmlResponses.ok(result);
    }

    private static Listing.Page page(Bucket bucket, Params params, Optional<String> after) {
        if (params.maxKeys() == 0) {
            return new Listing.Page(java.util.List.of(), java.util.List.of(), false, Optional.empty());
        }
        return Listing.page(bucket.keys(), params.prefix(), params.delimiter(), after, params.maxKeys());
    }

    private void fill(ListBucketResult result, Listing.Page page, UnaryOperator<String> enc, boolean withOwner) {
        for (ObjectVersion version : page.objects()) {
            result.contents.add(listed(version, enc, withOwner));
        }
        for (String common : page.commonPrefixes()) {
            result.commonPrefixes.add(new ListBucketResult.CommonPrefix(enc.apply(common)));
        }
    }

    private ListedObject listed(ObjectVersion version, UnaryOperator<String> enc, boolean withOwner) {
        ListedObject object = new ListedObject();
        object.key = enc.apply(version.key());
        object.lastModified = Formats.iso(version.lastModified());
        object.etag = version.etag();
        version.checksum().ifPresent(c -> {
            object.checksumAlgorithms.add(c.algorithm());
            object.checksumType = c.type().name();
        });
        object.size = version.size();
        object.storageClass = version.metadata().storageClass();
        if (withOwner) {
            object.owner = new Owner(context.ownerId(), context.ownerName());
        }
        return object;
    }

    /** The query parameters both listing versions share, validated as S3 validates them. */
    private record Params(String prefix, Optional<String> delimiter, int requestedMaxKeys, Optional<String> encodingType) {

        static Params of(S3Request request) {
            return new Params(request.queryParam("prefix").orElse(""),
                    request.queryParam("delimiter").filter(d -> !d.isEmpty()),
                    ListingParameters.count(request, "max-keys", ListingParameters.MAX_KEYS),
                    ListingParameters.encodingType(request));
        }

        int maxKeys() {
            return Math.min(requestedMaxKeys, ListingParameters.MAX_KEYS);
        }

        UnaryOperator<String> encoder() {
            return ListingParameters.encoder(encodingType);
        }
    }

    /**
     * S3's {@code encoding-type=url}: form encoding of the UTF-8 bytes (a space becomes {@code +}),
     * keeping {@code /} as is.
     */
}
