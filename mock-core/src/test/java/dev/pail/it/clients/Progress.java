package dev.pail.it.clients;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.transfer.s3.model.TransferObjectRequest;
import software.amazon.awssdk.transfer.s3.progress.TransferListener;

/**
 * A {@link TransferListener} that remembers what it was told, per transfer: initiations,
 * completions, failures, and the most bytes and the total each transfer reported. One instance may
 * listen to the many transfers of a directory.
 */
final class Progress implements TransferListener {

    final AtomicInteger initiated = new AtomicInteger();
    final AtomicInteger completed = new AtomicInteger();
    final AtomicInteger failed = new AtomicInteger();
    private final Map<TransferObjectRequest, Long> transferred = new ConcurrentHashMap<>();
    private final Map<TransferObjectRequest, Long> totals = new ConcurrentHashMap<>();
    private final CountDownLatch finished;

    /** @param transfers how many transfers will report to this listener */
    Progress(int transfers) {
        this.finished = new CountDownLatch(transfers);
    }

    @Override
    public void transferInitiated(Context.TransferInitiated context) {
        initiated.incrementAndGet();
        context.progressSnapshot().totalBytes().ifPresent(total -> totals.put(context.request(), total));
    }

    @Override
    public void bytesTransferred(Context.BytesTransferred context) {
        note(context.request(), context.progressSnapshot().transferredBytes());
        context.progressSnapshot().totalBytes().ifPresent(total -> totals.put(context.request(), total));
    }

    @Override
    public void transferComplete(Context.TransferComplete context) {
        note(context.request(), context.progressSnapshot().transferredBytes());
        completed.incrementAndGet();
        finished.countDown();
    }

    @Override
    public void transferFailed(Context.TransferFailed context) {
        failed.incrementAndGet();
        finished.countDown();
    }

    private void note(TransferObjectRequest request, long bytes) {
        transferred.merge(request, bytes, Math::max);
    }

    /**
     * Waits until every transfer reported completion or failure. The SDK calls the listener after
     * the transfer's future completes, on another thread, so a test must wait for it.
     *
     * @return false if that did not happen in time
     */
    boolean awaitFinished(Duration timeout) throws InterruptedException {
        return finished.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The bytes reported transferred, summed over the transfers. */
    long bytesTransferred() {
        return transferred.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The totals the transfers announced, summed. */
    long totalBytes() {
        return totals.values().stream().mapToLong(Long::longValue).sum();
    }
}
