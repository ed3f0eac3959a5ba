package dev.pail.benchmarks;

import dev.pail.Pail;
import dev.pail.client.PailClients;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.async.AsyncRequestBody;
import software.amazon.awssdk.core.async.AsyncResponseTransformer;
import software.amazon.awssdk.core.async.SdkPublisher;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;

/**
 * MB/s of moving one 256 MiB object through Pail with the SDK, end to end on loopback (client and
 * server share the machine's cores): a single PutObject / GetObject with the sync (Apache) client,
 * and multipart with the async client ({@code multipartEnabled(true)}: 8 MiB parts up, parts down
 * by number) and the CRT client (8 MiB parts, ranged GETs). The score is in MiB/s: one operation
 * is one MiB. Uploads read a file (in the page cache), downloads discard the bytes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(ThroughputBenchmark.SIZE_MIB)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgs = {"-Xmx6g"})
public class ThroughputBenchmark {

    static final int SIZE_MIB = 256;
    private static final int MIB = 1 << 20;

    private Path file;
    private Pail pail;
    private S3Client sync;
    private S3AsyncClient multipart;
    private S3AsyncClient crt;

    @Setup(Level.Trial)
    public void start() throws IOException {
        file = Files.createTempFile("pail-throughput", ".bin");
        byte[] block = new byte[MIB];
        SplittableRandom random = new SplittableRandom(42);
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int i = 0; i < SIZE_MIB; i++) {
                for (int j = 0; j < MIB; j += 8) {
                    long value = random.nextLong();
                    for (int k = 0; k < 8; k++) {
                        block[j + k] = (byte) (value >>> (8 * k));
                    }
                }
                out.write(block);
            }
        }
        pail = Pail.builder().bucket("bench").journalCapacity(1_000).start();
        sync = PailClients.s3Builder(pail.endpoint(), pail.config()).build();
        multipart = PailClients.s3AsyncBuilder(pail.endpoint(), pail.config()).multipartEnabled(true).build();
        crt = S3AsyncClient.crtBuilder()
                .endpointOverride(pail.endpoint())
                .region(Region.of(pail.region()))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(pail.config().accessKeyId(), pail.config().secretAccessKey())))
                .forcePathStyle(true)
                .minimumPartSizeInBytes(8L * MIB)
                .targetThroughputInGbps(10.0)
                .build();
        sync.putObject(b -> b.bucket("bench").key("single"), RequestBody.fromFile(file));
        multipart.putObject(b -> b.bucket("bench").key("parts"), AsyncRequestBody.fromFile(file)).join();
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException {
        crt.close();
        multipart.close();
        sync.close();
        pail.close();
        Files.deleteIfExists(file);
    }

    /** One PutObject of 256 MiB through the sync client (aws-chunked, trailing CRC32). */
    @Benchmark
    public PutObjectResponse putObjectSync() {
        return sync.putObject(b -> b.bucket("bench").key("put-single"), RequestBody.fromFile(file));
    }

    /** One GetObject of 256 MiB through the sync client, read to the end. */
    @Benchmark
    public long getObjectSync() throws IOException {
        try (InputStream in = sync.getObject(b -> b.bucket("bench").key("single"))) {
            return in.transferTo(OutputStream.nullOutputStream());
        }
    }

    /** 256 MiB in 32 parts of 8 MiB, in parallel, through {@code multipartEnabled(true)}. */
    @Benchmark
    public PutObjectResponse putObjectMultipartAsync() {
        return multipart.putObject(b -> b.bucket("bench").key("put-parts"), AsyncRequestBody.fromFile(file)).join();
    }

    /** The 32-part object down through {@code multipartEnabled(true)}: GET ?partNumber=N, one after another. */
    @Benchmark
    public Long getObjectMultipartAsync() {
        return multipart.getObject(b -> b.bucket("bench").key("parts"), new Discard()).join();
    }

    /** 256 MiB in parts of 8 MiB through the CRT client. */
    @Benchmark
    public PutObjectResponse putObjectCrt() {
        return crt.putObject(b -> b.bucket("bench").key("put-crt"), AsyncRequestBody.fromFile(file)).join();
    }

    /** The object down through the CRT client: ranged GETs of 8 MiB in parallel. */
    @Benchmark
    public Long getObjectCrt() {
        return crt.getObject(b -> b.bucket("bench").key("parts"), new Discard()).join();
    }

    /** Reads a response body to its end and counts the bytes, keeping none. */
    static final class Discard implements AsyncResponseTransformer<GetObjectResponse, Long> {
        private volatile CompletableFuture<Long> result;

        @Override
        public CompletableFuture<Long> prepare() {
            result = new CompletableFuture<>();
            return result;
        }

        @Override
        public void onResponse(GetObjectResponse response) {
        }

        @Override
        public void onStream(SdkPublisher<ByteBuffer> publisher) {
            publisher.subscribe(new Subscriber<ByteBuffer>() {
                private long bytes;

                @Override
                public void onSubscribe(Subscription s) {
                    s.request(Long.MAX_VALUE);
                }

                @Override
                public void onNext(ByteBuffer buffer) {
                    bytes += buffer.remaining();
                }

                @Override
                public void onError(Throwable t) {
                    result.completeExceptionally(t);
                }

                @Override
                public void onComplete() {
                    result.complete(bytes);
                }
            });
        }

        @Override
        public void exceptionOccurred(Throwable error) {
            result.completeExceptionally(error);
        }
    }
}
