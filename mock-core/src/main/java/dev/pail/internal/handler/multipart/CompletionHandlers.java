package dev.pail.internal.handler.multipart;

import dev.pail.S3ErrorCode;
import dev.pail.S3Operation;
import dev.pail.internal.checksum.ChecksumEncoding;
import dev.pail.internal.checksum.Digests;
import dev.pail.internal.checksum.Hasher;
import dev.pail.internal.error.S3Exception;
import dev.pail.internal.handler.HandlerContext;
import dev.pail.internal.handler.events.Lifecycles;
import dev.pail.internal.handler.events.Notifier;
import dev.pail.internal.handler.ObjectKeys;
import dev.pail.internal.handler.Registry;
import dev.pail.internal.handler.XmlResponses;
import dev.pail.internal.handler.acl.ObjectAcls;
import dev.pail.internal.handler.listing.ListingParameters;
import dev.pail.internal.handler.object.WriteConditions;
import dev.pail.internal.protocol.PayloadReader;
import dev.pail.internal.protocol.S3Request;
import dev.pail.internal.protocol.S3Response;
import dev.pail.internal.store.Blob;
import dev.pail.internal.store.CompletedUpload;
import dev.pail.internal.store.StoreException;
import dev.pail.internal.xml.AccessControlPolicy;
import java.nio.charset.StandardCharsets;
import dev.pail.internal.store.Bucket;
import dev.pail.internal.store.ETags;
import dev.pail.internal.store.MultipartUpload;
import dev.pail.internal.store.ObjectDraft;
import dev.pail.internal.store.ObjectVersion;
import dev.pail.internal.store.PartInfo;
import dev.pail.internal.store.StoredChecksum;
import dev.pail.internal.store.UploadedPart;
import dev.pail.internal.store.VersioningState;
import dev.pail.internal.xml.CompleteMultipartUpload;
import dev.pail.internal.xml.CompleteMultipartUploadResult;
import dev.pail.internal.xml.XmlCodec;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * CompleteMultipartUpload: checks the part list as S3 does, then stitches the parts' chunks into
 * the object without copying a byte; the object appears atomically, under its write condition.
 */
public final class CompletionHandlers {

    /** Every part but the last must be at least 5 MiB. */
    public static final long MIN_PART_SIZE = 5L << 20;
    private static final int MAX_BODY = 8 << 20;

    private final HandlerContext context;

    public CompletionHandlers(HandlerContext context) {
        this.context = context;
    }

    public void register(Registry handlers) {
        handlers.put(S3Operation.COMPLETE_MULTIPART_UPLOAD, this::complete);
    }

    private S3Response complete(S3Request request) throws IOException {
        Bucket bucket = context.store().existingBucket(request.bucket());
        String key = ObjectKeys.valid(request.key());
        String uploadId = request.queryParam("uploadId").orElseThrow();
        MultipartUpload upload;
        try {
            upload = bucket.upload(uploadId, key);
        } catch (StoreException e) {
            return retried(request, bucket, uploadId, key).orElseThrow(() -> e);
        }
        CompletionChecksums.checkMode(request.headers(), upload);
        CompleteMultipartUpload body = requestedParts(request);
        List<UploadedPart> parts = chosenParts(upload, body);
        verifyDeclaredSize(request, parts);

        List<Blob> contents = new ArrayList<>(parts.size());
        List<PartInfo> infos = new ArrayList<>(parts.size());
        List<String> partEtags = new ArrayList<>(parts.size());
        Hasher md5s = Digests.md5();
        for (UploadedPart part : parts) {
            contents.add(part.content());
            infos.add(new PartInfo(part.size(), part.checksum()));
            partEtags.add(ETags.unquote(part.etag()));
            md5s.update(part.md5());
        }
        String etag = ETags.quote(ChecksumEncoding.hex(md5s.digest()) + "-" + parts.size());
        StoredChecksum checksum = MultipartChecksums.ofObject(upload, parts);
        CompletionChecksums.checkWhole(request.headers(), upload, checksum);
        ObjectVersion version = bucket.completeUpload(upload, new ObjectDraft(Blob.concat(contents), etag,
                upload.metadata(), Optional.of(checksum), infos), WriteConditions.from(request.headers()), context.now(),
                partEtags);
        bucket.configuration(ObjectAcls.PENDING_UPLOAD_ACL + upload.uploadId()).ifPresent(acl -> {
            ObjectAcls.put(bucket, version, XmlCodec.fromXml(acl.getBytes(StandardCharsets.UTF_8),
                    AccessControlPolicy.class));
            bucket.removeConfiguration(ObjectAcls.PENDING_UPLOAD_ACL + upload.uploadId());
        });
        Notifier.objectCreated(context, request, bucket, version, "CompleteMultipartUpload");
        return result(request, bucket, key, new CompletedUpload(uploadId, key, version.versionId(), etag,
                upload.checksumAlgorithm().isPresent() ? Optional.of(checksum) : Optional.empty(),
                version.metadata().systemHeaders(), partEtags));
    }

