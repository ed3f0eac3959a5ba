package dev.pail.internal.protocol;

import dev.pail.S3ErrorCode;
import dev.pail.S3Operation;
import dev.pail.internal.checksum.ChecksumAlgorithm;
import dev.pail.internal.checksum.ChecksumEncoding;
import dev.pail.internal.checksum.Digests;
import dev.pail.internal.checksum.Hasher;
import dev.pail.internal.error.S3Exception;
import dev.pail.internal.recording.RequestTrace;
import dev.pail.internal.store.Blob;
import dev.pail.internal.store.BlobWriter;
import dev.pail.internal.store.MemoryBudget;
import dev.pail.internal.store.StoredChecksum;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a request payload to its end, straight into a chunked blob, decoding aws-chunked framing on
 * the fly and computing every digest in the same pass; then checks Content-MD5,
 * {@code x-amz-content-sha256}, the decoded length and the flexible checksum (from a header or a
 * trailer). Any failure throws before anything is stored.
 */
public final class PayloadReader {

    private PayloadReader() {
    }

    /**
     * Reads an object payload.
     *
     * @param maxSize          the largest payload accepted ({@code EntityTooLarge} beyond)
     * @param defaultAlgorithm the checksum to compute when the client names none, if any
     */
    public static Payload read(S3Request request, long maxSize, Optional<ChecksumAlgorithm> defaultAlgorithm)
            throws IOException {
        return read(request, maxSize, defaultAlgorithm, null);
    }

    /**
     * Reads an object payload into chunks counted against a memory cap.
     *
     * @param budget the store's memory cap, or null for none
     */
    public static Payload read(S3Request request, long maxSize, Optional<ChecksumAlgorithm> defaultAlgorithm,
                               MemoryBudget budget) throws IOException {
        Headers headers = request.headers();
        ContentSha256 sha = ContentSha256.parse(headers.first("x-amz-content-sha256"));
        boolean chunked = sha.kind().chunked() || isAwsChunkedEncoding(headers);
        long declared = declaredLength(headers, chunked);
        if (declared > maxSize) {
            throw new S3Exception(S3ErrorCode.ENTITY_TOO_LARGE)
                    .detail("ProposedSize", Long.toString(declared)).detail("MaxSizeAllowed", Long.toString(maxSize));
        }
        Optional<byte[]> contentMd5 = contentMd5(headers);
        // CompleteMultipartUpload's x-amz-checksum-* headers are the object's checksum, not its body's
        ChecksumExpectation expected = request.operation() == S3Operation.COMPLETE_MULTIPART_UPLOAD
                ? new ChecksumExpectation(Optional.empty(), Optional.empty(), Optional.empty())
                : ChecksumExpectation.from(headers);
        Optional<ChecksumAlgorithm> algorithm = expected.algorithm().or(() -> defaultAlgorithm);

        Hasher md5 = Digests.md5();
        Hasher flexible = algorithm.map(ChecksumAlgorithm::newHasher).orElse(null);
        Hasher sha256 = sha.hex().isPresent() ? Digests.sha256() : null;
        InputStream in = request.body();
        AwsChunkedInputStream decoder = chunked ? new AwsChunkedInputStream(in, chunkListener(request)) : null;
        if (budget != null && declared > 0) {
            budget.checkRoomFor(declared);
        }
        BlobWriter writer = new BlobWriter(declared, budget);
        long[] total = {0};
        RequestTrace trace = request.http().trace();
        try {
            writer.readFrom(decoder != null ? decoder : in, (bytes, offset, length) -> {
                md5.update(bytes, offset, length);
                if (flexible != null) {
                    flexible.update(bytes, offset, length);
                }
                if (sha256 != null) {
                    sha256.update(bytes, offset, length);
                }
                total[0] += length;
                if (total[0] > maxSize) {
                    throw new S3Exception(S3ErrorCode.ENTITY_TOO_LARGE)
                            .detail("MaxSizeAllowed", Long.toString(maxSize));
                }
            });
        } catch (AwsChunkedFormatException e) {
            discard(trace, writer);
            throw chunkError(e);
        } catch (IOException | RuntimeException | Error e) {
            discard(trace, writer);
            throw e;
        }
        Blob blob = writer.toBlob();
        trace.body(blob);
        try {
            return verified(blob, declared, contentMd5, md5, sha, sha256, expected, algorithm, flexible, decoder);
        } catch (RuntimeException e) {
            blob.release();
            throw e;
        }
    }

    private static Payload verified(Blob blob, long declared, Optional<byte[]> contentMd5, Hasher md5, ContentSha256 sha,
                                    Hasher sha256, ChecksumExpectation expected, Optional<ChecksumAlgorithm> algorithm,
                                    Hasher flexible, AwsChunkedInputStream decoder) {
        if (declared >= 0 && blob.size() != declared) {
            throw new S3Exception(S3ErrorCode.INCOMPLETE_BODY);
        }
        byte[] md5Digest = md5.digest();
        verifyContentMd5(contentMd5, md5Digest);
        if (sha256 != null) {
            verifySha256(sha.hex().get(), sha256.digest());
        }
        Optional<StoredChecksum> checksum = Optional.empty();
        if (flexible != null) {
            byte[] actual = flexible.digest();
            verifyFlexible(expected, algorithm.get(), actual, decoder);
            checksum = Optional.of(new StoredChecksum(algorithm.get().wireName(), StoredChecksum.Type.FULL_OBJECT,
                    ChecksumEncoding.base64(actual)));
        }
        return new Payload(blob, md5Digest, checksum, expected.algorithm().isPresent());
    }

