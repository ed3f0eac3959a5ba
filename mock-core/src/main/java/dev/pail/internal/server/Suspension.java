package dev.pail.internal.server;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.SameThreadExecutor;
import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xnio.IoUtils;

/**
 * Waits without holding a thread: the exchange is suspended (dispatched to nothing when the current
 * handler returns), a timer on its IO thread fires after the delay, and the exchange resumes on a
 * worker thread. A waiting request costs a timer entry, not an IO or worker thread, so any number
 * of requests may wait while others are served.
 */
final class Suspension {

    private static final Logger LOG = LoggerFactory.getLogger(Suspension.class);

    private Suspension() {
    }

    /**
     * Resumes the exchange with {@code then} on a worker thread after {@code delay}. Call it from a
     * handler that returns right after (on the IO thread or a worker thread), and touch the exchange
     * no more until {@code then} runs.
     */
    static void resumeAfter(HttpServerExchange exchange, Duration delay, HttpHandler then) {
        long millis = toMillisRoundingUp(delay);
        exchange.dispatch(SameThreadExecutor.INSTANCE, () -> exchange.getIoThread().executeAfter(
                () -> resume(exchange, then), millis, TimeUnit.MILLISECONDS));
    }

    private static void resume(HttpServerExchange exchange, HttpHandler then) {
        try {
            exchange.dispatch(exchange.getConnection().getWorker(), then);
        } catch (RejectedExecutionException e) {
            LOG.debug("a delayed request could not resume: the server is stopping", e);
            IoUtils.safeClose(exchange.getConnection());
        }
    }

    static long toMillisRoundingUp(Duration delay) {
        long millis = delay.toMillis();
        return delay.minusMillis(millis).isZero() ? millis : millis + 1;
    }
}
