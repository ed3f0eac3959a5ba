package dev.pail.junit5;

import dev.pail.Pail;
import java.util.concurrent.Semaphore;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A Pail kept in JUnit's {@link ExtensionContext.Store}, closed (with its clients) when the
 * context that owns it ends. A server shared by several tests lets one test at a time use it, so
 * that its per-test reset never pulls state from under a concurrently running test of the same class.
 */
@SuppressWarnings("deprecation") // CloseableResource for JUnit before 5.13; AutoCloseable for later ones
final class ServerHolder implements ExtensionContext.Store.CloseableResource, AutoCloseable {

    private final Pail pail;
    private final Settings settings;
    private final boolean shared;
    private final Semaphore turn = new Semaphore(1, true);

    ServerHolder(Pail pail, Settings settings, boolean shared) {
        this.pail = pail;
        this.settings = settings;
        this.shared = shared;
    }

    Pail pail() {
        return pail;
    }

    Settings settings() {
        return settings;
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
        pail.close();
    }
}
