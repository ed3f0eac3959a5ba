package dev.pail.benchmarks;

import dev.pail.Pail;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;

/**
 * How long one ListObjectsV2 page of 1,000 keys takes, end to end through the SDK, as the bucket
 * grows: the time should stay flat, because a page costs time proportional to the page.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx6g"})
public class ListingBenchmark {

    @Param({"10000", "1000000"})
    public int keys;

    private Pail pail;
    private S3Client s3;
    private java.net.http.HttpClient http;

    @Setup(Level.Trial)
    public void seed() throws Exception {
        pail = Pail.builder().bucket("bench").journalCapacity(1_000).start();
        byte[] empty = new byte[0];
        for (int i = 0; i < keys; i++) {
            pail.seed().object("bench", key(i), empty);
        }
        s3 = pail.client();
        http = java.net.http.HttpClient.newHttpClient();
        java.lang.reflect.Field server = Pail.class.getDeclaredField("server");
        server.setAccessible(true);
        store = ((dev.pail.internal.server.PailServer) server.get(pail)).store();
    }

    private static String key(int i) {
        return String.format("dir-%03d/object-%08d", i % 1000, i);
    }

    /** A page of 1,000 keys from a random place in the bucket. */
    @Benchmark
    public ListObjectsV2Response pageOf1000FromARandomPlace() {
        String after = key(ThreadLocalRandom.current().nextInt(keys));
        return s3.listObjectsV2(b -> b.bucket("bench").startAfter(after).maxKeys(1000));
    }

    /** A page of common prefixes: 1,000 directories rolled up, skipping all the keys under them. */
    @Benchmark
    public ListObjectsV2Response pageOfCommonPrefixes() {
        return s3.listObjectsV2(b -> b.bucket("bench").delimiter("/").maxKeys(1000));
    }

    /** The same page over plain HTTP: the server's share of the time, without the SDK's XML parsing. */
    @Benchmark
    public byte[] pageOf1000OverPlainHttp() throws Exception {
        String after = key(ThreadLocalRandom.current().nextInt(keys));
        java.net.URI uri = pail.endpoint().resolve("/bench?list-type=2&max-keys=1000&start-after="
                + java.net.URLEncoder.encode(after, java.nio.charset.StandardCharsets.UTF_8));
        return http.send(java.net.http.HttpRequest.newBuilder(uri).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray()).body();
    }

    /** The store's share: computing the page, no HTTP and no XML. */
    @Benchmark
    public Object pageOf1000InTheStore() {
        String after = key(ThreadLocalRandom.current().nextInt(keys));
        return dev.pail.internal.store.Listing.page(store.existingBucket("bench").keys(), "",
                java.util.Optional.empty(), java.util.Optional.of(after), 1000);
    }

    private dev.pail.internal.store.Store store;

    @TearDown(Level.Trial)
    public void stop() {
        pail.close();
    }
}
