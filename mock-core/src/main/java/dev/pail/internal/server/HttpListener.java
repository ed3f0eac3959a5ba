package dev.pail.internal.server;

import io.undertow.UndertowOptions;
import io.undertow.connector.ByteBufferPool;
import io.undertow.server.DefaultByteBufferPool;
import io.undertow.server.HttpHandler;
import io.undertow.server.protocol.http.HttpOpenListener;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import org.xnio.ChannelListener;
import org.xnio.ChannelListeners;
import org.xnio.IoUtils;
import org.xnio.OptionMap;
import org.xnio.Options;
import org.xnio.StreamConnection;
import org.xnio.Xnio;
import org.xnio.XnioWorker;
import org.xnio.channels.AcceptingChannel;

/**
 * Undertow's HTTP/1.1 listener, bootstrapped here rather than by {@code Undertow.builder()} so that
 * every connection's output passes through {@link BareErrorConduit} first: requests Undertow's
 * parser refuses (a malformed Content-Length, an unparsable request line or header) get S3's XML
 * error, not Undertow's empty 400.
 */
final class HttpListener {

    private final XnioWorker worker;
    private final AcceptingChannel<StreamConnection> channel;

    private HttpListener(XnioWorker worker, AcceptingChannel<StreamConnection> channel) {
        this.worker = worker;
        this.channel = channel;
    }

    /**
     * Binds and starts accepting.
     *
     * @param workerOptions XNIO worker options (threads)
     * @param serverOptions Undertow's server options
     */
    static HttpListener start(String host, int port, HttpHandler root, OptionMap workerOptions,
                              OptionMap serverOptions, Clock clock) throws IOException {
        XnioWorker worker = Xnio.getInstance(HttpListener.class.getClassLoader()).createWorker(OptionMap.builder()
                .set(Options.CONNECTION_HIGH_WATER, 1_000_000)
                .set(Options.CONNECTION_LOW_WATER, 1_000_000)
                .set(Options.TCP_NODELAY, true)
                .set(Options.CORK, true)
                .addAll(workerOptions)
                .getMap());
        try {
            HttpOpenListener open = new HttpOpenListener(buffers(), OptionMap.builder()
                    .set(UndertowOptions.BUFFER_PIPELINED_DATA, true)
                    .addAll(serverOptions)
                    .getMap());
            open.setRootHandler(root);
            ChannelListener<StreamConnection> wrapping = connection -> {
                BareErrorConduit.install(connection, clock);
                open.handleEvent(connection);
            };
            AcceptingChannel<StreamConnection> channel = worker.createStreamConnectionServer(
                    new InetSocketAddress(host, port), ChannelListeners.openListenerAdapter(wrapping), OptionMap.builder()
                            .set(Options.WORKER_IO_THREADS, worker.getIoThreadCount())
                            .set(Options.TCP_NODELAY, true)
                            .set(Options.REUSE_ADDRESSES, true)
                            .set(Options.BALANCING_TOKENS, 1)
                            .set(Options.BALANCING_CONNECTIONS, 2)
                            .set(Options.BACKLOG, 1000)
                            .getMap());
            channel.resumeAccepts();
            return new HttpListener(worker, channel);
        } catch (IOException | RuntimeException e) {
            worker.shutdownNow();
            throw e;
        }
    }

    /** Undertow's own choice: 16 KiB direct buffers, smaller ones on a small heap. */
    private static ByteBufferPool buffers() {
        long heap = Runtime.getRuntime().maxMemory();
        if (heap < 64L << 20) {
            return new DefaultByteBufferPool(false, 512, -1, 4);
        }
        if (heap < 128L << 20) {
            return new DefaultByteBufferPool(true, 1024, -1, 4);
        }
        return new DefaultByteBufferPool(true, 16 * 1024 - 20, -1, 4);
    }

    /** The bound address. */
    InetSocketAddress address() {
        return channel.getLocalAddress(InetSocketAddress.class);
    }

    /** Stops accepting and ends the worker, waiting for its threads. */
    void stop() {
        IoUtils.safeClose(channel);
        worker.shutdown();
        try {
            worker.awaitTermination();
        } catch (InterruptedException e) {
            worker.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
