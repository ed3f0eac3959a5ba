package dev.pail.internal.handler;

import dev.pail.S3ErrorCode;
import dev.pail.S3Operation;
import dev.pail.internal.error.S3Exception;
import dev.pail.internal.protocol.ContentSha256;
import dev.pail.internal.protocol.Headers;
import dev.pail.internal.protocol.S3Request;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What S3 checks of a request's headers before its operation runs: the size of the header
 * section, how an object body is framed, and the integrity header some operations require.
 */
public final class RequestChecks {

    /** "Request headers are limited to 8 KB in size" (the HeadObject documentation). */
    public static final int MAX_HEADER_SECTION = 8192;

    /**
     * The operations S3 refuses without Content-MD5 or a flexible checksum. The model marks 26 as
     * {@code requestChecksumRequired}; S3 itself enforces these (measured against AWS by
     * versitygw; PutBucketAcl, PutObjectAcl, PutBucketPolicy and the other marked ones are not
     * enforced, which is why s3cmd's {@code PUT ?acl} works against AWS).
     */
    private static final Set<S3Operation> INTEGRITY_REQUIRED = EnumSet.of(S3Operation.DELETE_OBJECTS,
            S3Operation.PUT_BUCKET_CORS, S3Operation.PUT_BUCKET_LIFECYCLE, S3Operation.PUT_BUCKET_LIFECYCLE_CONFIGURATION,
            S3Operation.PUT_BUCKET_TAGGING, S3Operation.PUT_OBJECT_LOCK_CONFIGURATION, S3Operation.PUT_OBJECT_RETENTION,
            S3Operation.PUT_OBJECT_LEGAL_HOLD);

    /** The operations whose body is an object's bytes. */
    private static final Set<S3Operation> OBJECT_BODY = EnumSet.of(S3Operation.PUT_OBJECT, S3Operation.UPLOAD_PART);

    private RequestChecks() {
    }

    /**
     * Checks a resolved request.
     *
     * @throws S3Exception with S3's error for the first check that fails
     */
    public static void check(S3Request request) {
        Headers headers = request.headers();
        checkContentLength(headers);
        checkHeaderSection(headers);
        checkSdkChecksumAlgorithm(headers);
        if (OBJECT_BODY.contains(request.operation())) {
            checkFraming(headers);
        }
        if (INTEGRITY_REQUIRED.contains(request.operation())) {
            requireIntegrity(headers);
        }
    }

    /** A Content-Length that is not one non-negative number is a request S3's front end cannot parse. */
    static void checkContentLength(Headers headers) {
        java.util.List<String> lengths = headers.all("content-length");
        boolean valid = lengths.size() <= 1 && lengths.stream().allMatch(v -> v.trim().matches("\\d{1,18}"));
        if (!valid) {
            throw new S3Exception(S3ErrorCode.BAD_REQUEST, "An error occurred when parsing the HTTP request.");
        }
    }

    static void checkHeaderSection(Headers headers) {
        long size = 0;
        for (Map.Entry<String, List<String>> header : headers.asMap().entrySet()) {
            for (String value : header.getValue()) {
                size += header.getKey().length() + 2 + value.length() + 2; // "name: value\r\n"
            }
        }
        if (size > MAX_HEADER_SECTION) {
            throw new S3Exception(S3ErrorCode.REQUEST_HEADER_SECTION_TOO_LARGE,
                    "Your request header section exceeds the maximum allowed size.")
                    .detail("MaxSizeAllowed", Integer.toString(MAX_HEADER_SECTION));
        }
    }

    /** An SDK that names its checksum algorithm sends the checksum, as a header or a trailer. */
    static void checkSdkChecksumAlgorithm(Headers headers) {
        if (headers.has("x-amz-sdk-checksum-algorithm") && !headers.has("x-amz-trailer") && !hasChecksumValue(headers)) {
            throw new S3Exception(S3ErrorCode.INVALID_REQUEST, "x-amz-sdk-checksum-algorithm specified, but no "
                    + "corresponding x-amz-checksum-* or x-amz-trailer headers were found.");
        }
    }

    /**
     * An object body has a length: {@code Content-Length}, or, when it is aws-chunked,
     * {@code x-amz-decoded-content-length}; plain {@code Transfer-Encoding: chunked} is not
     * something S3 implements (501, naming the header).
     */
    static void checkFraming(Headers headers) {
        boolean streaming = ContentSha256.parse(headers.first("x-amz-content-sha256")).kind().chunked();
        boolean awsChunked = streaming || headers.first("content-encoding")
                .map(v -> v.toLowerCase(Locale.ROOT).contains("aws-chunked")).orElse(false);
        boolean transferChunked = headers.first("transfer-encoding")
                .map(v -> !v.trim().equalsIgnoreCase("identity")).orElse(false);
        if (transferChunked && !awsChunked) {
            throw new S3Exception(S3ErrorCode.NOT_IMPLEMENTED,
                    "A header you provided implies functionality that is not implemented")
                    .detail("Header", "Transfer-Encoding");
        }
        if (streaming && !headers.has("x-amz-decoded-content-length")) {
            throw new S3Exception(S3ErrorCode.MISSING_CONTENT_LENGTH);
        }
        if (!transferChunked && !headers.has("content-length")) {
            throw new S3Exception(S3ErrorCode.MISSING_CONTENT_LENGTH);
        }
    }

    /** Refuses a request without Content-MD5 or a flexible checksum. */
    public static void requireIntegrity(Headers headers) {
        if (!headers.has("content-md5") && !headers.has("x-amz-trailer") && !hasChecksumValue(headers)) {
            throw new S3Exception(S3ErrorCode.INVALID_REQUEST,
                    "Missing required header for this request: Content-MD5 OR x-amz-checksum-*");
        }
    }

    private static boolean hasChecksumValue(Headers headers) {
        for (String name : headers.names()) {
            if (name.startsWith("x-amz-checksum-") && !name.equals("x-amz-checksum-mode")
                    && !name.equals("x-amz-checksum-type") && !name.equals("x-amz-checksum-algorithm")) {
                return true;
            }
        }
        return false;
    }
}
