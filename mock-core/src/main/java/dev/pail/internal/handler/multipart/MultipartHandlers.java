package dev.pail.internal.handler.multipart;

import dev.pail.S3ErrorCode;
import dev.pail.S3Operation;
import dev.pail.internal.checksum.ChecksumAlgorithm;
import dev.pail.internal.checksum.ChecksumEncoding;
import dev.pail.internal.error.S3Exception;
import dev.pail.internal.handler.BlobDigests;
import dev.pail.internal.handler.HandlerContext;
import dev.pail.internal.handler.events.Lifecycles;
import dev.pail.internal.handler.ObjectKeys;
import dev.pail.internal.handler.ObjectResponses;
import dev.pail.internal.handler.Registry;
import dev.pail.internal.handler.XmlResponses;
import dev.pail.internal.handler.acl.ObjectAcls;
import dev.pail.internal.handler.object.CopySource;
import dev.pail.internal.handler.object.CustomerKeys;
import dev.pail.internal.handler.object.ObjectMetadataParser;
import dev.pail.internal.protocol.ChecksumExpectation;
import dev.pail.internal.protocol.Formats;
import dev.pail.internal.protocol.Payload;
import dev.pail.internal.protocol.PayloadReader;
import dev.pail.internal.protocol.S3Request;
import dev.pail.internal.protocol.S3Response;
import dev.pail.internal.store.Blob;
import dev.pail.internal.store.Bucket;
import dev.pail.internal.store.ETags;
import dev.pail.internal.store.MultipartUpload;
import dev.pail.internal.store.ObjectMetadata;
import dev.pail.internal.store.ObjectVersion;
import dev.pail.internal.store.StoredChecksum;
import dev.pail.internal.store.UploadedPart;
import dev.pail.internal.xml.CopyPartResult;
import dev.pail.internal.xml.InitiateMultipartUploadResult;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/** CreateMultipartUpload, UploadPart, UploadPartCopy and AbortMultipartUpload. */
public final class MultipartHandlers {

    public static final int MAX_PART_NUMBER = 10_000;
    public static final long MAX_PART_SIZE = 5L << 30;

    private final HandlerContext context;

    public MultipartHandlers(HandlerContext context) {
        this.context = context;
    }

    public void register(Registry handlers) {
        handlers.put(S3Operation.CREATE_MULTIPART_UPLOAD, this::create);
        handlers.put(S3Operation.UPLOAD_PART, this::uploadPart);
        handlers.put(S3Operation.UPLOAD_PART_COPY, this::uploadPartCopy);
        handlers.put(S3Operation.ABORT_MULTIPART_UPLOAD, this::abort);
    }

    private S3Response create(S3Request request) {
        Bucket bucket = context.store().existingBucket(request.bucket());
        String key = ObjectKeys.valid(request.key());
        ObjectMetadata metadata = ObjectMetadataParser.forNewVersion(request.headers(), bucket, context.now());
        Optional<ChecksumAlgorithm> algorithm = request.header("x-amz-checksum-algorithm")
                .map(name -> ChecksumAlgorithm.fromWireName(name).orElseThrow(() -> new S3Exception(
                        S3ErrorCode.INVALID_REQUEST, "Checksum algorithm provided is unsupported. Please try again "
                        + "with any of the valid types: [CRC32, CRC32C, CRC64NVME, SHA1, SHA256]")));
        StoredChecksum.Type type = checksumType(request, algorithm);
        Optional<dev.pail.internal.xml.AccessControlPolicy> acl = ObjectAcls.requested(request.headers(), bucket, context, context.caller(request));
        MultipartUpload upload = bucket.createUpload(key, metadata, algorithm.map(ChecksumAlgorithm::wireName), type,
                context.now());
        acl.ifPresent(a -> bucket.putConfiguration(ObjectAcls.PENDING_UPLOAD_ACL + upload.uploadId(),
                new String(dev.pail.internal.xml.XmlCodec.toXml(a), java.nio.charset.StandardCharsets.UTF_8)));

        InitiateMultipartUploadResult result = new InitiateMultipartUploadResult();
        result.bucket = bucket.name();
        result.key = key;
        result.uploadId = upload.uploadId();
        S3Response.Builder response = S3Response.status(200);
        Lifecycles.abortHeaders(response, context, bucket, key, upload.initiated());
        algorithm.ifPresent(a -> response.header("x-amz-checksum-algorithm", a.wireName())
                .header("x-amz-checksum-type", type.name()));
        ObjectResponses.encryptionHeaders(response, metadata);
        return response.body(XmlResponses.body(result)).build();
    }

