package dev.pail.internal.handler.listing;

import dev.pail.S3Operation;
import dev.pail.internal.error.S3Exception;
import dev.pail.internal.handler.HandlerContext;
import dev.pail.internal.handler.Registry;
import dev.pail.internal.handler.XmlResponses;
import dev.pail.internal.protocol.Formats;
import dev.pail.internal.protocol.S3Request;
import dev.pail.internal.protocol.S3Response;
import dev.pail.internal.store.Bucket;
import dev.pail.internal.store.ObjectVersion;
import dev.pail.internal.store.VersionListing;
import dev.pail.internal.xml.ListBucketResult;
import dev.pail.internal.xml.ListVersionsResult;
import dev.pail.internal.xml.Owner;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** ListObjectVersions: every version and delete marker of the keys, newest first per key, in key order. */
public final class VersionListingHandlers {

    private final HandlerContext context;

    public VersionListingHandlers(HandlerContext context) {
        this.context = context;
    }

    public void register(Registry handlers) {
        handlers.put(S3Operation.LIST_OBJECT_VERSIONS, this::list);
    }

    private S3Response list(S3Request request) {
        Bucket bucket = context.store().existingBucket(request.bucket());
        String prefix = request.queryParam("prefix").orElse("");
        Optional<String> delimiter = request.queryParam("delimiter").filter(d -> !d.isEmpty());
        Optional<String> keyMarker = request.queryParam("key-marker").filter(k -> !k.isEmpty());
        Optional<String> versionIdMarker = request.queryParam("version-id-marker").filter(v -> !v.isEmpty());
        if (versionIdMarker.isPresent() && keyMarker.isEmpty()) {
            throw S3Exception.invalidArgument("A version-id marker cannot be specified without a key marker.",
                    "version-id-marker", versionIdMarker.get());
        }
        int requested = ListingParameters.count(request, "max-keys", ListingParameters.MAX_KEYS);
        Optional<String> encoding = ListingParameters.encodingType(request);
        UnaryOperator<String> enc = ListingParameters.encoder(encoding);
        VersionListing.Page page = requested == 0
                ? new VersionListing.Page(java.util.List.of(), java.util.List.of(), false, Optional.empty(), Optional.empty())
                : VersionListing.page(bucket.keys(), prefix, delimiter, keyMarker, versionIdMarker,
                        Math.min(requested, ListingParameters.MAX_KEYS));

        ListVersionsResult result = new ListVersionsResult();
        result.name = bucket.name();
        result.prefix = enc.apply(prefix);
        result.keyMarker = enc.apply(keyMarker.orElse(""));
        result.versionIdMarker = versionIdMarker.orElse("");
        result.maxKeys = requested;
        result.delimiter = delimiter.map(enc).orElse(null);
        result.encodingType = encoding.orElse(null);
        result.isTruncated = page.truncated();
        result.nextKeyMarker = page.nextKeyMarker().map(enc).orElse(null);
        result.nextVersionIdMarker = page.truncated() ? page.nextVersionIdMarker().orElse(null) : null;
        Owner owner = new Owner(context.ownerId(), context.ownerName());
        for (VersionListing.Entry entry : page.entries()) {
            result.entries.add(entry.version().deleteMarker() ? marker(entry, enc, owner) : version(entry, enc, owner));
        }
        for (String common : page.commonPrefixes()) {
            result.commonPrefixes.add(new ListBucketResult.CommonPrefix(enc.apply(common)));
        }
        return XmlResponses.ok(result);
    }

    private static ListVersionsResult.Version version(VersionListing.Entry entry, UnaryOperator<String> enc, Owner owner) {
        ObjectVersion v = entry.version();
        ListVersionsResult.Version listed = new ListVersionsResult.Version();
        listed.key = enc.apply(v.key());
        listed.versionId = v.versionId();
        listed.isLatest = entry.latest();
        listed.lastModified = Formats.iso(v.lastModified());
        listed.etag = v.etag();
        v.checksum().ifPresent(c -> {
            listed.checksumAlgorithms.add(c.algorithm());
            listed.checksumType = c.type().name();
        });
        listed.size = v.size();
        listed.storageClass = v.metadata().storageClass();
        listed.owner = owner;
        return listed;
    }

    private static ListVersionsResult.DeleteMarker marker(VersionListing.Entry entry, UnaryOperator<String> enc,
                                                          Owner owner) {
        ObjectVersion v = entry.version();
        ListVersionsResult.DeleteMarker listed = new ListVersionsResult.DeleteMarker();
        listed.owner = owner;
        listed.key = enc.apply(v.key());
        listed.versionId = v.versionId();
        listed.isLatest = entry.latest();
        listed.lastModified = Formats.iso(v.lastModified());
        return listed;
    }
}
