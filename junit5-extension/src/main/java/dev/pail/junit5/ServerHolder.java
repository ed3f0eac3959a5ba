package dev.pail.junit5;

import dev.pail.internal.harness.TestServer;
import java.util.concurrent.Semaphore;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A {@link TestServer} kept in JUnit's {@link ExtensionContext.Store}, closed (with its clients)
 * when the context that owns it ends. A server shared by several tests lets one test at a time use
 * it, so that its per-test reset never pulls state from under a concurrently running test of the
 * same class.
 */
@SuppressWarnings("deprecation") // CloseableResource for JUnit before 5.13; AutoCloseable for later ones
final class ServerHolder implements ExtensionContext.Store.CloseableResource, AutoCloseable {

    private final TestServer server;
    private final boolean shared;
    private final Semaphore turn = new Semaphore(1, true);

    ServerHolder(TestServer server, boolean shared) {
        this.server = server;
        this.shared = shared;
    }

    TestServer server() {
        return server;
    }

    /** Waits for this test's turn on a shared server. */
    void acquire() throws InterruptedException {
        if (shared) {
            turn.acquire();
        }
    }

    /** Ends this test's turn. */
    void release() {
        if (shared) {
            turn.release();
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
