package dev.pail;

import dev.pail.fault.Latency;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * The complete, immutable configuration of a Pail server. Build one with {@link Pail#builder()}.
 *
 * @param host            the address to bind, {@code 127.0.0.1} by default
 * @param port            the port to bind; 0 (the default) picks a free one
 * @param region          the region new buckets go to and clients are configured for, {@code us-east-1} by default
 * @param accessKeyId     the access key id clients are given
 * @param secretAccessKey the secret access key clients are given
 * @param buckets         buckets that exist from the start (and after every reset)
 * @param baseDomains     host names under which virtual-hosted-style requests name a bucket
 *                        ({@code photos.localhost}); {@code localhost} and {@code s3.localhost} by default
 * @param clock           the clock for Last-Modified and every other time the server reports
 * @param bodyCaptureLimit how many bytes of each request body the journal keeps (64 KiB by default)
 * @param journalCapacity how many requests the journal keeps before dropping the oldest (100,000 by default)
 * @param maxStoredBytes  the most object bytes the server holds in memory; beyond it writes fail with
 *                        507 {@code InsufficientCapacity} instead of exhausting the heap (60% of the
 *                        JVM's maximum heap by default)
 * @param latency         a delay before every request is served, to resemble a network (none by default)
 */
public record PailConfig(
        String host,
        int port,
        String region,
        String accessKeyId,
        String secretAccessKey,
        List<String> buckets,
        List<String> baseDomains,
        Clock clock,
        int bodyCaptureLimit,
        int journalCapacity,
        long maxStoredBytes,
        Latency latency) {

    /** The default host: loopback only. */
    public static final String DEFAULT_HOST = "127.0.0.1";
    /** The default region. */
    public static final String DEFAULT_REGION = "us-east-1";
    /** The default access key id. */
    public static final String DEFAULT_ACCESS_KEY_ID = "pail";
    /** The default secret access key. */
    public static final String DEFAULT_SECRET_ACCESS_KEY = "pail-secret";
    /** The default number of body bytes recorded per request. */
    public static final int DEFAULT_BODY_CAPTURE_LIMIT = 64 * 1024;
    /** The share of the JVM's maximum heap the store may hold by default. */
    public static final double DEFAULT_HEAP_SHARE = 0.6;
    /** The default journal capacity. */
    public static final int DEFAULT_JOURNAL_CAPACITY = 100_000;

    /** Validates and copies the components. */
    public PailConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(accessKeyId, "accessKeyId");
        Objects.requireNonNull(secretAccessKey, "secretAccessKey");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(latency, "latency");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535: " + port);
        }
        if (bodyCaptureLimit < 0) {
            throw new IllegalArgumentException("bodyCaptureLimit must not be negative: " + bodyCaptureLimit);
        }
        if (maxStoredBytes < 1) {
            throw new IllegalArgumentException("maxStoredBytes must be positive: " + maxStoredBytes);
        }
        if (journalCapacity < 1) {
            throw new IllegalArgumentException("journalCapacity must be positive: " + journalCapacity);
        }
        if (region.isBlank()) {
            throw new IllegalArgumentException("region must not be blank");
        }
        buckets = List.copyOf(buckets);
        baseDomains = List.copyOf(baseDomains);
    }
}
