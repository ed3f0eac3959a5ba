package dev.pail.internal.handler.listing;

import dev.pail.internal.error.S3Exception;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Opaque listing continuation tokens: the position to resume after, bound to its bucket and
 * signed, so a token from another bucket or an edited one is refused as S3 refuses it.
 */
public final class ContinuationTokens {

    private static final byte[] SECRET = new byte[32];
    private static final int TAG_LENGTH = 12;

    static {
        new SecureRandom().nextBytes(SECRET);
    }

    private ContinuationTokens() {
    }

    /** A token to resume a listing of {@code bucket} after {@code position}. */
    public static String encode(String bucket, String position) {
        byte[] payload = (bucket + '\0' + position).getBytes(StandardCharsets.UTF_8);
        byte[] tag = tag(payload);
        byte[] token = Arrays.copyOf(payload, payload.length + TAG_LENGTH);
        System.arraycopy(tag, 0, token, payload.length, TAG_LENGTH);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
    }

    /**
     * The position a token resumes after.
     *
     * @throws S3Exception {@code InvalidArgument} for a token not made by this server for this bucket
     */
    public static String decode(String bucket, String token) {
        return tryDecode(bucket, token).orElseThrow(() -> S3Exception.invalidArgument(
                "The continuation token provided is incorrect", "continuation-token", token));
    }

    private static Optional<String> tryDecode(String bucket, String token) {
        byte[] raw;
        try {
            raw = Base64.getUrlDecoder().decode(token);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (raw.length <= TAG_LENGTH) {
            return Optional.empty();
        }
        byte[] payload = Arrays.copyOf(raw, raw.length - TAG_LENGTH);
        byte[] tag = Arrays.copyOfRange(raw, raw.length - TAG_LENGTH, raw.length);
        if (!MessageDigest.isEqual(tag, Arrays.copyOf(tag(payload), TAG_LENGTH))) {
            return Optional.empty();
        }
        String text = new String(payload, StandardCharsets.UTF_8);
        int split = text.indexOf('\0');
        if (split < 0 || !text.substring(0, split).equals(bucket)) {
            return Optional.empty();
        }
        return Optional.of(text.substring(split + 1));
    }

    private static byte[] tag(byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET, "HmacSHA256"));
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }
}
