package dev.pail.internal.handler.multipart;

import dev.pail.internal.checksum.ChecksumAlgorithm;
import dev.pail.internal.checksum.ChecksumEncoding;
import dev.pail.internal.checksum.CompositeChecksum;
import dev.pail.internal.checksum.CrcCombine;
import dev.pail.internal.store.MultipartUpload;
import dev.pail.internal.store.StoredChecksum;
import dev.pail.internal.store.UploadedPart;
import java.util.ArrayList;
import java.util.List;

/**
 * The checksums of multipart uploads as S3 computes them: each part's checksum in the upload's
 * algorithm (CRC-64/NVME when the client chose none), and at completion either the COMPOSITE
 * checksum (a checksum of the parts' checksums, suffixed {@code -N}) or the FULL_OBJECT one (the
 * parts' CRCs combined into the CRC of the whole object, without reading it again).
 */
public final class MultipartChecksums {

    private MultipartChecksums() {
    }

    /** The algorithm whose checksum every part of the upload carries. */
    public static ChecksumAlgorithm algorithm(MultipartUpload upload) {
        return upload.checksumAlgorithm().flatMap(ChecksumAlgorithm::fromWireName).orElse(ChecksumAlgorithm.CRC64NVME);
    }

    /** The completed object's checksum. */
    public static StoredChecksum ofObject(MultipartUpload upload, List<UploadedPart> parts) {
        ChecksumAlgorithm algorithm = algorithm(upload);
        List<byte[]> digests = new ArrayList<>(parts.size());
        for (UploadedPart part : parts) {
            digests.add(ChecksumEncoding.decodeBase64(part.checksum().orElseThrow(), algorithm.digestLength()).orElseThrow());
        }
        if (upload.checksumType() == StoredChecksum.Type.COMPOSITE) {
            String value = ChecksumEncoding.base64(CompositeChecksum.of(algorithm, digests)) + "-" + parts.size();
            return new StoredChecksum(algorithm.wireName(), StoredChecksum.Type.COMPOSITE, value);
        }
        long crc = ChecksumEncoding.bytesToCrc(digests.get(0));
        for (int i = 1; i < parts.size(); i++) {
            crc = CrcCombine.combine(algorithm, crc, ChecksumEncoding.bytesToCrc(digests.get(i)), parts.get(i).size());
        }
        return new StoredChecksum(algorithm.wireName(), StoredChecksum.Type.FULL_OBJECT,
                ChecksumEncoding.base64(ChecksumEncoding.crcToBytes(algorithm, crc)));
    }
}
