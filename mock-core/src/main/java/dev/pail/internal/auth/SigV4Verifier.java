package dev.pail.internal.auth;

import dev.pail.S3ErrorCode;
import dev.pail.User;
import dev.pail.internal.error.S3Exception;
import java.util.ArrayList;
import java.util.List;

/**
 * Verifies a SigV4 signature as S3 does: signed headers must include {@code host} and every
 * {@code x-amz-*} header sent, then the canonical request, the string to sign and the HMAC chain.
 * A mismatch answers S3's {@code SignatureDoesNotMatch} with what S3 computed, so a user can diff
 * their signer.
 */
public final class SigV4Verifier {

    private SigV4Verifier() {
    }

    /**
     * The outcome: what chunk signatures are chained from.
     *
     * @param signingKey the derived key
     * @param request    the verified elements, whose signature seeds a chunk chain
     */
    public record Verified(byte[] signingKey, SigV4Request request) {
    }

    /**
     * @param payloadHash the canonical request's last line: {@code x-amz-content-sha256} as sent, or
     *                    {@code UNSIGNED-PAYLOAD} for a presigned URL without it
     * @throws S3Exception {@code AccessDenied} for unsigned headers, {@code SignatureDoesNotMatch}
     */
    public static Verified verify(AuthRequest request, SigV4Request sig, User user, String payloadHash) {
        checkSignedHeaders(request, sig);
        String canonical = CanonicalRequest.of(request, sig.signedHeaders(),
                sig.presigned() ? "X-Amz-Signature" : null, payloadHash);
        String stringToSign = SigV4Request.ALGORITHM + "\n" + sig.amzDate() + "\n" + sig.credential().scope() + "\n"
                + Hmac.sha256Hex(canonical);
        byte[] key = SigningKeys.signingKey(user.secretAccessKey(), sig.credential().date(), sig.credential().region(),
                sig.credential().service());
        String expected = SigningKeys.sign(key, stringToSign);
        if (!Hmac.same(expected, sig.signature().toLowerCase(java.util.Locale.ROOT))) {
            throw mismatch(user, stringToSign, sig.signature(), canonical)
                    .explain("signature mismatch for " + user.accessKeyId() + ": the client signed another canonical"
                            + " request or used another secret; Pail's canonical request was:\n" + canonical);
        }
        return new Verified(key, sig);
    }

    /** S3's {@code SignatureDoesNotMatch}, with the string to sign and canonical request S3 computed. */
    public static S3Exception mismatch(User user, String stringToSign, String provided, String canonical) {
        S3Exception e = new S3Exception(S3ErrorCode.SIGNATURE_DOES_NOT_MATCH)
                .detail("AWSAccessKeyId", user.accessKeyId())
                .detail("StringToSign", stringToSign)
                .detail("SignatureProvided", provided)
                .detail("StringToSignBytes", CanonicalRequest.bytes(stringToSign));
        if (canonical != null) {
            e.detail("CanonicalRequest", canonical).detail("CanonicalRequestBytes", CanonicalRequest.bytes(canonical));
        }
        return e;
    }

    private static void checkSignedHeaders(AuthRequest request, SigV4Request sig) {
        if (!sig.signedHeaders().contains("host")) {
            throw (sig.presigned() ? SigV4Request.queryError("Query-string authentication requires the host header to be signed")
                    : new S3Exception(S3ErrorCode.AUTHORIZATION_HEADER_MALFORMED,
                    "The authorization header is malformed; the host header must be signed"))
                    .explain("host is not among the signed headers " + sig.signedHeaders());
        }
        List<String> unsigned = new ArrayList<>();
        for (String name : request.headers().keySet()) {
            if (name.startsWith("x-amz-") && !sig.signedHeaders().contains(name)) {
                unsigned.add(name);
            }
        }
        if (!unsigned.isEmpty()) {
            throw new S3Exception(S3ErrorCode.ACCESS_DENIED, "There were headers present in the request which were not signed")
                    .detail("HeadersNotSigned", String.join(", ", unsigned))
                    .explain("headers sent but not signed: " + unsigned);
        }
    }
}
