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
 * and as multipart uploads (8 MiB parts); small ones as many 10 KiB PutObjects. Each figure is
 * given with the request journal as it is after the uploads (it keeps up to 64 KiB of each
 * request's body by default) and after {@code resetRequests()}, which leaves the store alone.
 *
 * <pre>mvn -B -q -DskipTests install &amp;&amp; mvn -B -q -pl benchmarks exec:exec \
 *     -Dbenchmark.main=dev.pail.benchmarks.HeapPerByte</pre>
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
        System.out.printf("max heap %d MiB, %s%n", Runtime.getRuntime().maxMemory() / MIB,
                ManagementFactory.getGarbageCollectorMXBeans().stream().map(b -> b.getName()).toList());
        Path file = randomFile(64 * MIB);
        try {
            large("8 x 64 MiB, PutObject", 8, file, false);
            large("8 x 64 MiB, multipart (8 MiB parts)", 8, file, true);
            small("20,000 x 10 KiB, PutObject", 20_000, 10 * 1024);
            small("10,000 x 100 KiB, PutObject", 10_000, 100 * 1024);
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
                out.write(block);
            }
        }
        return file;
    }
}