    /**
     * A completion repeated after it succeeded (an SDK whose first response was lost) answers as the
     * first one did, when it names the same parts; S3 does the same.
     */
    private Optional<S3Response> retried(S3Request request, Bucket bucket, String uploadId, String key)
            throws IOException {
        Optional<CompletedUpload> done = bucket.completedUpload(uploadId, key);
        if (done.isEmpty()) {
            return Optional.empty();
        }
        List<String> named = new ArrayList<>();
        for (CompleteMultipartUpload.Part part : requestedParts(request).parts) {
            named.add(part.etag == null ? "" : ETags.unquote(part.etag.trim()));
        }
        return named.equals(done.get().partEtags())
                ? Optional.of(result(request, bucket, key, done.get()))
                : Optional.empty();
    }

    private static CompleteMultipartUpload requestedParts(S3Request request) throws IOException {
        return XmlCodec.fromXml(PayloadReader.readSmall(request, MAX_BODY), CompleteMultipartUpload.class);
    }

    private S3Response result(S3Request request, Bucket bucket, String key, CompletedUpload done) {
        CompleteMultipartUploadResult result = new CompleteMultipartUploadResult();
        result.location = request.header("host").map(h -> "http://" + h).orElse("") + "/" + bucket.name() + "/"
                + ListingParameters.urlEncode(key);
        result.bucket = bucket.name();
        result.key = key;
        result.etag = done.etag();
        done.checksum().ifPresent(checksum -> {
            result.checksum(checksum.algorithm(), checksum.value());
            result.checksumType = checksum.type().name();
        });
        S3Response.Builder response = S3Response.status(200);
        if (bucket.versioning() != VersioningState.UNVERSIONED) {
            response.header("x-amz-version-id", done.versionId());
        }
        bucket.version(key, done.versionId()).ifPresent(v -> Lifecycles.expirationHeader(response, context, bucket, v));
        done.systemHeaders().forEach((name, value) -> {
            if (name.startsWith("x-amz-server-side-encryption")) {
                response.header(name, value);
            }
        });
        return response.body(XmlResponses.body(result)).build();
    }

    /** The parts the request names, checked in order, against the upload, and for size. */
    private static List<UploadedPart> chosenParts(MultipartUpload upload, CompleteMultipartUpload body) {
        if (body.parts.isEmpty()) {
            throw new S3Exception(S3ErrorCode.INVALID_REQUEST, "You must specify at least one part");
        }
        List<UploadedPart> parts = new ArrayList<>(body.parts.size());
        int previous = 0;
        for (CompleteMultipartUpload.Part requested : body.parts) {
            if (requested.partNumber == null || requested.etag == null) {
                throw new S3Exception(S3ErrorCode.MALFORMED_XML);
            }
            int number = requested.partNumber;
            if (number <= previous) {
                throw new S3Exception(S3ErrorCode.INVALID_PART_ORDER).detail("UploadId", upload.uploadId());
            }
            previous = number;
            UploadedPart part = upload.parts().get(number);
            if (part == null || !ETags.unquote(part.etag()).equals(ETags.unquote(requested.etag.trim()))) {
                throw CompletionChecksums.invalidPart(upload, requested);
            }
            CompletionChecksums.checkPart(upload, requested, part);
            parts.add(part);
        }
        for (int i = 0; i < parts.size() - 1; i++) {
            UploadedPart part = parts.get(i);
            if (part.size() < MIN_PART_SIZE) {
                throw new S3Exception(S3ErrorCode.ENTITY_TOO_SMALL)
                        .detail("ProposedSize", Long.toString(part.size()))
                        .detail("MinSizeAllowed", Long.toString(MIN_PART_SIZE))
                        .detail("PartNumber", Integer.toString(part.number()))
                        .detail("ETag", ETags.unquote(part.etag()));
            }
        }
        return parts;
    }

    /**
     * The object size the client declares in {@code x-amz-mp-object-size} (the SDK's multipart
     * client, the CRT and the transfer manager always send it) must be what the parts add up to.
     */
    private static void verifyDeclaredSize(S3Request request, List<UploadedPart> parts) {
        Optional<String> declared = request.header("x-amz-mp-object-size").map(String::trim);
        if (declared.isEmpty()) {
            return;
        }
        long actual = parts.stream().mapToLong(UploadedPart::size).sum();
        long expected;
        try {
            expected = Long.parseLong(declared.get());
        } catch (NumberFormatException e) {
            throw S3Exception.invalidArgument("Value for x-amz-mp-object-size header is invalid.", "x-amz-mp-object-size",
                    declared.get());
        }
        if (expected != actual) {
            throw new S3Exception(S3ErrorCode.INVALID_REQUEST, "The provided 'x-amz-mp-object-size' header value "
                    + expected + " does not match what was computed: " + actual);
        }
    }
}
