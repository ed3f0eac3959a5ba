package dev.pail.internal.server;

import dev.pail.PailConfig;
import dev.pail.S3Operation;
import dev.pail.internal.handler.HandlerContext;
import dev.pail.internal.handler.Handlers;
import dev.pail.internal.handler.OperationHandler;
import dev.pail.internal.recording.Journal;
import dev.pail.internal.store.MemoryBudget;
import dev.pail.internal.store.Store;
import dev.pail.internal.xml.XmlCodec;
import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import io.undertow.server.handlers.HttpContinueReadHandler;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Boots Undertow for one Pail: binds the listener, composes the pipeline
 * (record, then fault, then error boundary, then dispatch) and owns the store, the journal and the
 * fault rules. Start-up does no work proportional to
 * anything: the JAXB context warms up in the background.
 */
public final class PailServer {

    private static final Logger[] QUIETED = quietLibraryLogging();

    private final Undertow undertow;
    private final Store store;
    private final Journal journal;
    private final FaultRegistry faults = new FaultRegistry();
    private final HandlerContext context;
    private final PailConfig config;
    private final int port;

    private PailServer(PailConfig config) {
        this.config = config;
        this.store = new Store(new MemoryBudget(config.maxStoredBytes()));
        this.context = new HandlerContext(store, config.clock(), config.region(), OWNER_ID, OWNER_NAME);
        Map<S3Operation, OperationHandler> handlers = Handlers.all(context);
        this.journal = new Journal(config.journalCapacity());
        ExchangeHandler pipeline = new RecordingStage(new FaultStage(
                new ErrorBoundary(new Dispatcher(handlers, config.baseDomains())), faults, config.baseDomains()), journal);
        this.undertow = Undertow.builder()
                .addHttpListener(config.port(), config.host())
                .setIoThreads(2)
                .setWorkerThreads(32)
                .setServerOption(UndertowOptions.DECODE_URL, false)
                .setServerOption(UndertowOptions.ALLOW_UNESCAPED_CHARACTERS_IN_URL, true)
                .setServerOption(UndertowOptions.ALWAYS_SET_DATE, true)
                .setServerOption(UndertowOptions.MAX_PARAMETERS, 10_000)
                .setServerOption(UndertowOptions.MAX_HEADERS, 1_000)
                .setServerOption(UndertowOptions.MAX_ENTITY_SIZE, -1L)
                .setHandler(new HttpContinueReadHandler(
                        new UndertowAdapter(pipeline, config.clock(), journal, config.bodyCaptureLimit(),
                                config.latency())))
                .build();
        XmlCodec.warmUpInBackground();
        undertow.start();
        this.port = ((InetSocketAddress) undertow.getListenerInfo().get(0).getAddress()).getPort();
        createConfiguredBuckets();
    }

    private void createConfiguredBuckets() {
        for (String bucket : config.buckets()) {
            store.createBucket(bucket, config.region(), context.now());
        }
    }

    /** The canonical id of the owner of every bucket and object. */
    public static final String OWNER_ID = "75aa57f09aa0c8caeab4f8c24e99d10f8e7faeebf76c078efc7c6caea54ba06a";
    /** The owner's display name. */
    public static final String OWNER_NAME = "pail";

    /** Binds and starts a server. */
    public static PailServer start(PailConfig config) {
        return new PailServer(config);
    }

    /** The bound port. */
    public int port() {
        return port;
    }

    /** The host clients should connect to. */
    public String host() {
        String host = config.host();
        return host.equals("0.0.0.0") || host.equals("::") ? "127.0.0.1" : host;
    }

    /** The endpoint URI. */
    public URI endpoint() {
        String host = host();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port);
    }

    /** The store. */
    public Store store() {
        return store;
    }

    /** The handler context. */
    public HandlerContext context() {
        return context;
    }

    /** The request journal. */
    public Journal journal() {
        return journal;
    }

    /** The fault rules. */
    public FaultRegistry faults() {
        return faults;
    }

    /** Back to the initial state: the configured buckets, empty, an empty journal and no fault rules. */
    public synchronized void reset() {
        faults.clear();
        store.clear();
        createConfiguredBuckets();
        journal.reset();
    }

    /** Stops listening and releases the threads. */
    public void stop() {
        undertow.stop();
    }

    /** Undertow and XNIO announce themselves at INFO through JUL; keep them quiet unless configured. */
    private static Logger[] quietLibraryLogging() {
        String[] names = {"org.xnio", "org.xnio.nio", "io.undertow", "org.jboss.threads"};
        Logger[] loggers = new Logger[names.length];
        for (int i = 0; i < names.length; i++) {
            loggers[i] = Logger.getLogger(names[i]);
            if (loggers[i].getLevel() == null) {
                loggers[i].setLevel(Level.WARNING);
            }
        }
        return loggers;
    }
}
