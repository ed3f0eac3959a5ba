package dev.pail.internal.checksum;

import java.util.List;
import java.util.Objects;

/**
 * S3's COMPOSITE multipart checksum: the algorithm's digest of the concatenated part digests.
 *
 * <p>S3 shows the result base64-encoded with a {@code -<part count>} suffix; adding the suffix is
 * the caller's job.
 */
public final class CompositeChecksum {

    private CompositeChecksum() {
    }

    /**
     * Returns {@code algorithm}'s digest of the part digests concatenated in list order (an empty list
     * gives the digest of no bytes).
     *
     * @throws IllegalArgumentException if a part digest is not {@code algorithm.digestLength()} bytes
     */
    public static byte[] of(ChecksumAlgorithm algorithm, List<byte[]> partDigests) {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(partDigests, "partDigests");
        Hasher hasher = algorithm.newHasher();
        int index = 0;
        for (byte[] part : partDigests) {
            Objects.requireNonNull(part, "partDigests contains null");
            if (part.length != algorithm.digestLength()) {
                throw new IllegalArgumentException("part digest " + index + " has " + part.length
                        + " bytes, " + algorithm + " digests have " + algorithm.digestLength());
            }
            hasher.update(part);
            index++;
        }
        return hasher.digest();
    }
}
