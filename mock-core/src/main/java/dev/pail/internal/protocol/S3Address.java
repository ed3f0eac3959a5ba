package dev.pail.internal.protocol;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a request points: at the service (no bucket), at a bucket, or at an object in a bucket,
 * and whether the bucket was named in the path or in the host name.
 *
 * <p>Neither the bucket name nor the key is validated here: the handlers do that, so that each
 * problem gets the S3 error S3 gives it.
 *
 * @param bucket the bucket, decoded; empty for a service-level request
 * @param key    the object key, decoded exactly once and otherwise verbatim; empty unless the request
 *               names an object
 * @param style  how the bucket was named (service-level requests are {@link AddressingStyle#PATH})
 */
public record S3Address(Optional<String> bucket, Optional<String> key, AddressingStyle style) {

    private static final S3Address SERVICE = new S3Address(Optional.empty(), Optional.empty(), AddressingStyle.PATH);

    /**
     * Checks the components.
     *
     * @param bucket the bucket, empty for a service-level request
     * @param key    the key, empty unless the request names an object
     * @param style  how the bucket was named
     * @throws IllegalArgumentException when a key is given without a bucket
     */
    public S3Address {
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(style, "style");
        if (key.isPresent() && bucket.isEmpty()) {
            throw new IllegalArgumentException("a key needs a bucket");
        }
    }

    /**
     * Whether the request is at the service level (ListBuckets).
     *
     * @return true when no bucket is named
     */
    public boolean isService() {
        return bucket.isEmpty();
    }

    /**
     * Whether the request is about a bucket itself.
     *
     * @return true when a bucket and no key is named
     */
    public boolean isBucket() {
        return bucket.isPresent() && key.isEmpty();
    }

    /**
     * Whether the request is about an object.
     *
     * @return true when a bucket and a key are named
     */
    public boolean isObject() {
        return key.isPresent();
    }

    /**
     * Finds the bucket and key of a request, as S3 does.
     *
     * <p>The host (lower-cased, port stripped) names the bucket when it ends with {@code "." + base}
     * for one of {@code baseDomains}, the longest such base winning: the bucket is everything before
     * it ({@code my.photos.localhost} is bucket {@code my.photos}), and the path is the key. Otherwise
     * (no or empty Host, an IP literal, a base domain itself, or an unrelated host name) the request
     * is path-style: the first path segment is the bucket and everything after the '/' that ends it
     * is the key. Bucket and key are percent-decoded exactly once; nothing else is done to them, so
     * {@code //a}, {@code dir/} and {@code a/../b} survive as they are.
     *
     * @param hostHeader  the Host header as received; may include a port, may be an IPv6 literal in
     *                    brackets, may be null
     * @param rawPath     the request path exactly as on the request line, percent-encoded, without
     *                    the query string
     * @param baseDomains the domains under which a host name's first labels name a bucket, compared
     *                    case-insensitively
     * @return the address
     * @throws MalformedAddressException when the path does not start with '/' or cannot be decoded
     */
    public static S3Address parse(String hostHeader, String rawPath, List<String> baseDomains) {
        Objects.requireNonNull(rawPath, "rawPath");
        int length = rawPath.length();
        if (length == 0 || rawPath.charAt(0) != '/') {
            throw new MalformedAddressException("the path must start with '/': \"" + rawPath + "\"");
        }
        String hostBucket = virtualHostBucket(hostHeader, baseDomains);
        if (hostBucket != null) {
            Optional<String> key = length == 1 ? Optional.empty()
                    : Optional.of(PercentCodec.decode(rawPath, 1, length, false));
            return new S3Address(Optional.of(hostBucket), key, AddressingStyle.VIRTUAL_HOST);
        }
        if (length == 1) {
            return SERVICE;
        }
        int slash = rawPath.indexOf('/', 1);
        int bucketEnd = slash < 0 ? length : slash;
        String bucket = PercentCodec.decode(rawPath, 1, bucketEnd, false);
        Optional<String> key = slash < 0 || slash == length - 1 ? Optional.empty()
                : Optional.of(PercentCodec.decode(rawPath, slash + 1, length, false));
        return new S3Address(Optional.of(bucket), key, AddressingStyle.PATH);
    }

    /** The bucket a Host header names under one of the base domains, or null for path-style. */
    private static String virtualHostBucket(String host, List<String> baseDomains) {
        if (host == null || host.isEmpty() || baseDomains == null || baseDomains.isEmpty() || host.charAt(0) == '[') {
            return null; // no host, or an IPv6 literal
        }
        int end = host.length();
        int colon = host.indexOf(':');
        if (colon >= 0) {
            if (host.indexOf(':', colon + 1) >= 0) {
                return null; // an IPv6 literal without brackets
            }
            end = colon;
        }
        if (end > 0 && host.charAt(end - 1) == '.') {
            end--; // a fully qualified name: "bucket.localhost."
        }
        if (end == 0 || isDigitsAndDots(host, end)) {
            return null; // an IPv4 literal
        }
        int best = -1;
        for (int i = 0; i < baseDomains.size(); i++) {
            String base = baseDomains.get(i);
            int baseLength = base.length();
            if (baseLength == 0) {
                continue;
            }
            if (baseLength == end && host.regionMatches(true, 0, base, 0, baseLength)) {
                return null; // the base domain itself
            }
            if (baseLength > best && end > baseLength + 1 && host.charAt(end - baseLength - 1) == '.'
                    && host.regionMatches(true, end - baseLength, base, 0, baseLength)) {
                best = baseLength;
            }
        }
        return best < 0 ? null : host.substring(0, end - best - 1).toLowerCase(Locale.ROOT);
    }

    private static boolean isDigitsAndDots(String host, int end) {
        for (int i = 0; i < end; i++) {
            char c = host.charAt(i);
            if ((c < '0' || c > '9') && c != '.') {
                return false;
            }
        }
        return true;
    }
}
