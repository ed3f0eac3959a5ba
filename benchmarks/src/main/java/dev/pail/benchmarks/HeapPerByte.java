package dev.pail.benchmarks;

import dev.pail.Pail;
import dev.pail.client.PailClients;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import software.amazon.awssdk.core.async.AsyncRequestBody;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Heap used per stored byte: the used heap after a full collection, before and after storing
 * objects through the SDK, divided by the bytes stored. Large objects go up as single PutObjects
 * and as multipart uploads (8 MiB parts); small ones as many 10 KiB and 100 KiB PutObjects. The
 * amounts follow the heap, filling about three quarters of Pail's default store cap, so the same
 * main measures small and large heaps. Each figure is given with the request journal as it is
 * after the uploads (it copies up to 64 KiB of each request's body, within its own byte budget)
 * and after {@code resetRequests()}, which leaves the store alone.
 *
 * <pre>mvn -B -q -DskipTests install &amp;&amp; mvn -B -q -pl benchmarks exec:exec \
 *     -Dbenchmark.main=dev.pail.benchmarks.HeapPerByte -Dbenchmark.jvm=-Xmx256m</pre>
 *
 * <p>Not a JMH benchmark: it measures memory, once, in its own JVM.
 */
public final class HeapPerByte {

    private static final int MIB = 1 << 20;
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private HeapPerByte() {
    }

    /** Runs the measurements and prints one line per scenario. */
    public static void main(String[] args) throws Exception {
        long cap = dev.pail.PailConfig.defaultMaxStoredBytes(Runtime.getRuntime().maxMemory());
        System.out.printf("max heap %d MiB, store cap %d MiB, %s%n", Runtime.getRuntime().maxMemory() / MIB, cap / MIB,
                ManagementFactory.getGarbageCollectorMXBeans().stream().map(b -> b.getName()).toList());
        long fill = cap * 3 / 4;
        int largeSize = (int) Math.max(MIB, Math.min(64L * MIB, Long.highestOneBit(cap / 8)));
        int largeCount = (int) (fill / largeSize);
        Path file = randomFile(largeSize);
        try {
            large(largeCount + " x " + largeSize / MIB + " MiB, PutObject", largeCount, file, false);
            large(largeCount + " x " + largeSize / MIB + " MiB, multipart (8 MiB parts)", largeCount, file, true);
            int tenK = (int) Math.min(20_000, fill / 2 / (10 * 1024));
            small(tenK + " x 10 KiB, PutObject", tenK, 10 * 1024);
            int hundredK = (int) Math.min(10_000, fill / (100 * 1024));
            small(hundredK + " x 100 KiB, PutObject", hundredK, 100 * 1024);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void large(String name, int count, Path file, boolean multipart) throws IOException {
        try (Pail pail = Pail.builder().bucket("heap").start();
             S3Client sync = PailClients.s3Builder(pail.endpoint(), pail.config()).build();
             S3AsyncClient async = PailClients.s3AsyncBuilder(pail.endpoint(), pail.config()).multipartEnabled(true).build()) {
            warmUp(pail, sync);
            long before = usedAfterGc();
            for (int i = 0; i < count; i++) {
                String key = "large-" + i;
                if (multipart) {
                    async.putObject(b -> b.bucket("heap").key(key), AsyncRequestBody.fromFile(file)).join();
                } else {
                    sync.putObject(b -> b.bucket("heap").key(key), RequestBody.fromFile(file));
                }
            }
            report(name, pail, before, (long) count * Files.size(file));
        }
    }

    private static void small(String name, int count, int size) {
        try (Pail pail = Pail.builder().bucket("heap").start();
             S3Client sync = PailClients.s3Builder(pail.endpoint(), pail.config()).build()) {
            warmUp(pail, sync);
            byte[] bytes = new byte[size];
            new SplittableRandom(7).nextBytes(bytes);
            long before = usedAfterGc();
            for (int i = 0; i < count; i++) {
                String key = String.format("small/%08d", i);
                sync.putObject(b -> b.bucket("heap").key(key), RequestBody.fromBytes(bytes));
            }
            report(name, pail, before, (long) count * size);
        }
    }

    /** Loads the classes and connections the measured uploads use, so they are not counted. */
    private static void warmUp(Pail pail, S3Client sync) {
        for (int i = 0; i < 200; i++) {
            sync.putObject(b -> b.bucket("heap").key("warm-up"), RequestBody.fromString("warm-up"));
        }
        sync.deleteObject(b -> b.bucket("heap").key("warm-up"));
        pail.resetRequests();
    }

    private static void report(String name, Pail pail, long before, long stored) {
        long withJournal = usedAfterGc() - before;
        pail.resetRequests();
        long storeOnly = usedAfterGc() - before;
        System.out.printf("%-40s stored %6d MiB  heap/byte %.3f with the journal, %.3f store only%n",
                name, stored / MIB, (double) withJournal / stored, (double) storeOnly / stored);
    }

    /** The used heap after full collections, once it stops shrinking. */
    private static long usedAfterGc() {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            MEMORY.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            used = Math.min(used, MEMORY.getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    private static Path randomFile(int size) throws IOException {
        Path file = Files.createTempFile("pail-heap", ".bin");
        byte[] block = new byte[MIB];
        SplittableRandom random = new SplittableRandom(42);
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int written = 0; written < size; written += MIB) {
                random.nextBytes(block);
                out.write(block, 0, Math.min(MIB, size - written));
            }
        }
        return file;
    }
}
