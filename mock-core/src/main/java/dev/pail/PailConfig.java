package dev.pail;

import dev.pail.fault.Latency;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The complete, immutable configuration of a Pail server. Build one with {@link Pail#builder()}.
 *
 * @param host            the address to bind, {@code 127.0.0.1} by default
 * @param port            the port to bind; 0 (the default) picks a free one
 * @param region          the region new buckets go to and clients are configured for, {@code us-east-1} by default
 * @param users           the users the server knows, each its own account; the first is the default user,
 *                        who owns the buckets made at start-up and whose credentials {@link Pail#client()}
 *                        signs with ({@link User#defaultUser()} unless set)
 * @param authentication  how requests are authenticated ({@link Authentication#LENIENT} by default)
 * @param bucketDefaults  how new buckets start out ({@link BucketDefaults#CURRENT} by default)
 * @param buckets         buckets that exist from the start (and after every reset)
 * @param baseDomains     host names under which virtual-hosted-style requests name a bucket
 *                        ({@code photos.localhost}); {@code localhost} and {@code s3.localhost} by default
 * @param clock           the clock for Last-Modified and every other time the server reports, kept as a
 *                        {@link PailClock} (one is made over any other clock) so that tests can move it
 * @param dayLength       how long a day of lifecycle rules and restores lasts (one day by default; a
 *                        second makes {@code Days=1} expire objects a second after the next whole second)
 * @param bodyCaptureLimit how many bytes of each request body the journal keeps (64 KiB by default)
 * @param journalCapacity how many requests the journal keeps before dropping the oldest (100,000 by default)
 * @param journalMaxBytes the most heap the journal may use for captured bodies and its entries; past it the
 *                        oldest bodies are dropped first, then the oldest entries (an eighth of
 *                        {@code maxStoredBytes} by default, at least 8 MiB and at most 64 MiB)
 * @param maxStoredBytes  the most object bytes the server holds in memory; beyond it writes fail with
 *                        507 {@code InsufficientCapacity} instead of exhausting the heap (by default
 *                        {@link #defaultMaxStoredBytes(long) 60% of the heap above 64 MiB})
 * @param latency         a delay before every request is served, to resemble a network (none by default)
 * @param requestTimeout  how long a request body may send nothing before the request fails with
 *                        400 {@code RequestTimeout} and its connection closes, as S3 does (20 s by default)
 * @param retryBackoff    the longest wait of the clients Pail hands out before they retry (the SDK's
 *                        retry policy otherwise: same attempts, same retryable errors), so that fault
 *                        tests take milliseconds; empty for the SDK's own backoff (20 ms by default)
 * @param bucketPrefix    in contract mode ({@link Pail#connect}), what the clients Pail hands out and
 *                        {@code seed()} put in front of every bucket name, since bucket names are
 *                        global on a real store; an embedded server ignores it ("" by default)
 */
public record PailConfig(
        String host,
        int port,
        String region,
        List<User> users,
        Authentication authentication,
        BucketDefaults bucketDefaults,
        List<String> buckets,
        List<String> baseDomains,
        Clock clock,
        Duration dayLength,
        int bodyCaptureLimit,
        int journalCapacity,
        long journalMaxBytes,
        long maxStoredBytes,
        Latency latency,
        Duration requestTimeout,
        Optional<Duration> retryBackoff,
        String bucketPrefix) {

    /** The default host: loopback only. */
    public static final String DEFAULT_HOST = "127.0.0.1";
    /** The default region. */
    public static final String DEFAULT_REGION = "us-east-1";
    /** The default access key id. */
    public static final String DEFAULT_ACCESS_KEY_ID = User.DEFAULT_ACCESS_KEY_ID;
    /** The default secret access key. */
    public static final String DEFAULT_SECRET_ACCESS_KEY = User.DEFAULT_SECRET_ACCESS_KEY;
    /** The default number of body bytes recorded per request. */
    public static final int DEFAULT_BODY_CAPTURE_LIMIT = 64 * 1024;
    /** The share of the JVM's maximum heap (above 64 MiB) the store may hold by default. */
    public static final double DEFAULT_HEAP_SHARE = 0.6;
    /** The default journal capacity. */
    public static final int DEFAULT_JOURNAL_CAPACITY = 100_000;
    /** The longest wait before a retry of the clients Pail hands out, by default. */
    public static final Duration DEFAULT_RETRY_BACKOFF = Duration.ofMillis(20);
    /** How long a request body may stay silent by default, as on S3. */
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(20);
    private static final long MIB = 1L << 20;

    /**
     * The default cap on stored bytes for a JVM whose maximum heap is {@code maxHeap}: 60% of what
     * is above 64 MiB, so that at every heap size the JVM keeps room for Pail's own objects, the
     * journal, the clients and the test itself (about 38 MiB at {@code -Xmx128m}, 115 MiB at
     * {@code -Xmx256m}, 2.4 GiB at {@code -Xmx4g}).
     */
    public static long defaultMaxStoredBytes(long maxHeap) {
        return Math.max(8 * MIB, (long) ((maxHeap - 64 * MIB) * DEFAULT_HEAP_SHARE));
    }

    /** The default journal byte budget for a store cap: an eighth of it, at least 8 MiB, at most 64 MiB. */
    public static long defaultJournalMaxBytes(long maxStoredBytes) {
        return Math.min(64 * MIB, Math.max(8 * MIB, maxStoredBytes / 8));
    }

    /** Validates and copies the components. */
    public PailConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(users, "users");
        Objects.requireNonNull(authentication, "authentication");
        Objects.requireNonNull(bucketDefaults, "bucketDefaults");
        clock = PailClock.over(Objects.requireNonNull(clock, "clock"));
        Objects.requireNonNull(latency, "latency");
        Objects.requireNonNull(dayLength, "dayLength");
        if (dayLength.toMillis() < 1) {
            throw new IllegalArgumentException("dayLength must be at least a millisecond: " + dayLength);
        }
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        Objects.requireNonNull(retryBackoff, "retryBackoff");
        Objects.requireNonNull(bucketPrefix, "bucketPrefix");
        if (retryBackoff.isPresent() && retryBackoff.get().isNegative()) {
            throw new IllegalArgumentException("retryBackoff must not be negative: " + retryBackoff.get());
        }
        if (requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("requestTimeout must be positive: " + requestTimeout);
        }
        if (journalMaxBytes < 1) {
            throw new IllegalArgumentException("journalMaxBytes must be positive: " + journalMaxBytes);
        }
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
        users = List.copyOf(users);
        if (users.isEmpty()) {
            throw new IllegalArgumentException("at least one user is needed");
        }
        Set<String> keys = new HashSet<>();
        for (User user : users) {
            if (!keys.add(user.accessKeyId())) {
                throw new IllegalArgumentException("access key id given twice: " + user.accessKeyId());
            }
        }
    }

    /** The default user: the owner of the buckets made at start-up, the user of {@link Pail#client()}. */
    public User defaultUser() {
        return users.get(0);
    }

    /** The default user's access key id. */
    public String accessKeyId() {
        return defaultUser().accessKeyId();
    }

    /** The default user's secret access key. */
    public String secretAccessKey() {
        return defaultUser().secretAccessKey();
    }

    /** The user with an access key id. */
    public Optional<User> user(String accessKeyId) {
        return users.stream().filter(u -> u.accessKeyId().equals(accessKeyId)).findFirst();
    }
}
