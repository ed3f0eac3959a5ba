package dev.pail.internal.handler.listing;

import dev.pail.internal.error.S3Exception;
import dev.pail.internal.protocol.S3Request;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** The query parameters every listing operation validates the same way: counts and {@code encoding-type}. */
public final class ListingParameters {

    /** The most keys a listing page holds. */
    public static final int MAX_KEYS = 1000;

    private ListingParameters() {
    }

    /**
     * A non-negative integer parameter ({@code max-keys}, {@code max-parts}, {@code part-number-marker}...).
     *
     * @throws S3Exception {@code InvalidArgument} for anything else
     */
    public static int count(S3Request request, String name, int fallback) {
        Optional<String> value = request.queryParam(name);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.get().trim());
            if (parsed >= 0) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // fall through
        }
        throw S3Exception.invalidArgument("Provided " + name + " not an integer or within integer range", name,
                value.get());
    }

    /**
     * The {@code encoding-type} asked for: {@code url} or none.
     *
     * @throws S3Exception {@code InvalidArgument} for any other value
     */
    public static Optional<String> encodingType(S3Request request) {
        Optional<String> encoding = request.queryParam("encoding-type");
        if (encoding.isPresent() && !encoding.get().equalsIgnoreCase("url")) {
            throw S3Exception.invalidArgument("Invalid Encoding Method specified in Request", "encoding-type",
                    encoding.get());
        }
        return encoding.map(e -> "url");
    }

    /** What the response's keys and prefixes go through: S3's url encoding when asked for. */
    public static UnaryOperator<String> encoder(Optional<String> encodingType) {
        return encodingType.isPresent() ? ListingParameters::urlEncode : UnaryOperator.identity();
    }

    /**
     * URL-encodes a key for a Location or a listing as S3 does: the UTF-8 bytes of everything but
     * RFC 3986's unreserved characters and {@code /} are percent-encoded, so a space is {@code %20}
     * (not {@code +}) and {@code +} is {@code %2B}.
     */
    public static String urlEncode(String value) {
        byte[] bytes = value.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        StringBuilder encoded = new StringBuilder(bytes.length + 16);
        for (byte b : bytes) {
            int c = b & 0xff;
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
                    || c == '-' || c == '_' || c == '.' || c == '~' || c == '/') {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(HEX[c >> 4]).append(HEX[c & 15]);
            }
        }
        return encoded.toString();
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
}
