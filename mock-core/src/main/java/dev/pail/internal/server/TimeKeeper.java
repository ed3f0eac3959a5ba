package dev.pail.internal.server;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What S3 does in wall time, on one daemon thread: the lifecycle sweep, a few times per day of the
 * configured length (at most every minute, at least every 50 ms), and the delivery of access logs
 * every minute. Moving the test clock sweeps at once besides, on the thread that moved it.
 */
final class TimeKeeper {

    private static final Logger LOG = LoggerFactory.getLogger(TimeKeeper.class);
    private static final Duration LOG_DELIVERY = Duration.ofMinutes(1);

    private final ScheduledExecutorService executor;

    private TimeKeeper(ScheduledExecutorService executor) {
        this.executor = executor;
    }

    static TimeKeeper start(Duration dayLength, Runnable sweep, Runnable deliverLogs) {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "pail-time");
            thread.setDaemon(true);
            return thread;
        });
        long sweepMillis = Math.max(50, Math.min(Duration.ofMinutes(1).toMillis(), dayLength.toMillis() / 4));
        executor.scheduleWithFixedDelay(guarded(sweep), sweepMillis, sweepMillis, TimeUnit.MILLISECONDS);
        long deliveryMillis = LOG_DELIVERY.toMillis();
        executor.scheduleWithFixedDelay(guarded(deliverLogs), deliveryMillis, deliveryMillis, TimeUnit.MILLISECONDS);
        return new TimeKeeper(executor);
    }

    /** A task that logs what it throws instead of ending the schedule. */
    private static Runnable guarded(Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.warn("scheduled work failed", e);
            }
        };
    }

    void stop() {
        executor.shutdownNow();
    }
}
