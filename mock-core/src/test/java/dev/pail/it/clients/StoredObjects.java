package dev.pail.it.clients;

import static dev.pail.verify.RequestPattern.completeMultipartUpload;
import static dev.pail.verify.RequestPattern.createMultipartUpload;
import static dev.pail.verify.RequestPattern.keyEqualTo;
import static dev.pail.verify.RequestPattern.uploadPart;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pail.Pail;
import dev.pail.S3Operation;
import dev.pail.recording.RecordedRequest;
import dev.pail.verify.Times;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.CRC32;
import software.amazon.awssdk.services.s3.model.ChecksumMode;
import software.amazon.awssdk.services.s3.model.ChecksumType;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;

/**
 * What the journal and HeadObject must show after a client uploaded a file in parts: the
 * multipart calls, none failed, and the ETag and CRC32 that S3 derives from the parts' bytes,
 * computed here independently from the file and the part sizes the client chose.
 */
final class StoredObjects {

    private StoredObjects() {
    }

    /**
     * Asserts that the journal shows one multipart upload of the key: CreateMultipartUpload, at
     * least {@code minParts} UploadPart calls, and CompleteMultipartUpload, and no failed UploadPart.
     */
    static void assertUploadedInParts(Pail pail, String bucket, String key, int minParts) {
        pail.verify(Times.once(), createMultipartUpload(bucket, keyEqualTo(key)).withStatus(200));
        pail.verify(Times.atLeast(minParts), uploadPart(bucket, keyEqualTo(key)).withStatus(200));
        pail.verify(Times.once(), completeMultipartUpload(bucket, keyEqualTo(key)).withStatus(200));
        assertThat(pail.requests().filter(r -> r.operation() == S3Operation.UPLOAD_PART && r.status() != 200))
                .as("UploadPart requests that failed").isEmpty();
    }

    /** The sizes of the key's successful UploadPart bodies, in part-number order, from the journal. */
    static List<Long> partSizes(Pail pail, String bucket, String key) {
        TreeMap<Integer, Long> sizes = new TreeMap<>();
        for (RecordedRequest request : pail.requests()) {
            if (request.operation() == S3Operation.UPLOAD_PART && request.status() == 200
                    && request.bucket().equals(Optional.of(bucket)) && request.key().equals(Optional.of(key))) {
                sizes.put(Integer.parseInt(request.query().get("partNumber").get(0)), request.bodySize());
            }
        }
        return List.copyOf(sizes.values());
    }

    /**
     * Asserts that the key went up in parts and that HeadObject (with checksum mode on) reports the
     * file's size, the multipart ETag ({@code md5(md5(part1)..md5(partN))-N}) and its CRC32, composite
     * ({@code crc32(crc32(part1)..crc32(partN))-N}) or of the whole object, as the upload asked.
     *
     * @return the part sizes the client used
     */
    static List<Long> assertStoredInParts(Pail pail, String bucket, String key, Path file) {
        assertUploadedInParts(pail, bucket, key, 2);
        List<Long> parts = partSizes(pail, bucket, key);
        assertThat(parts.stream().mapToLong(Long::longValue).sum()).as("bytes in the parts").isEqualTo(LargeObjects.size(file));
        PartDigests expected = PartDigests.of(file, parts);
        HeadObjectResponse head = pail.client().headObject(b -> b.bucket(bucket).key(key)
                .checksumMode(ChecksumMode.ENABLED));
        assertThat(head.contentLength()).isEqualTo(LargeObjects.size(file));
        assertThat(head.eTag()).as("multipart ETag").isEqualTo(expected.etag());
        assertThat(head.checksumCRC32()).as("CRC32 (the checksum every client here sends)").isNotNull();
        assertThat(head.checksumCRC32()).isEqualTo(head.checksumType() == ChecksumType.COMPOSITE
                ? expected.compositeCrc32() : expected.fullCrc32());
        return parts;
    }

    /** The digests S3 derives from an object's parts. */
    record PartDigests(String etag, String compositeCrc32, String fullCrc32) {

        static PartDigests of(Path file, List<Long> partSizes) {
            List<byte[]> md5s = new ArrayList<>();
            List<Integer> crcs = new ArrayList<>();
            MessageDigest md5 = LargeObjects.digest("MD5");
            CRC32 crc = new CRC32();
            CRC32 whole = new CRC32();
            long[] left = {partSizes.get(0)};
            int[] index = {0};
            LargeObjects.forEachBlock(file, (bytes, length) -> {
                whole.update(bytes, 0, length);
                int offset = 0;
                while (offset < length) {
                    int n = (int) Math.min(length - offset, left[0]);
                    md5.update(bytes, offset, n);
                    crc.update(bytes, offset, n);
                    offset += n;
                    left[0] -= n;
                    if (left[0] == 0) {
                        md5s.add(md5.digest());
                        crcs.add((int) crc.getValue());
                        crc.reset();
                        index[0]++;
                        left[0] = index[0] < partSizes.size() ? partSizes.get(index[0]) : Long.MAX_VALUE;
                    }
                }
            });
            MessageDigest md5OfMd5s = LargeObjects.digest("MD5");
            md5s.forEach(md5OfMd5s::update);
            CRC32 crcOfCrcs = new CRC32();
            crcs.forEach(value -> crcOfCrcs.update(ByteBuffer.allocate(4).putInt(value).array()));
            int n = partSizes.size();
            return new PartDigests('"' + HexFormat.of().formatHex(md5OfMd5s.digest()) + "-" + n + '"',
                    base64(crcOfCrcs.getValue()) + "-" + n, base64(whole.getValue()));
        }

        private static String base64(long crc) {
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(4).putInt((int) crc).array());
        }
    }
}
