package dev.pail.internal.protocol;

import dev.pail.internal.error.S3Exception;
import java.util.Optional;

/**
 * The forms of {@code x-amz-content-sha256} the SDKs send, and what each means for reading the body.
 *
 * @param kind the form
 * @param hex  the hex SHA-256 when the form is {@link Kind#SHA256}
 */
public record ContentSha256(Kind kind, Optional<String> hex) {

    /** The forms. */
    public enum Kind {
        /** No header (presigned URLs, unsigned clients). */
        ABSENT(false, false),
        /** {@code UNSIGNED-PAYLOAD}. */
        UNSIGNED(false, false),
        /** A hex SHA-256 of the payload, which S3 checks. */
        SHA256(false, false),
        /** {@code STREAMING-UNSIGNED-PAYLOAD-TRAILER}. */
        STREAMING_UNSIGNED_TRAILER(true, true),
        /** {@code STREAMING-AWS4-HMAC-SHA256-PAYLOAD} (and the ECDSA form). */
        STREAMING_SIGNED(true, false),
        /** {@code STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER} (and the ECDSA form). */
        STREAMING_SIGNED_TRAILER(true, true);

        private final boolean chunked;
        private final boolean trailer;

        Kind(boolean chunked, boolean trailer) {
            this.chunked = chunked;
            this.trailer = trailer;
        }

        /** Whether the body is aws-chunked. */
        public boolean chunked() {
            return chunked;
        }

        /** Whether the body ends with trailing headers. */
        public boolean trailer() {
            return trailer;
        }
    }

    /**
     * Interprets the header.
     *
     * @throws S3Exception {@code InvalidArgument} for a value that is none of the forms
     */
    public static ContentSha256 parse(Optional<String> header) {
        if (header.isEmpty()) {
            return new ContentSha256(Kind.ABSENT, Optional.empty());
        }
        String value = header.get().trim();
        switch (value) {
            case "UNSIGNED-PAYLOAD":
                return new ContentSha256(Kind.UNSIGNED, Optional.empty());
            case "STREAMING-UNSIGNED-PAYLOAD-TRAILER":
                return new ContentSha256(Kind.STREAMING_UNSIGNED_TRAILER, Optional.empty());
            case "STREAMING-AWS4-HMAC-SHA256-PAYLOAD":
            case "STREAMING-AWS4-ECDSA-P256-SHA256-PAYLOAD":
                return new ContentSha256(Kind.STREAMING_SIGNED, Optional.empty());
            case "STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER":
            case "STREAMING-AWS4-ECDSA-P256-SHA256-PAYLOAD-TRAILER":
                return new ContentSha256(Kind.STREAMING_SIGNED_TRAILER, Optional.empty());
            default:
                if (isHexSha256(value)) {
                    return new ContentSha256(Kind.SHA256, Optional.of(value.toLowerCase(java.util.Locale.ROOT)));
                }
                throw S3Exception.invalidArgument("x-amz-content-sha256 must be UNSIGNED-PAYLOAD, "
                        + "STREAMING-UNSIGNED-PAYLOAD-TRAILER, STREAMING-AWS4-HMAC-SHA256-PAYLOAD, "
                        + "STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER, STREAMING-AWS4-ECDSA-P256-SHA256-PAYLOAD, "
                        + "STREAMING-AWS4-ECDSA-P256-SHA256-PAYLOAD-TRAILER or a valid sha256 value.",
                        "x-amz-content-sha256", value);
        }
    }

    private static boolean isHexSha256(String value) {
        if (value.length() != 64) {
            return false;
        }
        for (int i = 0; i < 64; i++) {
            if (Character.digit(value.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
