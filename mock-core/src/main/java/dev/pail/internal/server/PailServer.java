package dev.pail.internal.server;

import dev.pail.PailConfig;
import dev.pail.S3Operation;
import dev.pail.internal.auth.UserDirectory;
import dev.pail.internal.events.EventLog;
import dev.pail.internal.handler.HandlerContext;
import dev.pail.internal.handler.events.AccessLogs;
import dev.pail.internal.handler.events.LifecycleSweeper;
import dev.pail.internal.handler.bucket.NewBuckets;
import dev.pail.internal.handler.Handlers;
import dev.pail.internal.handler.OperationHandler;
import dev.pail.internal.recording.Journal;
import dev.pail.internal.store.MemoryBudget;
import dev.pail.internal.store.Store;
import dev.pail.internal.xml.XmlCodec;
import io.undertow.UndertowOptions;
import io.undertow.server.HttpHandler;
import io.undertow.server.handlers.HttpContinueReadHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;
import org.xnio.OptionMap;
import org.xnio.Options;

/**
 * Boots Undertow for one Pail: binds the listener, composes the pipeline
 * (record, then fault, then error boundary, then resolve, authenticate and dispatch) and owns the store, the journal and the
 * fault rules. Start-up does no work proportional to
 * anything: the JAXB context warms up in the background.
 */
public final class PailServer {

    static {
        LibraryLogging.quiet();
    }

    /**
     * Worker threads: a few kept, more started under load. Bodies are read in blocking mode, so a
     * client that stalls mid-upload holds a thread until the request timeout; the pool grows
     * instead of making everyone else wait behind it (measured: 40 stalled uploads, another client
     * served in milliseconds).
     */
    static final int WORKER_THREADS_CORE = 8;
    static final int WORKER_THREADS_MAX = 512;

    private final HttpListener listener;
    private final MemoryBudget budget;
    private final Journal journal;
    private final EventLog events = new EventLog(10_000);
    private final FaultRegistry faults = new FaultRegistry();
    private final PailConfig config;
    private final int port;
    private final UserDirectory users;
    private volatile Epoch epoch;
    /** What applies when time passes (lifecycle rules, expiring restores), given the current epoch. */
    private final TimeKeeper timeKeeper;

    private PailServer(PailConfig config) {
        this.config = config;
        this.budget = new MemoryBudget(config.maxStoredBytes());
        this.journal = new Journal(config.journalCapacity(), config.journalMaxBytes());
        this.users = new UserDirectory(config.users());
        this.epoch = newEpoch();
        XmlCodec.warmUpInBackground();
        this.listener = listen(config, new HttpContinueReadHandler(new UndertowAdapter(() -> epoch, config)));
        this.port = listener.address().getPort();
        this.timeKeeper = TimeKeeper.start(config.dayLength(), this::sweep, this::flushAccessLogs);
    }

    /** Starts listening; a port in use is one clear sentence naming the address, not a stack of causes. */
    private static HttpListener listen(PailConfig config, HttpHandler root) {
        OptionMap workerOptions = OptionMap.builder()
                .set(Options.WORKER_IO_THREADS, 2)
                .set(Options.WORKER_TASK_CORE_THREADS, WORKER_THREADS_CORE)
                .set(Options.WORKER_TASK_MAX_THREADS, WORKER_THREADS_MAX)
                .getMap();
        OptionMap serverOptions = OptionMap.builder()
                .set(UndertowOptions.NO_REQUEST_TIMEOUT, 60_000)
                .set(UndertowOptions.REQUEST_PARSE_TIMEOUT, (int) config.requestTimeout().toMillis())
                .set(UndertowOptions.DECODE_URL, false)
                .set(UndertowOptions.ALLOW_UNESCAPED_CHARACTERS_IN_URL, true)
                .set(UndertowOptions.ALWAYS_SET_DATE, false) // ResponseWriter sets it, from the clock
                .set(UndertowOptions.MAX_PARAMETERS, 10_000)
                .set(UndertowOptions.MAX_HEADERS, 1_000)
                .set(UndertowOptions.MAX_ENTITY_SIZE, -1L)
                .getMap();
        try {
            return HttpListener.start(config.host(), config.port(), root, workerOptions, serverOptions, config.clock());
        } catch (BindException e) {
            throw new IllegalStateException("Pail cannot listen on " + config.host() + ":" + config.port() + ": "
                    + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Pail cannot listen on " + config.host() + ":" + config.port(), e);
        }
    }

    /** A fresh store with the configured buckets, the pipeline over it, and the journal's current generation. */
    private Epoch newEpoch() {
        Store store = new Store(budget);
        HandlerContext context = new HandlerContext(store, config.clock(), config.region(), users, config.authentication(),
                config.bucketDefaults(), events, config.dayLength());
        Map<S3Operation, OperationHandler> handlers = Handlers.all(context);
        AccessLogs accessLogs = new AccessLogs(context);
        ExchangeHandler pipeline = new RecordingStage(new AccessLogStage(new FaultStage(
                new ErrorBoundary(new Dispatcher(handlers, config.baseDomains(), context)), faults, config.baseDomains()),
                accessLogs, context), journal);
        for (String bucket : config.buckets()) {
            NewBuckets.applyDefaults(store.createBucket(bucket, config.region(), context.now()), context);
        }
        return new Epoch(store, context, pipeline, journal.generation(), accessLogs);
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

    /** The store requests arriving now are served from. */
    public Store store() {
        return epoch.store();
    }

    /** The handler context of the current store. */
    public HandlerContext context() {
        return epoch.context();
    }


    /** The request journal. */
    public Journal journal() {
        return journal;
    }

    /** The event notifications. */
    public EventLog events() {
        return events;
    }

    /** The fault rules. */
    public FaultRegistry faults() {
        return faults;
    }

    /**
     * Back to the initial state: the configured buckets, empty, an empty journal and no fault rules.
     * A wall: once it returns, no request that arrived before it changes what is served or appears
     * in the journal (such requests finish against the discarded store and fail there).
     */
    public synchronized void reset() {
        faults.clear();
        events.clear();
        journal.reset();
        Epoch previous = epoch;
        epoch = newEpoch();
        previous.store().discard();
    }

    /** Forgets the recorded requests; requests in flight are not recorded when they finish. */
    public synchronized void resetRequests() {
        journal.reset();
        epoch = epoch.recordedIn(journal.generation());
    }

    /**
     * The clock was moved by a test: what depends on time is applied now, before the move returns.
     * Runs on the thread that moved the clock.
     */
    public void clockMoved() {
        sweep();
    }

    /** Applies what is due now: lifecycle actions, the end of restored copies. */
    public void sweep() {
        LifecycleSweeper.sweep(epoch.context());
    }

    /**
     * Delivers the server access log records waiting, as log objects in the target buckets.
     *
     * @return how many log objects were written
     */
    public int flushAccessLogs() {
        return epoch.accessLogs().flush();
    }

    /** Stops listening and releases the threads. */
    public void stop() {
        timeKeeper.stop();
        events.close();
        listener.stop();
    }
}
