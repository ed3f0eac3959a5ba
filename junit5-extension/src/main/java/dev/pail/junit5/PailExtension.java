package dev.pail.junit5;

import dev.pail.Authentication;
import dev.pail.BucketDefaults;
import dev.pail.Pail;
import dev.pail.Seeder;
import dev.pail.User;
import dev.pail.fault.FaultRule;
import dev.pail.fault.Latency;
import dev.pail.internal.harness.ContractTarget;
import dev.pail.internal.harness.HarnessSettings;
import dev.pail.internal.harness.TestServer;
import dev.pail.recording.RecordedRequest;
import dev.pail.recording.RecordedRequests;
import dev.pail.verify.RequestPattern;
import dev.pail.verify.Times;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.junit.platform.commons.support.AnnotationSupport;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * The JUnit 5 extension behind {@link PailTest}, also usable programmatically, as a handle on its
 * server:
 *
 * <pre>{@code
 * @RegisterExtension
 * static PailExtension pail = PailExtension.builder().bucket("photos").region("eu-west-1").build();
 *
 * @Test
 * void uploads() {
 *     new UploadService(pail.client()).upload("cat.jpg", bytes);
 *     pail.verify(putObject("photos", "cat.jpg"));
 * }
 * }</pre>
 *
 * <p>A static field (or {@link PailTest}) gives one server per test class, shared by its
 * {@code @Nested} classes; an instance field gives one server per test. Before each test the
 * server is reset to the declared buckets, empty, with an empty journal and no fault rules; tests
 * that share a server take turns, while test classes run in parallel freely. When a test fails, the
 * requests it made are attached to the failure (once: a verification failure lists them itself).
 * Clients are created once per server and closed with it. The servers live in JUnit's
 * {@link ExtensionContext.Store}.
 *
 * <p>Parameters are resolved by type; one marked {@link PailInject} gets the client its
 * {@link PailInject#user() user} or {@link PailInject#anonymous() anonymous} attribute asks for.
 *
 * <p>Contract mode: with {@code -Dpail.endpoint=URL} (and {@code pail.region},
 * {@code pail.accessKeyId}, {@code pail.secretAccessKey}, {@code pail.bucketPrefix}) no server is
 * started; the injected clients talk to that endpoint, the declared buckets are created (with the
 * prefix), emptied before each test and deleted after the class, {@code seed()} writes through the
 * S3 API, and a test that needs the journal or fault rules is skipped, saying why.
 */
public final class PailExtension implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback,
        ParameterResolver, TestExecutionExceptionHandler {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(PailExtension.class);
    private static final String SERVER = "server";

    private final HarnessSettings programmatic;
    /** The server of a programmatically registered extension, set once it starts (one server per instance). */
    private final AtomicReference<Pail> started = new AtomicReference<>();

    /** The extension as {@link PailTest} registers it: configured by the annotation. */
    public PailExtension() {
        this(null);
    }

    private PailExtension(HarnessSettings programmatic) {
        this.programmatic = programmatic;
    }

    /** A builder for a programmatically registered extension. */
    public static Builder builder() {
        return new Builder();
    }

    // ---- the handle ---------------------------------------------------------------------------

    /** This extension's server (it starts before all tests for a static field, before each for an instance field). */
    public Pail pail() {
        Pail pail = started.get();
        if (pail == null) {
            throw new IllegalStateException("No Pail server yet: it starts before the first test (before all tests, "
                    + "for a static field)");
        }
        return pail;
    }

    /** The server's S3 client. */
    public S3Client client() {
        return pail().client();
    }

    /** The server's asynchronous S3 client. */
    public S3AsyncClient asyncClient() {
        return pail().asyncClient();
    }

    /** The server's presigner. */
    public S3Presigner presigner() {
        return pail().presigner();
    }

    /** The server's endpoint. */
    public URI endpoint() {
        return pail().endpoint();
    }

    /** The requests of the test so far, in order of arrival; see {@link Pail#requests()}. */
    public RecordedRequests requests() {
        return pail().requests();
    }

    /** Verifies that at least one request matched; see {@link Pail#verify(RequestPattern)}. */
    public void verify(RequestPattern pattern) {
        pail().verify(pattern);
    }

    /** Verifies how many requests matched; see {@link Pail#verify(Times, RequestPattern)}. */
    public void verify(Times times, RequestPattern pattern) {
        pail().verify(times, pattern);
    }

    /** Starts a fault rule; see {@link Pail#when(RequestPattern)}. */
    public FaultRule.When when(RequestPattern pattern) {
        return pail().when(pattern);
    }

    /** Waits for a matching request; see {@link Pail#awaitRequest(RequestPattern, Duration)}. */
    public RecordedRequest awaitRequest(RequestPattern pattern, Duration timeout) {
        return pail().awaitRequest(pattern, timeout);
    }

    /** Waits for the next request; see {@link Pail#takeRequest(Duration)}. */
    public Optional<RecordedRequest> takeRequest(Duration timeout) throws InterruptedException {
        return pail().takeRequest(timeout);
    }

    /** Puts state into the store; see {@link Pail#seed()}. */
    public Seeder seed() {
        return pail().seed();
    }

    // ---- lifecycle ------------------------------------------------------------------------------

    @Override
    public void beforeAll(ExtensionContext context) {
        ServerHolder holder = find(context).orElseGet(() -> start(context, true));
        Injection.injectFields(context.getRequiredTestClass(), null, holder.server().pail());
    }

    @Override
    public void beforeEach(ExtensionContext context) throws InterruptedException {
        ServerHolder holder = find(context).orElseGet(() -> start(context, false));
        holder.acquire();
        Pail pail = holder.server().pail();
        holder.server().beforeEach();
        Injection.injectFields(context.getRequiredTestClass(), null, pail);
        for (Object instance : context.getRequiredTestInstances().getAllInstances()) {
            Injection.injectFields(instance.getClass(), instance, pail);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        ServerHolder holder = find(context).orElse(null);
        if (holder == null) {
            return;
        }
        try {
            if (context.getExecutionException().isEmpty()) {
                holder.server().strictViolations().ifPresent(message -> {
                    throw new AssertionError(message);
                });
            }
        } finally {
            holder.release();
        }
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
        find(context).ifPresent(holder -> holder.server().report(throwable));
        throw throwable;
    }

    // ---- parameters -----------------------------------------------------------------------------

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return Injection.supports(parameter);
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        ServerHolder holder = find(context).orElseThrow(() -> new ParameterResolutionException(
                "No Pail server is running for " + parameter.getDeclaringExecutable() + ": with an instance-field "
                        + "PailExtension, the server starts before each test, after @BeforeAll methods."));
        return Injection.valueFor(parameter, holder.server().pail());
    }

    // ---- internals --------------------------------------------------------------------------------

    private Optional<ServerHolder> find(ExtensionContext context) {
        return Optional.ofNullable(context.getStore(NAMESPACE).get(SERVER, ServerHolder.class));
    }

    private ServerHolder start(ExtensionContext context, boolean shared) {
        HarnessSettings settings = settings(context);
        TestServer server = TestServer.start(settings, ContractTarget.from(context::getConfigurationParameter));
        ServerHolder holder = new ServerHolder(server, shared);
        context.getStore(NAMESPACE).put(SERVER, holder);
        started.set(server.pail());
        return holder;
    }

    private HarnessSettings settings(ExtensionContext context) {
        if (programmatic != null) {
            return programmatic;
        }
        for (Class<?> type = context.getRequiredTestClass(); type != null; type = type.getEnclosingClass()) {
            Optional<PailTest> annotation = AnnotationSupport.findAnnotation(type, PailTest.class);
            if (annotation.isPresent()) {
                try {
                    return HarnessSettings.of(annotation.get());
                } catch (IllegalArgumentException e) {
                    throw new ExtensionConfigurationException("@PailTest on " + type.getName() + ": " + e.getMessage(), e);
                }
            }
        }
        return HarnessSettings.DEFAULTS;
    }

    /**
     * Configures a programmatically registered {@link PailExtension}: the declared buckets, strict
     * mode, users and authentication, and every option of {@link Pail.Builder}
     * ({@link #configure(Consumer)}).
     */
    public static final class Builder {
        private final List<String> buckets = new ArrayList<>();
        private final List<Consumer<Pail.Builder>> options = new ArrayList<>();
        private boolean strict;

        private Builder() {
        }

        /**
         * Buckets that exist, empty, at the start of every test.
         *
         * @throws IllegalArgumentException when S3 would refuse a name, naming the rule
         */
        public Builder bucket(String... names) {
            Pail.builder().bucket(names);
            buckets.addAll(List.of(names));
            return this;
        }

        /** The region. */
        public Builder region(String region) {
            Objects.requireNonNull(region, "region");
            return configure(b -> b.region(region));
        }

        /** The port (0, the default, picks a free one). */
        public Builder port(int port) {
            return configure(b -> b.port(port));
        }

        /**
         * How requests are authenticated (default {@link Authentication#LENIENT}); with
         * {@link Authentication#STRICT}, unknown keys are refused and unsigned requests are anonymous.
         */
        public Builder authentication(Authentication authentication) {
            Objects.requireNonNull(authentication, "authentication");
            return configure(b -> b.authentication(authentication));
        }

        /** How new buckets start out (default {@link BucketDefaults#CURRENT}; see {@link BucketDefaults}). */
        public Builder bucketDefaults(BucketDefaults defaults) {
            Objects.requireNonNull(defaults, "defaults");
            return configure(b -> b.bucketDefaults(defaults));
        }

        /**
         * Adds a user, its own account, whose identity is derived from the access key id; repeatable.
         * The default user stays {@code pail} / {@code pail-secret} and owns the declared buckets;
         * {@code @PailInject(user = accessKeyId)} (or {@code pail().clientFor(accessKeyId)}) gives a
         * client that signs as the new user.
         */
        public Builder user(String accessKeyId, String secretAccessKey) {
            return user(User.of(accessKeyId, secretAccessKey));
        }

        /** Adds a user described in full (see {@link User#builder(String, String)}); repeatable. */
        public Builder user(User user) {
            Objects.requireNonNull(user, "user");
            return configure(b -> b.user(user));
        }

        /** Fail tests that caused 501 or 500 answers of Pail's own. */
        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        /** How many bytes of each request body the journal keeps. */
        public Builder bodyCaptureLimit(int bytes) {
            return configure(b -> b.bodyCaptureLimit(bytes));
        }

        /** An extra base domain for virtual-hosted-style requests. */
        public Builder baseDomain(String domain) {
            Objects.requireNonNull(domain, "domain");
            return configure(b -> b.baseDomain(domain));
        }

        /** A delay before every request is served, fixed or uniformly random from a seed (default: none). */
        public Builder latency(Latency latency) {
            Objects.requireNonNull(latency, "latency");
            return configure(b -> b.latency(latency));
        }

        /**
         * Any option of {@link Pail.Builder}, applied after the ones above, e.g.
         * {@code configure(b -> b.maxStoredBytes(64 << 20).retryBackoff(Duration.ZERO))}.
         */
        public Builder configure(Consumer<Pail.Builder> option) {
            options.add(Objects.requireNonNull(option, "option"));
            return this;
        }

        /** The extension. */
        public PailExtension build() {
            List<Consumer<Pail.Builder>> applied = List.copyOf(options);
            return new PailExtension(new HarnessSettings(buckets, strict, b -> applied.forEach(o -> o.accept(b))));
        }
    }
}
