package dev.pail.internal.harness;

import dev.pail.Pail;
import dev.pail.PailConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One test class's Pail as both frameworks run it: started (or, in contract mode, connected) once,
 * brought back to the declared, empty buckets with an empty journal and no fault rules before each
 * test, checked after each test in strict mode, and closed when the class is done (in contract
 * mode, deleting the buckets it created).
 */
public final class TestServer implements AutoCloseable {

    private final Pail pail;
    private final HarnessSettings settings;
    private final List<String> created = new ArrayList<>();

    private TestServer(Pail pail, HarnessSettings settings) {
        this.pail = pail;
        this.settings = settings;
    }

    /** Starts an embedded server, or connects to the contract target when there is one. */
    public static TestServer start(HarnessSettings settings, Optional<ContractTarget> contract) {
        PailConfig config = settings.config();
        if (contract.isEmpty()) {
            return new TestServer(Pail.start(config), settings);
        }
        ContractTarget target = contract.get();
        Pail.Builder remoteBuilder = Pail.builder().region(target.region().orElse(config.region()))
                .credentials(target.accessKeyId(), target.secretAccessKey()).bucketPrefix(target.bucketPrefix())
                .buckets(settings.buckets());
        config.users().stream().skip(1).forEach(remoteBuilder::user); // the declared users, for clientFor(..)
        PailConfig remote = remoteBuilder.build();
        TestServer server = new TestServer(Pail.connect(target.endpoint(), remote), settings);
        server.created.addAll(ContractBuckets.ensure(server.pail.client(), settings.buckets()));
        return server;
    }

    /** The handle tests get. */
    public Pail pail() {
        return pail;
    }

    /** The settings. */
    public HarnessSettings settings() {
        return settings;
    }

    /** Before each test: the declared buckets, empty; no recorded requests, no fault rules. */
    public void beforeEach() {
        if (!pail.isEmbedded()) {
            created.addAll(ContractBuckets.ensure(pail.client(), settings.buckets()));
        }
        pail.reset();
    }

    /** After a test that passed: what strict mode objects to, if it is on and anything is wrong. */
    public Optional<String> strictViolations() {
        if (!settings.strict() || !pail.isEmbedded()) {
            return Optional.empty();
        }
        return StrictMode.violations(pail.requests());
    }

    /** Adds the test's requests to its failure. */
    public void report(Throwable failure) {
        JournalReport.attach(failure, pail);
    }

    @Override
    public void close() {
        try {
            if (!pail.isEmbedded() && !created.isEmpty()) {
                ContractBuckets.delete(pail.client(), created);
            }
        } finally {
            pail.close();
        }
    }
}
