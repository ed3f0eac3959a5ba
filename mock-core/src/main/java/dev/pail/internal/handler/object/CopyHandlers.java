package dev.pail.internal.handler.object;

import dev.pail.S3ErrorCode;
import dev.pail.S3Operation;
import dev.pail.internal.checksum.ChecksumAlgorithm;
import dev.pail.internal.checksum.ChecksumEncoding;
import dev.pail.internal.error.S3Exception;
import dev.pail.internal.handler.BlobDigests;
import dev.pail.internal.handler.HandlerContext;
import dev.pail.internal.handler.events.Lifecycles;
import dev.pail.internal.handler.events.Notifier;
import dev.pail.internal.handler.ObjectKeys;
import dev.pail.internal.handler.ObjectResponses;
import dev.pail.internal.handler.Registry;
import dev.pail.internal.handler.XmlResponses;
import dev.pail.internal.handler.acl.ObjectAcls;
import dev.pail.internal.protocol.ChecksumExpectation;
import dev.pail.internal.protocol.Formats;
import dev.pail.internal.protocol.Headers;
import dev.pail.internal.protocol.S3Request;
import dev.pail.internal.protocol.S3Response;
import dev.pail.internal.store.Blob;
import dev.pail.internal.store.Bucket;
import dev.pail.internal.store.ETags;
import dev.pail.internal.store.ObjectDraft;
import dev.pail.internal.store.ObjectMetadata;
import dev.pail.internal.store.ObjectVersion;
import dev.pail.internal.store.StoredChecksum;
import dev.pail.internal.store.VersioningState;
import dev.pail.internal.xml.CopyObjectResult;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** CopyObject: within and across buckets, without copying the bytes. */
public final class CopyHandlers {

    /** The largest source CopyObject accepts: 5 GiB. */

    private final HandlerContext context;

    public CopyHandlers(HandlerContext context) {
        this.context = context;
    }

    public void register(Registry handlers) {
        handlers.put(S3Operation.COPY_OBJECT, this::copyObject);
    }

    private S3Response copyObject(S3Request request) {
        Bucket target = context.store().existingBucket(request.bucket());
        String key = ObjectKeys.valid(request.key());
        CopySource source = CopySource.parse(request.header("x-amz-copy-source").orElseThrow());
        ObjectVersion original = source.resolve(context.store());
        CustomerKeys.checkAccess(original.metadata(), request.headers(), CustomerKeys.COPY_PREFIX);
        CopySource.checkConditions(request.headers(), original);
        if (original.size() > CopySource.MAX_SIZE) {
            throw new S3Exception(S3ErrorCode.INVALID_REQUEST, "The specified copy source is larger than the maximum "
                    + "allowable size for a copy source: " + CopySource.MAX_SIZE);
        }
        boolean replaceMetadata = directive(request, "x-amz-metadata-directive");
        boolean replaceTags = directive(request, "x-amz-tagging-directive");
        if (isCopyOntoItself(request, source, target, key) && !replaceMetadata && !changesAnything(request.headers())) {
            throw new S3Exception(S3ErrorCode.INVALID_REQUEST, "This copy request is illegal because it is trying to "
                    + "copy an object to itself without changing the object's metadata, storage class, website "
                    + "redirect location or encryption attributes.");
        }
        ObjectMetadata metadata = ObjectMetadataParser.forBucket(
                metadata(request.headers(), original.metadata(), replaceMetadata, replaceTags), request.headers(), target,
                context.now());
        Optional<dev.pail.internal.xml.AccessControlPolicy> acl = ObjectAcls.requested(request.headers(), target, context, context.caller(request));
        Optional<StoredChecksum> checksum = checksum(request.headers(), original);
        String etag = original.parts().isEmpty() ? original.etag() : md5Etag(original.content());
        ObjectVersion copy = target.put(key, new ObjectDraft(original.content(), etag, metadata, checksum, List.of()),
                WriteConditions.from(request.headers()), context.now());
        acl.ifPresent(a -> ObjectAcls.put(target, copy, a));
        Notifier.objectCreated(context, request, target, copy, "Copy");

        CopyObjectResult result = new CopyObjectResult();
        result.etag = copy.etag();
        result.lastModified = Formats.iso(copy.lastModified());
        checksum.ifPresent(c -> {
            result.checksumType = c.type().name();
            result.checksum(c.algorithm(), c.value());
        });
        S3Response.Builder response = S3Response.status(200);
        Lifecycles.expirationHeader(response, context, target, copy);
        ObjectResponses.encryptionHeaders(response, metadata);
        if (target.versioning() != VersioningState.UNVERSIONED) {
            response.header("x-amz-version-id", copy.versionId());
        }
        if (!original.isNullVersion() || source.versionId().isPresent()) {
            response.header("x-amz-copy-source-version-id", original.versionId());
        }
        return response.body(XmlResponses.body(result)).build();
    }

