package dev.pail.internal.protocol;

import dev.pail.S3ErrorCode;
import dev.pail.internal.checksum.ChecksumAlgorithm;
import dev.pail.internal.checksum.ChecksumEncoding;
import dev.pail.internal.error.S3Exception;
import java.util.Locale;
import java.util.Optional;

/**
 * Which flexible checksum a request claims for its payload, and where the value comes from: a
 * {@code x-amz-checksum-*} header, a trailer announced by {@code x-amz-trailer}, or nowhere (only
 * the algorithm is named by {@code x-amz-sdk-checksum-algorithm} / {@code x-amz-checksum-algorithm}).
 *
 * @param algorithm  the algorithm, if the request names one
 * @param headerValue the base64 value from a header, if sent as a header
 * @param trailerName the lower-cased trailer that will carry the value, if sent as a trailer
 */
public record ChecksumExpectation(Optional<ChecksumAlgorithm> algorithm, Optional<byte[]> headerValue,
                                  Optional<String> trailerName) {

    /**
     * Reads the expectation from the headers.
     *
     * @throws S3Exception {@code InvalidRequest} for several checksum headers, an unknown algorithm,
     *                     or a value that is not base64 of the algorithm's length
     */
    public static ChecksumExpectation from(Headers headers) {
        ChecksumAlgorithm fromHeader = null;
        String value = null;
        for (ChecksumAlgorithm candidate : ChecksumAlgorithm.values()) {
            Optional<String> v = headers.first(candidate.headerName());
            if (v.isPresent()) {
                if (fromHeader != null) {
                    throw new S3Exception(S3ErrorCode.INVALID_REQUEST,
                            "Expecting a single x-amz-checksum- header. Multiple checksum Types are not allowed.");
                }
                fromHeader = candidate;
                value = v.get().trim();
            }
        }
        Optional<ChecksumAlgorithm> named = named(headers);
        String trailer = headers.first("x-amz-trailer").map(t -> t.trim().toLowerCase(Locale.ROOT)).orElse(null);
        ChecksumAlgorithm fromTrailer = null;
        if (trailer != null) {
            fromTrailer = ChecksumAlgorithm.fromHeaderName(trailer).orElseThrow(() -> new S3Exception(
                    S3ErrorCode.INVALID_REQUEST, "The value specified in the x-amz-trailer header is not supported"));
            if (fromHeader != null && fromHeader != fromTrailer) {
                throw new S3Exception(S3ErrorCode.INVALID_REQUEST,
                        "Expecting a single x-amz-checksum- header. Multiple checksum Types are not allowed.");
            }
        }
        ChecksumAlgorithm algorithm = fromHeader != null ? fromHeader : fromTrailer != null ? fromTrailer
                : named.orElse(null);
        if (algorithm != null && named.isPresent() && named.get() != algorithm) {
            throw new S3Exception(S3ErrorCode.INVALID_REQUEST, "Value for x-amz-sdk-checksum-algorithm header is invalid.");
        }
        Optional<byte[]> decoded = Optional.empty();
        if (fromHeader != null) {
            ChecksumAlgorithm alg = fromHeader;
            decoded = Optional.of(ChecksumEncoding.decodeBase64(value, alg.digestLength()).orElseThrow(() ->
                    new S3Exception(S3ErrorCode.INVALID_REQUEST, "Value for " + alg.headerName() + " header is invalid.")));
        }
        return new ChecksumExpectation(Optional.ofNullable(algorithm), decoded,
                fromTrailer == null ? Optional.empty() : Optional.of(fromTrailer.headerName()));
    }

    private static Optional<ChecksumAlgorithm> named(Headers headers) {
        Optional<String> name = headers.first("x-amz-sdk-checksum-algorithm").or(() -> headers.first("x-amz-checksum-algorithm"));
        if (name.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ChecksumAlgorithm.fromWireName(name.get()).orElseThrow(() -> new S3Exception(
                S3ErrorCode.INVALID_REQUEST, "Checksum algorithm provided is unsupported. Please try again with any of "
                + "the valid types: [CRC32, CRC32C, CRC64NVME, SHA1, SHA256]")));
    }
}
