package dev.pail;

import dev.pail.client.PailClients;
import dev.pail.events.S3Event;
import dev.pail.fault.FaultRule;
import dev.pail.fault.Latency;
import dev.pail.fault.S3Fault;
import dev.pail.internal.harness.ApiSeeding;
import dev.pail.internal.harness.ContractBuckets;
import dev.pail.internal.harness.Skips;
import dev.pail.internal.harness.StoreSeeding;
import dev.pail.internal.protocol.BucketNames;
import dev.pail.internal.server.PailServer;
import dev.pail.recording.RecordedRequest;
import dev.pail.recording.RecordedRequests;
import dev.pail.verify.RequestPattern;
import dev.pail.verify.Times;
import dev.pail.verify.Verifier;
import java.net.URI;
import java.time.Duration;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Predicate;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * A running Pail: an S3 server on a loopback port with in-memory buckets.
 *
 * <pre>{@code
 * try (Pail pail = Pail.builder().bucket("photos").start()) {
 *     S3Client s3 = pail.client();
 *     s3.putObject(b -> b.bucket("photos").key("cat.jpg"), RequestBody.fromBytes(bytes));
 * }
 * }</pre>
 *
 * <p>Every request is recorded: {@link #requests()}, {@link #takeRequest(Duration)} and
 * {@link #verify(Times, RequestPattern)} look at the journal.
 *
 * <p>Thread-safe. {@link #close()} stops the server and closes the clients it handed out; it may be
 * called more than once.
 */
public final class Pail implements AutoCloseable {

    private final PailConfig config;
    private final PailServer server;
    private final URI remoteEndpoint;
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile PailClients clients;
    private final Map<String, PailClients> userClients = new ConcurrentHashMap<>();
    private final ApiSeeding apiSeeding = new ApiSeeding(this::client);

    private final Runnable clockMoved;

    private Pail(PailConfig config, PailServer server, URI remoteEndpoint) {
        this.config = config;
        this.server = server;
        this.remoteEndpoint = remoteEndpoint;
        this.clockMoved = server == null ? () -> { } : server::clockMoved;
        clock().onMove(clockMoved);
    }

    /**
     * The server's clock: every time Pail reports or judges comes from it. Move it with
     * {@link PailClock#advance(Duration)}, {@link PailClock#set(java.time.Instant)} and return it to
     * wall time with {@link PailClock#system()}; lifecycle rules and retention apply at once.
     */
    public PailClock clock() {
        return (PailClock) config.clock();
    }

    /** A builder with the defaults: 127.0.0.1, a free port, us-east-1, no buckets. */
    public static Builder builder() {
        return new Builder();
    }

    /** Starts a server with this configuration. */
    public static Pail start(PailConfig config) {
        Objects.requireNonNull(config, "config");
        return new Pail(config, PailServer.start(config), null);
    }

    /**
     * A handle on another S3-compatible endpoint instead of an embedded server ("contract mode"):
     * its clients talk to that endpoint with the configuration's region and credentials (putting
     * its {@code bucketPrefix} in front of bucket names), {@link #seed()} and {@link #reset()} work
     * through the S3 API, and what needs the embedded server (the journal, verification, fault
     * rules) ends the test as skipped, saying why: opentest4j's {@code TestAbortedException}, which
     * JUnit reports as skipped and the TestNG listener turns into a skip.
     *
     * @param endpoint the endpoint, e.g. {@code https://s3.eu-west-1.amazonaws.com}
     * @param config   region and credentials for the clients
     */
    public static Pail connect(URI endpoint, PailConfig config) {
        return new Pail(Objects.requireNonNull(config, "config"), null, Objects.requireNonNull(endpoint, "endpoint"));
    }

    /** Whether this handle runs an embedded server (false in contract mode, see {@link #connect}). */
    public boolean isEmbedded() {
        return server != null;
    }

    /** The configuration the server runs with (its {@code port} is the one asked for, maybe 0). */
    public PailConfig config() {
        return config;
    }

    /** The port the server listens on. */
    public int port() {
        return server != null ? server.port() : remoteEndpoint.getPort();
    }

    /** The host name clients should use. */
    public String host() {
        return server != null ? server.host() : remoteEndpoint.getHost();
    }

    /** The region of the server's buckets and clients. */
    public String region() {
        return config.region();
    }

    /** The endpoint to give S3 clients, e.g. {@code http://127.0.0.1:54321}. */
    public URI endpoint() {
        return server != null ? server.endpoint() : remoteEndpoint;
    }

    // ---- the journal and verification -----------------------------------------------------------

    /** An immutable snapshot of every request received since the last reset, in the order they arrived. */
    public RecordedRequests requests() {
        return embedded("requests()").journal().snapshot();
    }

    /**
     * The next request not yet taken, waiting up to {@code timeout} for one to complete; for code
     * under test that calls S3 asynchronously.
     *
     * @return the request, or empty when none completed in time
     */
    public Optional<RecordedRequest> takeRequest(Duration timeout) throws InterruptedException {
        Objects.requireNonNull(timeout, "timeout");
        return embedded("takeRequest()").journal().take(timeout);
    }

    /**
     * The first request that matches {@code pattern}, already recorded or still to come, waiting up
     * to {@code timeout} for it; for code under test that calls S3 asynchronously.
     *
     * @throws AssertionError with the same report of the closest requests as {@link #verify(RequestPattern)}
     *                        when none matched in time
     */
    public RecordedRequest awaitRequest(RequestPattern pattern, Duration timeout) {
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(timeout, "timeout");
        PailServer embedded = embedded("awaitRequest()");
        try {
            Optional<RecordedRequest> found = embedded.journal().await(pattern, timeout);
            if (found.isPresent()) {
                return found.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for " + pattern, e);
        }
        RecordedRequests journal = requests();
        return journal.stream().filter(pattern).findFirst().orElseGet(() -> {
            Verifier.verify(Times.atLeast(1), pattern, journal);
            throw new AssertionError("no request matched " + pattern);
        });
    }

    /**
     * Every event notification the buckets' notification configurations made S3 send, oldest first:
     * one per change and matching destination, plus the {@code s3:TestEvent} S3 sends when a
     * configuration naming a queue or topic is set. {@link #reset()} forgets them.
     */
    public List<S3Event> events() {
        return embedded("events()").events().all();
    }

    /** The events that would have reached one destination (a queue's, topic's or function's ARN). */
    public List<S3Event> events(String destinationArn) {
        Objects.requireNonNull(destinationArn, "destinationArn");
        return events().stream().filter(e -> e.destinationArn().equals(destinationArn)).toList();
    }

    /**
     * Waits for an event that matches, already sent or to come.
     *
     * @throws AssertionError when none arrives within the timeout, listing the events seen
     */
    public S3Event awaitEvent(Predicate<S3Event> condition, Duration timeout) {
        Objects.requireNonNull(condition, "condition");
        PailServer embedded = embedded("awaitEvent()");
        try {
            return embedded.events().await(condition, timeout).orElseThrow(() -> new AssertionError(
                    "no matching event within " + timeout + "; events: " + embedded.events().all()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for an event", e);
        }
    }

    /**
     * Hands every event from now on to {@code listener}, on one delivery thread in order (as a queue
     * would, never on the request's thread); close the returned handle to stop.
     */
    public AutoCloseable onEvent(Consumer<S3Event> listener) {
        return embedded("onEvent()").events().listen(listener);
    }

    /**
     * Delivers the server access log records waiting now, as S3's log delivery does every so often
     * (Pail also does every minute): one log object per logging bucket and target, in the target
     * bucket, under the target prefix and key format of its {@code PutBucketLogging} configuration.
     *
     * @return how many log objects were written
     */
    public int flushAccessLogs() {
        return embedded("flushAccessLogs()").flushAccessLogs();
    }

    /**
     * Forgets the recorded requests (buckets and objects stay); requests still in flight are not
     * recorded when they finish. Nothing to do in contract mode.
     */
    public void resetRequests() {
        if (server != null) {
            server.resetRequests();
        }
    }

    /**
     * Returns to the initial state: only the configured buckets, empty; no recorded requests; no
     * fault rules. A wall: once it returns, no request that arrived before it changes the store or
     * appears in the journal, however late it finishes (such requests fail). In contract mode it
     * empties the configured buckets through the S3 API.
     */
    public void reset() {
        if (server != null) {
            server.reset();
        } else {
            ContractBuckets.empty(client(), config.buckets());
        }
    }

    // ---- faults ----------------------------------------------------------------------------------

    /**
     * Starts a fault rule for the requests that match a pattern (the same patterns as
     * {@link #verify(RequestPattern)}):
     *
     * <pre>{@code
     * pail.when(putObject("photos", anyKey())).fail(S3Fault.error(SLOW_DOWN)).times(2);
     * }</pre>
     *
     * <p>{@code fail(fault)} registers a rule that applies to every matching request;
     * {@code once()}, {@code times(n)} and {@code afterMatching(n)} narrow it. For each request, the
     * first registered rule that matches and is not used up applies; the journal shows the fault in
     * {@link RecordedRequest#fault()}. Rules are matched before a request is served, against its
     * operation, bucket, key, headers and query.
     *
     * @throws IllegalArgumentException when the pattern also constrains the body, the status or the
     *                                  error code, which are known only after serving
     *
     * @see S3Fault
     */
    public FaultRule.When when(RequestPattern pattern) {
        Objects.requireNonNull(pattern, "pattern");
        return embedded("when()").faults().when(pattern);
    }

    /** Removes every fault rule (buckets and the journal stay). Nothing to do in contract mode. */
    public void resetFaults() {
        if (server != null) {
            server.faults().clear();
        }
    }

    /**
     * Verifies that at least one recorded request matches.
     *
     * @throws AssertionError explaining the closest misses when none does
     */
    public void verify(RequestPattern pattern) {
        verify(Times.atLeast(1), pattern);
    }

    /**
     * Verifies how many recorded requests match.
     *
     * @throws AssertionError explaining the count and the closest misses when it is wrong
     */
    public void verify(Times times, RequestPattern pattern) {
        Verifier.verify(times, pattern, requests());
    }

    /**
     * Puts state straight into the store, without going through HTTP or the journal; in contract
     * mode, through the S3 API.
     */
    public Seeder seed() {
        return new Seeder(server != null ? new StoreSeeding(server::context) : apiSeeding);
    }

    /**
     * The embedded server; in contract mode the test ends as skipped (JUnit's aborted, TestNG's
     * skip) with a one-line reason, since there is no journal or fault injection on a real store.
     */
    private PailServer embedded(String what) {
        if (server == null) {
            throw Skips.needsEmbeddedServer(what, remoteEndpoint);
        }
        return server;
    }

    /**
     * An AWS SDK v2 {@link S3Client} for this server, created on first use, closed by {@link #close()}.
     * Requires the SDK ({@code software.amazon.awssdk:s3}) on the classpath.
     */
    public S3Client client() {
        return clients().s3();
    }

    /** An {@link S3AsyncClient} for this server, created on first use, closed by {@link #close()}. */
    public S3AsyncClient asyncClient() {
        return clients().s3Async();
    }

    /** An {@link S3Presigner} for this server, created on first use, closed by {@link #close()}. */
    public S3Presigner presigner() {
        return clients().presigner();
    }

    /**
     * An {@link S3Client} that signs as the user with this access key id (one given to
     * {@link Builder#user(String, String)}, or the default user), created on first use, closed by
     * {@link #close()}.
     *
     * @throws IllegalArgumentException when no such user is configured
     */
    public S3Client clientFor(String accessKeyId) {
        return clientsFor(accessKeyId).s3();
    }

    /** An {@link S3AsyncClient} that signs as the user with this access key id; see {@link #clientFor(String)}. */
    public S3AsyncClient asyncClientFor(String accessKeyId) {
        return clientsFor(accessKeyId).s3Async();
    }

    /** An {@link S3Presigner} that signs as the user with this access key id; see {@link #clientFor(String)}. */
    public S3Presigner presignerFor(String accessKeyId) {
        return clientsFor(accessKeyId).presigner();
    }

    /**
     * An {@link S3Client} that does not sign its requests: the anonymous principal in
     * {@link Authentication#STRICT} authentication (served as the default user in LENIENT).
     */
    public S3Client anonymousClient() {
        return cachedClients(ANONYMOUS, () -> PailClients.anonymous(endpoint(), config)).s3();
    }

    /** The users this server knows, the default user first. */
    public List<User> users() {
        return config.users();
    }

    private static final String ANONYMOUS = "";

    private PailClients clientsFor(String accessKeyId) {
        Objects.requireNonNull(accessKeyId, "accessKeyId");
        if (accessKeyId.equals(config.accessKeyId())) {
            return clients();
        }
        User user = config.user(accessKeyId).orElseThrow(() -> new IllegalArgumentException("No user with access key id \""
                + accessKeyId + "\"; configured: " + config.users().stream().map(User::accessKeyId).toList()
                + " (add one with Pail.builder().user(accessKeyId, secret))"));
        return cachedClients(accessKeyId, () -> PailClients.forUser(endpoint(), config, user));
    }

    private PailClients cachedClients(String key, java.util.function.Supplier<PailClients> create) {
        if (closed.get()) {
            throw new IllegalStateException("Pail is closed");
        }
        return userClients.computeIfAbsent(key, k -> create.get());
    }

    private PailClients clients() {
        if (closed.get()) {
            throw new IllegalStateException("Pail is closed");
        }
        PailClients current = clients;
        if (current == null) {
            synchronized (this) {
                current = clients;
                if (current == null) {
                    current = new PailClients(endpoint(), config);
                    clients = current;
                }
            }
        }
        return current;
    }

    /** Stops the server and closes the clients it created. Idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        PailClients current;
        synchronized (this) {
            current = clients;
            clients = null;
        }
        try {
            if (current != null) {
                current.close();
            }
            userClients.values().forEach(PailClients::close);
            userClients.clear();
        } finally {
            clock().removeListener(clockMoved);
            if (server != null) {
                server.stop();
            }
        }
    }

    @Override
    public String toString() {
        return "Pail[" + (closed.get() ? "closed" : endpoint()) + "]";
    }

    /** Builds a {@link PailConfig} and starts a server with it. */
    public static final class Builder {
        private String host = PailConfig.DEFAULT_HOST;
        private int port;
        private String region = PailConfig.DEFAULT_REGION;
        private User defaultUser = User.defaultUser();
        private final List<User> otherUsers = new ArrayList<>();
        private Authentication authentication = Authentication.LENIENT;
        private BucketDefaults bucketDefaults = BucketDefaults.CURRENT;
        private final Set<String> buckets = new LinkedHashSet<>();
        private final List<String> baseDomains = new ArrayList<>(List.of("localhost", "s3.localhost"));
        private Clock clock = Clock.systemUTC();
        private Duration dayLength = Duration.ofDays(1);
        private int bodyCaptureLimit = PailConfig.DEFAULT_BODY_CAPTURE_LIMIT;
        private int journalCapacity = PailConfig.DEFAULT_JOURNAL_CAPACITY;
        private long maxStoredBytes = PailConfig.defaultMaxStoredBytes(Runtime.getRuntime().maxMemory());
        private long journalMaxBytes = -1;
        private Latency latency = Latency.none();
        private Duration requestTimeout = PailConfig.DEFAULT_REQUEST_TIMEOUT;
        private Optional<Duration> retryBackoff = Optional.of(PailConfig.DEFAULT_RETRY_BACKOFF);
        private String bucketPrefix = "";

        private Builder() {
        }

        /** The address to bind (default {@code 127.0.0.1}). */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /** The port to bind (default 0: a free port). */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** The region (default {@code us-east-1}). */
        public Builder region(String region) {
            this.region = Objects.requireNonNull(region, "region");
            return this;
        }

        /**
         * The default user's credentials (default {@code pail} / {@code pail-secret}): the user who owns
         * the buckets made at start-up and whose credentials {@link Pail#client()} signs with. Its
         * canonical id, display name, e-mail and account id are derived from the access key id.
         */
        public Builder credentials(String accessKeyId, String secretAccessKey) {
            return defaultUser(User.of(accessKeyId, secretAccessKey));
        }

        /** Replaces the default user (see {@link #credentials(String, String)}) with a fully described one. */
        public Builder defaultUser(User user) {
            this.defaultUser = Objects.requireNonNull(user, "user");
            return this;
        }

        /**
         * Adds a user, its own account, whose canonical id, display name, e-mail and account id are
         * derived from the access key id; repeatable. {@link Pail#clientFor(String)} gives a client
         * that signs as it.
         */
        public Builder user(String accessKeyId, String secretAccessKey) {
            return user(User.of(accessKeyId, secretAccessKey));
        }

        /** Adds a user described in full (see {@link User#builder(String, String)}); repeatable. */
        public Builder user(User user) {
            otherUsers.add(Objects.requireNonNull(user, "user"));
            return this;
        }

        /**
         * How new buckets start out, the configured ones included (default {@link BucketDefaults#CURRENT}:
         * as AWS creates them today; {@link BucketDefaults#LEGACY}: ACLs enabled, no Block Public Access).
         */
        public Builder bucketDefaults(BucketDefaults defaults) {
            this.bucketDefaults = Objects.requireNonNull(defaults, "defaults");
            return this;
        }

        /**
         * How requests are authenticated (default {@link Authentication#LENIENT}: a request signed with
         * a known key is verified, anything else is served as the default user).
         */
        public Builder authentication(Authentication authentication) {
            this.authentication = Objects.requireNonNull(authentication, "authentication");
            return this;
        }

        /**
         * Buckets that exist from the start (and, empty, after every reset).
         *
         * @throws IllegalArgumentException when S3 would refuse the name, naming the rule it breaks
         */
        public Builder bucket(String... names) {
            for (String name : names) {
                Objects.requireNonNull(name, "bucket name");
                BucketNames.problem(name).ifPresent(problem -> {
                    throw new IllegalArgumentException("Invalid bucket name \"" + name + "\": a bucket name " + problem
                            + " (S3's general purpose bucket naming rules)");
                });
                buckets.add(name);
            }
            return this;
        }

        /** Buckets that exist from the start. */
        public Builder buckets(Collection<String> names) {
            names.forEach(this::bucket);
            return this;
        }

        /** Adds a base domain for virtual-hosted-style requests, e.g. {@code s3.test}. */
        public Builder baseDomain(String domain) {
            baseDomains.add(Objects.requireNonNull(domain, "domain"));
            return this;
        }

        /**
         * The clock for every time the server reports and judges (default: the system clock, UTC); the
         * server's {@link Pail#clock()} follows it until a test moves it.
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * How long a day lasts for lifecycle rules ({@code Days}, {@code NoncurrentDays},
         * {@code DaysAfterInitiation}) and restores (default one day). With one second, a rule of
         * {@code Days=1} expires an object one to two seconds after it was written, in real time,
         * rounded as S3 rounds to the next midnight: to the next whole multiple of the day length.
         */
        public Builder dayLength(Duration length) {
            this.dayLength = Objects.requireNonNull(length, "length");
            return this;
        }

        /** How many bytes of each request body the journal keeps (default 64 KiB). */
        public Builder bodyCaptureLimit(int bytes) {
            this.bodyCaptureLimit = bytes;
            return this;
        }

        /** How many requests the journal keeps before dropping the oldest (default 100,000). */
        public Builder journalCapacity(int requests) {
            this.journalCapacity = requests;
            return this;
        }

        /**
         * How many bytes of heap the journal may use for captured bodies and its entries (default: an
         * eighth of {@link #maxStoredBytes(long)}, from 8 MiB to 64 MiB). Past it the journal drops
         * the bodies of the oldest requests first, keeping the entries, then the oldest entries.
         */
        public Builder journalMaxBytes(long bytes) {
            this.journalMaxBytes = bytes;
            return this;
        }

        /**
         * How long a request body may send nothing before the request fails with 400
         * {@code RequestTimeout} and its connection is closed (default 20 s, as on S3). A slow
         * client that keeps sending is served however long it takes.
         */
        public Builder requestTimeout(Duration timeout) {
            this.requestTimeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /**
         * The most object bytes the server holds in memory (default: 60% of the JVM's maximum heap
         * above 64 MiB, see {@link PailConfig#defaultMaxStoredBytes(long)}); writes beyond it fail
         * with 507 {@code InsufficientCapacity}, leaving stored data intact. A delete, overwrite,
         * abort or reset gives its bytes back at once.
         */
        public Builder maxStoredBytes(long bytes) {
            this.maxStoredBytes = bytes;
            return this;
        }

        /**
         * A delay before every request is served, fixed or uniformly random from a seed (default:
         * none), so that tests resemble a network. The wait holds no thread.
         */
        public Builder latency(Latency latency) {
            this.latency = Objects.requireNonNull(latency, "latency");
            return this;
        }

        /**
         * The longest wait before a retry of the clients Pail hands out (default 20 ms): they keep
         * the SDK's retry policy, the same attempts and retryable errors, with an exponential backoff
         * with jitter capped at this, so a test of "S3 throttles twice" takes milliseconds.
         * {@code Duration.ZERO} retries at once.
         */
        public Builder retryBackoff(Duration maximum) {
            this.retryBackoff = Optional.of(Objects.requireNonNull(maximum, "maximum"));
            return this;
        }

        /** The clients Pail hands out back off as the SDK does by default (up to 20 s with throttling). */
        public Builder sdkRetryBackoff() {
            this.retryBackoff = Optional.empty();
            return this;
        }

        /**
         * In contract mode ({@link Pail#connect}), what the clients and {@code seed()} put in front of
         * every bucket name, so that test runs against a shared real store do not collide (default
         * none). An embedded server ignores it.
         */
        public Builder bucketPrefix(String prefix) {
            this.bucketPrefix = Objects.requireNonNull(prefix, "prefix");
            return this;
        }

        /** The configuration. */
        public PailConfig build() {
            long journalBytes = journalMaxBytes == -1 ? PailConfig.defaultJournalMaxBytes(maxStoredBytes) : journalMaxBytes;
            List<User> users = new ArrayList<>();
            users.add(defaultUser);
            otherUsers.stream().filter(u -> !u.accessKeyId().equals(defaultUser.accessKeyId())).forEach(users::add);
            return new PailConfig(host, port, region, users, authentication, bucketDefaults, List.copyOf(buckets),
                    baseDomains, clock, dayLength, bodyCaptureLimit, journalCapacity, journalBytes, maxStoredBytes, latency,
                    requestTimeout, retryBackoff, bucketPrefix);
        }

        /** Starts a server. */
        public Pail start() {
            return Pail.start(build());
        }
    }
}