    /** What checks the chunk signatures of a body signed chunk by chunk, or nothing. */
    private static ChunkListener chunkListener(S3Request request) {
        return request.chunkSignatures().<ChunkListener>map(chain -> new ChunkListener() {
            @Override
            public void onChunk(long size, Optional<String> signature) {
                chain.onChunk(size, signature);
            }

            @Override
            public void onData(byte[] bytes, int offset, int length) {
                chain.onData(bytes, offset, length);
            }

            @Override
            public void onEnd(java.util.Map<String, String> trailers) {
                chain.onEnd(trailers);
            }
        }).orElse(ChunkListener.NONE);
    }

    /** Records what arrived of a body that failed, then gives its bytes back, without hiding the failure. */
    private static void discard(RequestTrace trace, BlobWriter writer) {
        try {
            trace.body(writer.written());
        } finally {
            writer.discard();
        }
    }

    /** Reads a small payload (an XML document) into memory, with the same checks. */
    public static byte[] readSmall(S3Request request, int maxSize) throws IOException {
        try (Payload payload = read(request, maxSize, Optional.empty())) {
            return payload.blob().toByteArray();
        }
    }

    private static boolean isAwsChunkedEncoding(Headers headers) {
        return headers.first("content-encoding")
                .map(v -> v.toLowerCase(Locale.ROOT).contains("aws-chunked")).orElse(false);
    }

    private static long declaredLength(Headers headers, boolean chunked) {
        Optional<String> value = chunked ? headers.first("x-amz-decoded-content-length") : headers.first("content-length");
        if (value.isEmpty()) {
            return -1;
        }
        try {
            long length = Long.parseLong(value.get().trim());
            if (length < 0) {
                throw new NumberFormatException();
            }
            return length;
        } catch (NumberFormatException e) {
            String name = chunked ? "x-amz-decoded-content-length" : "Content-Length";
            throw S3Exception.invalidArgument("Invalid " + name, name, value.get());
        }
    }

    private static Optional<byte[]> contentMd5(Headers headers) {
        Optional<String> header = headers.first("content-md5");
        if (header.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ChecksumEncoding.decodeBase64(header.get().trim(), 16)
                .orElseThrow(() -> new S3Exception(S3ErrorCode.INVALID_DIGEST, "The Content-MD5 you specified was invalid.")
                        .detail("Content-MD5", header.get())));
    }

    private static void verifyContentMd5(Optional<byte[]> expected, byte[] actual) {
        if (expected.isPresent() && !MessageDigest.isEqual(expected.get(), actual)) {
            throw new S3Exception(S3ErrorCode.BAD_DIGEST, "The Content-MD5 you specified did not match what we received.")
                    .detail("ExpectedDigest", ChecksumEncoding.hex(expected.get()))
                    .detail("CalculatedDigest", ChecksumEncoding.base64(actual));
        }
    }

    private static void verifySha256(String expectedHex, byte[] actual) {
        String actualHex = ChecksumEncoding.hex(actual);
        if (!actualHex.equals(expectedHex)) {
            throw new S3Exception(S3ErrorCode.X_AMZ_CONTENT_SHA256_MISMATCH)
                    .detail("ClientComputedContentSHA256", expectedHex)
                    .detail("S3ComputedContentSHA256", actualHex);
        }
    }

    private static void verifyFlexible(ChecksumExpectation expected, ChecksumAlgorithm algorithm, byte[] actual,
                                       AwsChunkedInputStream decoder) {
        Optional<byte[]> claimed = expected.headerValue();
        if (expected.trailerName().isPresent()) {
            String name = expected.trailerName().get();
            String value = decoder == null ? null : decoder.trailers().get(name);
            if (value == null && claimed.isPresent()) {
                value = ChecksumEncoding.base64(claimed.get()); // announced as a trailer but sent as a header
            }
            if (value == null) {
                throw new S3Exception(S3ErrorCode.MALFORMED_TRAILER_ERROR,
                        "The request contained trailing data that was not well-formed or did not conform to our published schema.");
            }
            claimed = Optional.of(ChecksumEncoding.decodeBase64(value.trim(), algorithm.digestLength()).orElseThrow(() ->
                    new S3Exception(S3ErrorCode.INVALID_REQUEST, "Value for " + name + " trailing header is invalid.")));
        }
        if (claimed.isPresent() && !MessageDigest.isEqual(claimed.get(), actual)) {
            throw new S3Exception(S3ErrorCode.BAD_DIGEST,
                    "The " + algorithm.wireName() + " you specified did not match the calculated checksum.");
        }
    }

    private static S3Exception chunkError(AwsChunkedFormatException e) {
        if (e.reason() == AwsChunkedFormatException.Reason.MALFORMED_TRAILER) {
            return new S3Exception(S3ErrorCode.MALFORMED_TRAILER_ERROR,
                    "The request contained trailing data that was not well-formed or did not conform to our published schema.");
        }
        return new S3Exception(S3ErrorCode.INCOMPLETE_BODY,
                "The request body's aws-chunked encoding is malformed: " + e.getMessage());
    }
}
