package dev.pail.internal.handler;

import dev.pail.S3ErrorCode;
import dev.pail.S3Operation;
import dev.pail.internal.error.S3Exception;
import dev.pail.internal.protocol.Formats;
import dev.pail.internal.protocol.PayloadReader;
import dev.pail.internal.protocol.S3Request;
import dev.pail.internal.protocol.S3Response;
import dev.pail.internal.store.Bucket;
import dev.pail.internal.store.ObjectVersion;
import dev.pail.internal.store.VersionListing;
import dev.pail.internal.store.VersioningState;
import dev.pail.internal.xml.ListBucketResult;
import dev.pail.internal.xml.ListVersionsResult;
import dev.pail.internal.xml.Owner;
import dev.pail.internal.xml.VersioningConfiguration;
import dev.pail.internal.xml.XmlCodec;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** PutBucketVersioning, GetBucketVersioning and ListObjectVersions. */
final class VersioningHandlers {

    private static final String MFA_DELETE = "versioning-mfa-delete";

    private final HandlerContext context;

    VersioningHandlers(HandlerContext context) {
        this.context = context;
    }

    void register(Map<S3Operation, OperationHandler> handlers) {
        handlers.put(S3Operation.PUT_BUCKET_VERSIONING, this::put);
        handlers.put(S3Operation.GET_BUCKET_VERSIONING, this::get);
        handlers.put(S3Operation.LIST_OBJECT_VERSIONS, this::list);
    }

    private S3Response put(S3Request request) throws IOException {
        Bucket bucket = context.store().existingBucket(request.bucket());
        VersioningConfiguration body = XmlCodec.fromXml(PayloadReader.readSmall(request, 64 << 10),
                VersioningConfiguration.class);
        if (body.mfaDelete != null) {
            if (!body.mfaDelete.equals("Enabled") && !body.mfaDelete.equals("Disabled")) {
                throw new S3Exception(S3ErrorCode.MALFORMED_XML);
            }
            if (request.header("x-amz-mfa").isEmpty()) {
                throw new S3Exception(S3ErrorCode.INVALID_REQUEST,
                        "The MFA Delete setting can only be changed with a valid MFA token (x-amz-mfa), and only by the "
                                + "bucket owner's root account.");
            }
        }
        VersioningState state = switch (body.status == null ? "" : body.status) {
            case "Enabled" -> VersioningState.ENABLED;
            case "Suspended" -> VersioningState.SUSPENDED;
            default -> throw new S3Exception(S3ErrorCode.MALFORMED_XML);
        };
        if (state == VersioningState.SUSPENDED && ObjectLocks.enabled(bucket)) {
            throw new S3Exception(S3ErrorCode.INVALID_BUCKET_STATE,
                    "An Object Lock configuration is present on this bucket, so the versioning state cannot be changed.");
        }
        bucket.setVersioning(state);
        if (body.mfaDelete != null) {
            bucket.putConfiguration(MFA_DELETE, body.mfaDelete);
        }
        return S3Response.status(200).build();
    }

    private S3Response get(S3Request request) {
        Bucket bucket = context.store().existingBucket(request.bucket());
        VersioningConfiguration result = new VersioningConfiguration();
        result.status = switch (bucket.versioning()) {
            case ENABLED -> "Enabled";
            case SUSPENDED -> "Suspended";
            case UNVERSIONED -> null;
        };
        result.mfaDelete = bucket.configuration(MFA_DELETE).orElse(null);
        return BucketHandlers.xml(result);
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
        int requested = ListingParameters.count(request, "max-keys", ListingHandlers.MAX_KEYS);
        Optional<String> encoding = ListingParameters.encodingType(request);
        UnaryOperator<String> enc = ListingParameters.encoder(encoding);
        VersionListing.Page page = requested == 0
                ? new VersionListing.Page(java.util.List.of(), java.util.List.of(), false, Optional.empty(), Optional.empty())
                : VersionListing.page(bucket.keys(), prefix, delimiter, keyMarker, versionIdMarker,
                        Math.min(requested, ListingHandlers.MAX_KEYS));

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
        return BucketHandlers.xml(result);
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