    /** S3 answers failed copy-source conditions with 412, including the "not modified" ones. */

    private static boolean directive(S3Request request, String header) {
        String value = request.header(header).map(v -> v.trim().toUpperCase(Locale.ROOT)).orElse("COPY");
        return switch (value) {
            case "COPY" -> false;
            case "REPLACE" -> true;
            default -> throw S3Exception.invalidArgument("Unknown " + header.substring(6).replace('-', ' ') + ".",
                    header, value);
        };
    }

    private static boolean isCopyOntoItself(S3Request request, CopySource source, Bucket target, String key) {
        return source.bucket().equals(target.name()) && source.key().equals(key)
                && (source.versionId().isEmpty() || target.versioning() == VersioningState.UNVERSIONED);
    }

    private static boolean changesAnything(Headers headers) {
        return headers.has("x-amz-storage-class") || headers.has("x-amz-website-redirect-location")
                || headers.has("x-amz-server-side-encryption") || headers.has("x-amz-checksum-algorithm");
    }

    private static ObjectMetadata metadata(Headers headers, ObjectMetadata source, boolean replace, boolean replaceTags) {
        ObjectMetadata requested = ObjectMetadataParser.fromHeaders(headers);
        Map<String, String> tags = replaceTags ? requested.tags() : source.tags();
        String storageClass = requested.storageClass();
        if (replace) {
            return new ObjectMetadata(requested.contentType(), requested.contentEncoding(), requested.contentDisposition(),
                    requested.contentLanguage(), requested.cacheControl(), requested.expires(), requested.userMetadata(),
                    storageClass, tags, requested.systemHeaders());
        }
        return new ObjectMetadata(source.contentType(), source.contentEncoding(), source.contentDisposition(),
                source.contentLanguage(), source.cacheControl(), source.expires(), source.userMetadata(), storageClass,
                tags, requested.systemHeaders());
    }

    private static Optional<StoredChecksum> checksum(Headers headers, ObjectVersion source) {
        Optional<ChecksumAlgorithm> wanted = ChecksumExpectation.from(headers).algorithm();
        Optional<StoredChecksum> carried = source.checksum()
                .filter(c -> c.type() == StoredChecksum.Type.FULL_OBJECT)
                .filter(c -> wanted.isEmpty() || wanted.get().wireName().equals(c.algorithm()));
        if (carried.isPresent()) {
            return carried;
        }
        ChecksumAlgorithm algorithm = wanted.orElse(ChecksumAlgorithm.CRC64NVME);
        return Optional.of(new StoredChecksum(algorithm.wireName(), StoredChecksum.Type.FULL_OBJECT,
                ChecksumEncoding.base64(BlobDigests.checksum(algorithm, source.content()))));
    }

    public static String md5Etag(Blob content) {
        return ETags.quote(ChecksumEncoding.hex(BlobDigests.md5(content)));
    }
}
