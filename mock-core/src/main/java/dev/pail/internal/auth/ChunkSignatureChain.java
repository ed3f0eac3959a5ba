package dev.pail.internal.auth;

import dev.pail.S3ErrorCode;
import dev.pail.internal.error.S3Exception;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;

/**
 * Verifies the chunk signatures of a {@code STREAMING-AWS4-HMAC-SHA256-PAYLOAD(-TRAILER)} body as it
 * streams: each chunk's signature signs the previous one (the first, the request's seed signature)
 * and the SHA-256 of the chunk's data; the trailer's signature signs the last chunk's and the
 * trailer lines. A chunk is checked once its data is complete, before the next is read, so a
 * tampered upload fails before it is stored. Not thread-safe: one per request.
 */
public final class ChunkSignatureChain {

    private static final String EMPTY_SHA256 = Hmac.sha256Hex(new byte[0]);

    private final byte[] signingKey;
    private final String amzDate;
    private final String scope;
    private final boolean trailer;
    private final MessageDigest digest = Hmac.newSha256();
    private String previous;
    private String pending;
    private long pendingSize;
    private int index;
    private boolean ended;

    /**
     * @param verified the verified request whose signature seeds the chain
     * @param trailer  whether the body ends with signed trailers
     */
    public ChunkSignatureChain(SigV4Verifier.Verified verified, boolean trailer) {
        this.signingKey = verified.signingKey();
        this.amzDate = verified.request().amzDate();
        this.scope = verified.request().credential().scope();
        this.previous = verified.request().signature().toLowerCase(java.util.Locale.ROOT);
        this.trailer = trailer;
    }

    /** A chunk header: checks the chunk before it, then awaits this one's data. */
    public void onChunk(long size, Optional<String> signature) {
        finishPending();
        index++;
        pending = signature.orElseThrow(() -> refused("chunk " + index + " has no chunk-signature"));
        pendingSize = size;
        if (size == 0) {
            finishPending();
        }
    }

    /** Data of the current chunk. */
    public void onData(byte[] bytes, int offset, int length) {
        digest.update(bytes, offset, length);
    }

    /**
     * The end of the body.
     *
     * @param trailers the trailer lines in order, names lower-cased, including {@code x-amz-trailer-signature}
     */
    public void onEnd(Map<String, String> trailers) {
        finishPending();
        if (ended) {
            return;
        }
        ended = true;
        if (!trailer) {
            return;
        }
        String sent = trailers.get("x-amz-trailer-signature");
        if (sent == null) {
            throw refused("the trailer has no x-amz-trailer-signature");
        }
        StringBuilder lines = new StringBuilder();
        trailers.forEach((name, value) -> {
            if (!name.equals("x-amz-trailer-signature")) {
                lines.append(name).append(':').append(value).append('\n');
            }
        });
        String stringToSign = "AWS4-HMAC-SHA256-TRAILER\n" + amzDate + "\n" + scope + "\n" + previous + "\n"
                + Hmac.sha256Hex(lines.toString().getBytes(StandardCharsets.UTF_8));
        if (!Hmac.same(SigningKeys.sign(signingKey, stringToSign), sent.trim().toLowerCase(java.util.Locale.ROOT))) {
            throw refused("trailer signature mismatch");
        }
    }

    private void finishPending() {
        if (pending == null) {
            return;
        }
        String stringToSign = "AWS4-HMAC-SHA256-PAYLOAD\n" + amzDate + "\n" + scope + "\n" + previous + "\n"
                + EMPTY_SHA256 + "\n" + Hmac.hex(digest.digest());
        String expected = SigningKeys.sign(signingKey, stringToSign);
        if (!Hmac.same(expected, pending.toLowerCase(java.util.Locale.ROOT))) {
            throw refused("signature mismatch in chunk " + index + " (" + pendingSize + " bytes)");
        }
        previous = expected;
        pending = null;
    }

    private static S3Exception refused(String why) {
        return new S3Exception(S3ErrorCode.SIGNATURE_DOES_NOT_MATCH).explain(why);
    }
}
