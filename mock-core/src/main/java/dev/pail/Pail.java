package dev.pail;

import dev.pail.client.PailClients;
import dev.pail.internal.server.PailServer;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
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
 * <p>Thread-safe. {@link #close()} stops the server and closes the clients it handed out; it may be
 * called more than once.
 */
public final class Pail implements AutoCloseable {

    private final PailConfig config;
    private final PailServer server;
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile PailClients clients;

    private Pail(PailConfig config) {
        this.config = config;
        this.server = PailServer.start(config);
    }

    /** A builder with the defaults: 127.0.0.1, a free port, us-east-1, no buckets. */
    public static Builder builder() {
        return new Builder();
    }

    /** Starts a server with this configuration. */
    public static Pail start(PailConfig config) {
        return new Pail(Objects.requireNonNull(config, "config"));
    }

    /** The configuration the server runs with (its {@code port} is the one asked for, maybe 0). */
    public PailConfig config() {
        return config;
    }

    /** The port the server listens on. */
    public int port() {
        return server.port();
    }

    /** The host name clients should use. */
    public String host() {
        return server.host();
    }

    /** The region of the server's buckets and clients. */
    public String region() {
        return config.region();
    }

    /** The endpoint to give S3 clients, e.g. {@code http://127.0.0.1:54321}. */
    public URI endpoint() {
        return server.endpoint();
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
        } finally {
            server.stop();
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
        private String accessKeyId = PailConfig.DEFAULT_ACCESS_KEY_ID;
        private String secretAccessKey = PailConfig.DEFAULT_SECRET_ACCESS_KEY;
        private final Set<String> buckets = new LinkedHashSet<>();
        private final List<String> baseDomains = new ArrayList<>(List.of("localhost", "s3.localhost"));
        private Clock clock = Clock.systemUTC();

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

        /** The credentials handed to clients. */
        public Builder credentials(String accessKeyId, String secretAccessKey) {
            this.accessKeyId = Objects.requireNonNull(accessKeyId, "accessKeyId");
            this.secretAccessKey = Objects.requireNonNull(secretAccessKey, "secretAccessKey");
            return this;
        }

        /** Buckets that exist from the start. */
        public Builder bucket(String... names) {
            for (String name : names) {
                buckets.add(Objects.requireNonNull(name, "bucket name"));
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

        /** The clock for every time the server reports (default: the system clock, UTC). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** The configuration. */
        public PailConfig build() {
            return new PailConfig(host, port, region, accessKeyId, secretAccessKey, List.copyOf(buckets),
                    baseDomains, clock);
        }

        /** Starts a server. */
        public Pail start() {
            return Pail.start(build());
        }
    }
}
