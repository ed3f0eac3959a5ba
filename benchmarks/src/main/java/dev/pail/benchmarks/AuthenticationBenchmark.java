package dev.pail.benchmarks;

import dev.pail.Pail;
import dev.pail.User;
import dev.pail.client.PailClients;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * What signature verification costs on small requests: a 1 KiB PutObject and GetObject with the
 * sync SDK client, signed with a key the server knows ({@code verified}: SigV4 checked, chunk
 * signatures and all) or with a key it does not know ({@code unverified}: lenient mode serves it
 * as the default user without computing anything). Same pipeline otherwise, so the difference is
 * the verification.
 *
 * <pre>mvn -B -q -DskipTests install && mvn -B -q -pl benchmarks exec:exec -Dbenchmark=AuthenticationBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class AuthenticationBenchmark {

    @Param({"verified", "unverified"})
    public String signing;

    private Pail pail;
    private S3Client s3;
    private final byte[] body = new byte[1024];

    @Setup
    public void start() {
        pail = Pail.builder().bucket("bench").journalCapacity(1_000).bodyCaptureLimit(0).start();
        User user = signing.equals("verified") ? pail.config().defaultUser() : User.of("not-known", "any-secret");
        s3 = PailClients.forUser(pail.endpoint(), pail.config(), user).s3();
        s3.putObject(b -> b.bucket("bench").key("read-me"), RequestBody.fromBytes(body));
    }

    @TearDown
    public void stop() {
        s3.close();
        pail.close();
    }

    @Benchmark
    public Object smallPut() {
        return s3.putObject(b -> b.bucket("bench").key("small"), RequestBody.fromBytes(body));
    }

    @Benchmark
    public byte[] smallGet() {
        return s3.getObjectAsBytes(b -> b.bucket("bench").key("read-me")).asByteArray();
    }
}