    private static StoredChecksum.Type checksumType(S3Request request, Optional<ChecksumAlgorithm> algorithm) {
        Optional<String> requested = request.header("x-amz-checksum-type").map(t -> t.trim().toUpperCase(Locale.ROOT));
        if (requested.isEmpty()) {
            return algorithm.isEmpty() || algorithm.get() == ChecksumAlgorithm.CRC64NVME
                    ? StoredChecksum.Type.FULL_OBJECT : StoredChecksum.Type.COMPOSITE;
        }
        StoredChecksum.Type type;
        try {
            type = StoredChecksum.Type.valueOf(requested.get());
        } catch (IllegalArgumentException e) {
            throw S3Exception.invalidArgument("Value for x-amz-checksum-type header is invalid.", "x-amz-checksum-type",
                    requested.get());
        }
        if (algorithm.isEmpty()) {
            throw new S3Exception(S3ErrorCode.INVALID_REQUEST,
                    "The x-amz-checksum-type header can only be used with the x-amz-checksum-algorithm header.");
        }
        if (type == StoredChecksum.Type.FULL_OBJECT && !algorithm.get().isCrc()) {
            throw new S3Exception(S3ErrorCode.INVALID_REQUEST, "The FULL_OBJECT checksum type cannot be used with the "
                    + algorithm.get().wireName().toLowerCase(Locale.ROOT) + " checksum algorithm.");
        }
        if (type == StoredChecksum.Type.COMPOSITE && algorithm.get() == ChecksumAlgorithm.CRC64NVME) {
            throw new S3Exception(S3ErrorCode.INVALID_REQUEST,
                    "The COMPOSITE checksum type cannot be used with the crc64nvme checksum algorithm.");
        }
        return type;
    }

    private S3Response uploadPart(S3Request request) throws IOException {
        Bucket bucket = context.store().existingBucket(request.bucket());
        String key = ObjectKeys.valid(request.key());
        int number = PartNumbers.parse(request);
        MultipartUpload upload = bucket.upload(request.queryParam("uploadId").orElseThrow(), key);
        CustomerKeys.checkAccess(upload.metadata(), request.headers(), CustomerKeys.PREFIX);
        ChecksumAlgorithm algorithm = MultipartChecksums.algorithm(upload);
        Optional<ChecksumAlgorithm> sent = ChecksumExpectation.from(request.headers()).algorithm();
        if (upload.checksumAlgorithm().isPresent() && sent.isPresent() && sent.get() != algorithm) {
            throw new S3Exception(S3ErrorCode.INVALID_REQUEST, "Checksum Type mismatch occurred, expected checksum Type: "
                    + algorithm.wireName().toLowerCase(Locale.ROOT) + ", actual checksum Type: "
                    + sent.get().wireName().toLowerCase(Locale.ROOT));
        }
        String etag;
        Optional<StoredChecksum> sentChecksum;
        try (Payload payload = PayloadReader.read(request, MAX_PART_SIZE, Optional.of(algorithm),
                context.store().budget())) {
            sentChecksum = payload.checksum();
            String checksum = sentChecksum.filter(c -> c.algorithm().equals(algorithm.wireName()))
                    .map(StoredChecksum::value)
                    .orElseGet(() -> ChecksumEncoding.base64(BlobDigests.checksum(algorithm, payload.blob())));
            etag = ETags.quote(ChecksumEncoding.hex(payload.md5()));
            upload.putPart(new UploadedPart(number, payload.blob(), payload.md5(), etag, Optional.of(checksum),
                    context.now()));
        }

        S3Response.Builder response = S3Response.status(200).header("ETag", etag);
        if (upload.checksumAlgorithm().isPresent() || sent.isPresent()) {
            sentChecksum.ifPresent(c -> response.header("x-amz-checksum-" + c.algorithm().toLowerCase(Locale.ROOT),
                    c.value()));
        }
        ObjectResponses.encryptionHeaders(response, upload.metadata());
        return response.build();
    }

