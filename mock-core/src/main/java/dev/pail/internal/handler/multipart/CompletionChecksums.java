package dev.pail.internal.handler.multipart;

import dev.pail.S3ErrorCode;
import dev.pail.internal.checksum.ChecksumAlgorithm;
import dev.pail.internal.error.S3Exception;
import dev.pail.internal.protocol.Headers;
import dev.pail.internal.store.MultipartUpload;
import dev.pail.internal.store.StoredChecksum;
import dev.pail.internal.store.UploadedPart;
import dev.pail.internal.xml.CompleteMultipartUpload;
import java.util.Locale;
import java.util.Optional;

/**
 * What CompleteMultipartUpload accepts as checksums, as S3 judges them: the request's checksum mode
 * must be the upload's; each listed part's checksum must be in the upload's algorithm and match
 * (COMPOSITE uploads must list one for every part, uploads without an algorithm none); and a
 * whole-object checksum header must be the object's, with {@code x-amz-checksum-type: FULL_OBJECT}
 * for a FULL_OBJECT upload, else {@code BadDigest}.
 */
final class CompletionChecksums {

    private static final String TYPE = "x-amz-checksum-type";

    private CompletionChecksums() {
    }

    /** The request's {@code x-amz-checksum-type}, if any, must be the upload's mode. */
    static void checkMode(Headers headers, MultipartUpload upload) {
        Optional<String> type = headers.first(TYPE).map(t -> t.trim().toUpperCase(Locale.ROOT));
        if (type.isEmpty()) {
            return;
        }
        String mode = upload.checksumAlgorithm().isEmpty() ? "null" : upload.checksumType().name();
        if (!type.get().equals(mode)) {
            throw new S3Exception(S3ErrorCode.INVALID_REQUEST, "The upload was created using the " + mode
                    + " checksum mode. The complete request must use the same checksum mode.");
        }
    }

    /** One listed part's checksums against the stored part. */
    static void checkPart(MultipartUpload upload, CompleteMultipartUpload.Part requested, UploadedPart stored) {
        Optional<ChecksumAlgorithm> algorithm = upload.checksumAlgorithm().flatMap(ChecksumAlgorithm::fromWireName);
        for (ChecksumAlgorithm listed : ChecksumAlgorithm.values()) {
            String value = requested.checksum(listed.wireName());
            if (value == null) {
                continue;
            }
            if (algorithm.isEmpty()) {
                throw invalidPart(upload, requested);
            }
            if (listed != algorithm.get()) {
                throw new S3Exception(S3ErrorCode.BAD_DIGEST, "The " + lower(listed) + " you specified for part "
                        + requested.partNumber + " did not match what we received.");
            }
            if (!value.trim().equals(stored.checksum().orElse(null))) {
                throw invalidPart(upload, requested);
            }
        }
        if (algorithm.isPresent() && upload.checksumType() == StoredChecksum.Type.COMPOSITE
                && requested.checksum(algorithm.get().wireName()) == null) {
            throw new S3Exception(S3ErrorCode.INVALID_REQUEST, "The upload was created using a " + lower(algorithm.get())
                    + " checksum. The complete request must include the checksum for each part. It was missing for part "
                    + requested.partNumber + " in the request.");
        }
    }

    /** A whole-object checksum header must be the computed one (ignored for uploads without an algorithm). */
    static void checkWhole(Headers headers, MultipartUpload upload, StoredChecksum computed) {
        Optional<ChecksumAlgorithm> algorithm = upload.checksumAlgorithm().flatMap(ChecksumAlgorithm::fromWireName);
        if (algorithm.isEmpty()) {
            return;
        }
        boolean fullObject = upload.checksumType() == StoredChecksum.Type.FULL_OBJECT;
        boolean typed = headers.first(TYPE).map(t -> t.trim().equalsIgnoreCase("FULL_OBJECT")).orElse(false);
        for (ChecksumAlgorithm claimed : ChecksumAlgorithm.values()) {
            Optional<String> value = headers.first(claimed.headerName()).map(String::trim);
            if (value.isEmpty()) {
                continue;
            }
            boolean sameValue = value.get().equals(computed.value())
                    || (!fullObject && computed.value().startsWith(value.get() + "-")); // composite, count left out
            boolean matches = claimed == algorithm.get() && sameValue && (!fullObject || typed);
            if (!matches) {
                throw new S3Exception(S3ErrorCode.BAD_DIGEST,
                        "The " + lower(algorithm.get()) + " you specified did not match the calculated checksum.");
            }
        }
    }

    static S3Exception invalidPart(MultipartUpload upload, CompleteMultipartUpload.Part requested) {
        return new S3Exception(S3ErrorCode.INVALID_PART)
                .detail("UploadId", upload.uploadId())
                .detail("PartNumber", String.valueOf(requested.partNumber))
                .detail("ETag", requested.etag == null ? null : requested.etag.replace("\"", ""));
    }

    private static String lower(ChecksumAlgorithm algorithm) {
        return algorithm.wireName().toLowerCase(Locale.ROOT);
    }
}
