package dev.pail.internal.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The JDK's HMAC and SHA-256, as the signature versions use them. */
public final class Hmac {

    private static final HexFormat HEX = HexFormat.of();
    /** Per thread, so a request does not pay the JCA provider look-up for every HMAC and digest. */
    private static final ThreadLocal<Mac> HMAC_SHA256 = ThreadLocal.withInitial(() -> newMac("HmacSHA256"));
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(Hmac::createSha256);

    private Hmac() {
    }

    /** HMAC-SHA256 of UTF-8 text. */
    public static byte[] sha256(byte[] key, String data) {
        Mac mac = HMAC_SHA256.get();
        try {
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 refused a key", e);
        }
        return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    }

    private static Mac newMac(String algorithm) {
        try {
            return Mac.getInstance(algorithm);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is not available", e);
        }
    }

    /** HMAC-SHA1 of UTF-8 text (SigV2). */
    public static byte[] sha1(byte[] key, String data) {
        return mac("HmacSHA1", key, data.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] mac(String algorithm, byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(key, algorithm));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is not available", e);
        }
    }

    /** A new SHA-256 digest. */
    public static MessageDigest newSha256() {
        return createSha256();
    }

    private static MessageDigest createSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** The lower-case hex SHA-256 of UTF-8 text. */
    public static String sha256Hex(String text) {
        return hex(SHA256.get().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** The lower-case hex SHA-256 of bytes. */
    public static String sha256Hex(byte[] bytes) {
        return hex(SHA256.get().digest(bytes));
    }

    /** Lower-case hex. */
    public static String hex(byte[] bytes) {
        return HEX.formatHex(bytes);
    }

    /** Constant-time comparison of two signatures as text. */
    public static boolean same(String expected, String actual) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), actual.getBytes(StandardCharsets.UTF_8));
    }
}
