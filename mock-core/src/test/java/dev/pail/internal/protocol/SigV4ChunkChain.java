package dev.pail.internal.protocol;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Computes the SigV4 chunk-signature chain of a streaming upload, to check that the decoder hands
 * out exactly what a verifier needs: each chunk's signature covers the previous signature and the
 * chunk's data; the trailer signature covers the last chunk signature and the trailer lines.
 */
final class SigV4ChunkChain {

    private static final String EMPTY_SHA256 = sha256Hex(new byte[0]);

    private final byte[] signingKey;
    private final String amzDate;
    private final String scope;
    private String previous;

    /**
     * @param secretKey     the secret access key
     * @param amzDate       the request's {@code X-Amz-Date}, e.g. {@code 20130524T000000Z}
     * @param region        the signing region
     * @param seedSignature the signature in the request's {@code Authorization} header
     */
    SigV4ChunkChain(String secretKey, String amzDate, String region, String seedSignature) {
        String date = amzDate.substring(0, 8);
        byte[] key = hmac(("AWS4" + secretKey).getBytes(StandardCharsets.UTF_8), date);
        key = hmac(key, region);
        key = hmac(key, "s3");
        this.signingKey = hmac(key, "aws4_request");
        this.amzDate = amzDate;
        this.scope = date + "/" + region + "/s3/aws4_request";
        this.previous = seedSignature;
    }

    /** The signature the next chunk, holding {@code data}, must carry. */
    String nextChunk(byte[] data) {
        previous = sign("AWS4-HMAC-SHA256-PAYLOAD\n" + amzDate + "\n" + scope + "\n" + previous + "\n"
            + EMPTY_SHA256 + "\n" + sha256Hex(data));
        return previous;
    }

    /** The {@code x-amz-trailer-signature} the trailers (without it), in order, must carry. */
    String trailer(Map<String, String> trailers) {
        StringBuilder lines = new StringBuilder();
        trailers.forEach((name, value) -> lines.append(name).append(':').append(value).append('\n'));
        previous = sign("AWS4-HMAC-SHA256-TRAILER\n" + amzDate + "\n" + scope + "\n" + previous + "\n"
            + sha256Hex(lines.toString().getBytes(StandardCharsets.UTF_8)));
        return previous;
    }

    private String sign(String stringToSign) {
        return HexFormat.of().formatHex(hmac(signingKey, stringToSign));
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    private static String sha256Hex(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }
}