    private S3Response uploadPartCopy(S3Request request) {
        Bucket bucket = context.store().existingBucket(request.bucket());
        String key = ObjectKeys.valid(request.key());
        int number = PartNumbers.parse(request);
        MultipartUpload upload = bucket.upload(request.queryParam("uploadId").orElseThrow(), key);
        CopySource source = CopySource.parse(request.header("x-amz-copy-source").orElseThrow());
        ObjectVersion original = source.resolve(context.store());
        CustomerKeys.checkAccess(original.metadata(), request.headers(), CustomerKeys.COPY_PREFIX);
        CopySource.checkConditions(request.headers(), original);
        Blob content = request.header("x-amz-copy-source-range")
                .map(range -> copyRange(range, original))
                .orElse(original.content());
        if (content.size() > MAX_PART_SIZE) {
            throw new S3Exception(S3ErrorCode.ENTITY_TOO_LARGE);
        }
        byte[] digest = BlobDigests.md5(content);
        ChecksumAlgorithm algorithm = MultipartChecksums.algorithm(upload);
        String checksum = ChecksumEncoding.base64(BlobDigests.checksum(algorithm, content));
        UploadedPart part = new UploadedPart(number, content, digest, ETags.quote(ChecksumEncoding.hex(digest)),
                Optional.of(checksum), context.now());
        upload.putPart(part);

        CopyPartResult result = new CopyPartResult();
        result.etag = part.etag();
        result.lastModified = Formats.iso(part.lastModified());
        if (upload.checksumAlgorithm().isPresent()) {
            result.checksum(algorithm.wireName(), checksum);
        }
        S3Response.Builder response = S3Response.status(200);
        if (!original.isNullVersion() || source.versionId().isPresent()) {
            response.header("x-amz-copy-source-version-id", original.versionId());
        }
        ObjectResponses.encryptionHeaders(response, upload.metadata());
        return response.body(XmlResponses.body(result)).build();
    }

    /** The bytes {@code bytes=first-last} names in the source, without copying them. */
    private static Blob copyRange(String range, ObjectVersion source) {
        String value = range.trim();
        int dash = value.indexOf('-');
        long first;
        long last;
        try {
            if (!value.startsWith("bytes=") || dash < 0) {
                throw new NumberFormatException();
            }
            first = Long.parseLong(value.substring("bytes=".length(), dash).trim());
            last = Long.parseLong(value.substring(dash + 1).trim());
        } catch (NumberFormatException e) {
            throw S3Exception.invalidArgument("The x-amz-copy-source-range value must be of the form bytes=first-last "
                    + "where first and last are the zero-based offsets of the first and last bytes to copy",
                    "x-amz-copy-source-range", range);
        }
        if (first < 0 || last < first || last >= source.size()) {
            throw new S3Exception(S3ErrorCode.INVALID_RANGE, "The requested range is not satisfiable")
                    .detail("RangeRequested", range).detail("ActualObjectSize", Long.toString(source.size()));
        }
        return source.content().slice(first, last - first + 1);
    }

    private S3Response abort(S3Request request) {
        Bucket bucket = context.store().existingBucket(request.bucket());
        bucket.abortUpload(request.queryParam("uploadId").orElseThrow(), ObjectKeys.valid(request.key()));
        return S3Response.status(204).build();
    }

}
