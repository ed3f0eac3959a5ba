package dev.pail.internal.auth;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * SigV4 signing keys, derived once per secret, date, region and service and then cached: deriving
 * takes four HMACs, a request needs one more. The cache is bounded (cleared when full) so that a
 * long run with many dates or regions cannot grow it without end.
 */
public final class SigningKeys {

    static final int MAX_CACHED = 1024;

    private static final Map<Scope, byte[]> CACHE = new ConcurrentHashMap<>();

    private SigningKeys() {
    }

    private record Scope(String secret, String date, String region, String service) {
    }

    /**
     * The signing key: {@code HMAC(HMAC(HMAC(HMAC("AWS4" + secret, date), region), service), "aws4_request")}.
     *
     * @param date the scope's date, {@code yyyyMMdd}
     */
    public static byte[] signingKey(String secret, String date, String region, String service) {
        Scope scope = new Scope(secret, date, region, service);
        byte[] key = CACHE.get(scope);
        if (key == null) {
            key = derive(scope);
            if (CACHE.size() >= MAX_CACHED) {
                CACHE.clear();
            }
            CACHE.put(scope, key);
        }
        return key;
    }

    private static byte[] derive(Scope scope) {
        byte[] kDate = Hmac.sha256(("AWS4" + scope.secret()).getBytes(StandardCharsets.UTF_8), scope.date());
        byte[] kRegion = Hmac.sha256(kDate, scope.region());
        byte[] kService = Hmac.sha256(kRegion, scope.service());
        return Hmac.sha256(kService, "aws4_request");
    }

    /** The hex signature of a string to sign. */
    public static String sign(byte[] signingKey, String stringToSign) {
        return Hmac.hex(Hmac.sha256(signingKey, stringToSign));
    }
}
