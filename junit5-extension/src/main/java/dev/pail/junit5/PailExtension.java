package dev.pail.junit5;

import dev.pail.Pail;
import dev.pail.internal.harness.ContractBuckets;
import dev.pail.internal.harness.StrictMode;
import dev.pail.fault.Latency;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.junit.platform.commons.support.AnnotationSupport;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The JUnit 5 extension behind {@link PailTest}, also usable programmatically:
 *
 * <pre>{@code
 * @RegisterExtension
 * static PailExtension pail = PailExtension.builder().bucket("photos").region("eu-west-1").build();
 * }</pre>
 *
 * <p>A static field (or {@link PailTest}) gives one server per test class, shared by its
 * {@code @Nested} classes; an instance field gives one server per test. Before each test the
 * server is reset to the declared buckets and its journal and fault rules are cleared; tests that
 * share a server take turns, while test classes run in parallel freely. When a test fails, the
 * requests it made are attached to the failure. Clients are created once per server and closed
 * with it. All state lives in JUnit's {@link ExtensionContext.Store}.
 *
 * <p>Contract mode: with {@code -Dpail.endpoint=URL} (and {@code pail.region},
 * {@code pail.accessKeyId}, {@code pail.secretAccessKey}) no server is started; the injected clients
 * talk to that endpoint, declared buckets are created if missing, and journal-based calls such as
 * {@code pail.verify(...)} fail saying they need the embedded server.
 */
public final class PailExtension implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback,
        ParameterResolver, TestExecutionExceptionHandler {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(PailExtension.class);
    private static final String SERVER = "server";

    private final Settings programmatic;
    private volatile Pail current;

    /** The extension as {@link PailTest} registers it: configured by the annotation. */
    public PailExtension() {
        this(null);
    }

    private PailExtension(Settings programmatic) {
        this.programmatic = programmatic;
    }

    /** A builder for a programmatically registered extension. */
    public static Builder builder() {
        return new Builder();
    }

    // ---- accessors for @RegisterExtension users -------------------------------------------------

    /** The server of the test running now (or of the class, for a static field). */
    public Pail pail() {
        Pail pail = current;
        if (pail == null) {
            throw new IllegalStateException("No Pail server yet: it starts before the first test (or before all, "
                    + "for a static field)");
        }
        return pail;
    }

    /** The server's S3 client. */
    public S3Client client() {
        return pail().client();
    }

    /** The server's async S3 client. */
    public S3AsyncClient asyncClient() {
        return pail().asyncClient();
    }

    /** The server's endpoint. */
    public URI endpoint() {
        return pail().endpoint();
    }

    // ---- lifecycle ------------------------------------------------------------------------------

    @Override
    public void beforeAll(ExtensionContext context) {
        ServerHolder holder = find(context).orElseGet(() -> start(context, true));
        current = holder.pail();
        Injection.injectFields(context.getRequiredTestClass(), null, holder.pail());
    }

    @Override
    public void beforeEach(ExtensionContext context) throws InterruptedException {
        ServerHolder holder = find(context).orElseGet(() -> start(context, false));
        holder.acquire();
        current = holder.pail();
        Pail pail = holder.pail();
        if (pail.isEmbedded()) {
            pail.reset();
        } else {
            ContractBuckets.ensure(pail, holder.settings().buckets());
        }
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
            if (holder.settings().strict() && holder.pail().isEmbedded()) {
                failOnUnimplementedOrInternalErrors(holder.pail());
            }
        } finally {
            holder.release();
        }
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
        Optional<ServerHolder> holder = find(context);
        if (holder.isPresent() && holder.get().pail().isEmbedded()) {
            throwable.addSuppressed(new JournalReport(holder.get().pail().requests().toString()));
        }
        throw throwable;
    }

    // ---- parameters -----------------------------------------------------------------------------

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return Injection.supports(parameter.getParameter().getType());
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        ServerHolder holder = find(context).orElseThrow(() -> new ParameterResolutionException(
                "No Pail server is running for " + parameter.getDeclaringExecutable() + ": with an instance-field "
                        + "PailExtension, the server starts before each test, after @BeforeAll methods."));
        return Injection.valueFor(parameter.getParameter().getType(), holder.pail());
    }

    // ---- internals --------------------------------------------------------------------------------

    private Optional<ServerHolder> find(ExtensionContext context) {
        return Optional.ofNullable(context.getStore(NAMESPACE).get(SERVER, ServerHolder.class));
    }

    private ServerHolder start(ExtensionContext context, boolean shared) {
        Settings settings = settings(context);
        Pail pail = ContractMode.endpoint(context)
                .map(endpoint -> ContractMode.connect(endpoint, settings, context))
                .orElseGet(() -> Pail.start(settings.config()));
        ServerHolder holder = new ServerHolder(pail, settings, shared);
        context.getStore(NAMESPACE).put(SERVER, holder);
        return holder;
    }

    private Settings settings(ExtensionContext context) {
        if (programmatic != null) {
            return programmatic;
        }
        for (Class<?> type = context.getRequiredTestClass(); type != null; type = type.getEnclosingClass()) {
            Optional<PailTest> annotation = AnnotationSupport.findAnnotation(type, PailTest.class);
            if (annotation.isPresent()) {
                return Settings.from(annotation.get());
            }
        }
        return Settings.DEFAULTS;
    }

    private static void failOnUnimplementedOrInternalErrors(Pail pail) {
        StrictMode.violations(pail.requests()).ifPresent(message -> {
            throw new AssertionError(message);
        });
    }

    /** Configures a programmatically registered {@link PailExtension}. */
    public static final class Builder {
        private final Set<String> buckets = new LinkedHashSet<>();
        private final List<String> baseDomains = new ArrayList<>();
        private String region = Settings.DEFAULTS.region();
        private int port;
        private boolean strict;
        private int bodyCaptureLimit = Settings.DEFAULTS.bodyCaptureLimit();
        private Latency latency = Latency.none();

        private Builder() {
        }

        /** Buckets that exist, empty, at the start of every test. */
        public Builder bucket(String... names) {
            for (String name : names) {
                buckets.add(Objects.requireNonNull(name, "bucket"));
            }
            return this;
        }

        /** The region. */
        public Builder region(String region) {
            this.region = Objects.requireNonNull(region, "region");
            return this;
        }

        /** The port (0, the default, picks a free one). */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Fail tests that caused 501 or 500 answers. */
        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        /** How many bytes of each request body the journal keeps. */
        public Builder bodyCaptureLimit(int bytes) {
            this.bodyCaptureLimit = bytes;
            return this;
        }

        /** An extra base domain for virtual-hosted-style requests. */
        public Builder baseDomain(String domain) {
            baseDomains.add(Objects.requireNonNull(domain, "domain"));
            return this;
        }

        /** A delay before every request is served, fixed or uniformly random from a seed (default: none). */
        public Builder latency(Latency latency) {
            this.latency = Objects.requireNonNull(latency, "latency");
            return this;
        }

        /** The extension. */
        public PailExtension build() {
            return new PailExtension(new Settings(new ArrayList<>(buckets), region, port, strict, bodyCaptureLimit,
                    Collections.unmodifiableList(baseDomains), latency));
        }
    }
}
