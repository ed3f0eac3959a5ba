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
 * What authorization costs on small requests: a 1 KiB PutObject and GetObject by the bucket owner on a
 * bucket without a policy ({@code owner}: the fast path), by the owner on a bucket with a three-statement
 * policy whose conditions must be evaluated ({@code owner-policy}), and by another account that the
 * policy lets in ({@code partner-policy}). Compare with AuthenticationBenchmark's {@code verified}.
 *
 * <pre>mvn -B -q -DskipTests install && mvn -B -q -pl benchmarks exec:exec -Dbenchmark=AccessControlBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class AccessControlBenchmark {

    private static final String POLICY = """
            {"Version":"2012-10-17","Statement":[
              {"Sid":"DenyInsecure","Effect":"Deny","Principal":"*","Action":"s3:*",
               "Resource":["arn:aws:s3:::bench","arn:aws:s3:::bench/*"],
               "Condition":{"Bool":{"aws:SecureTransport":"false"},"NotIpAddress":{"aws:SourceIp":["127.0.0.0/8","::1/128"]}}},
              {"Sid":"DenyKms","Effect":"Deny","Principal":"*","Action":"s3:PutObject",
               "Resource":"arn:aws:s3:::bench/*",
               "Condition":{"StringEquals":{"s3:x-amz-server-side-encryption":"aws:kms"}}},
              {"Sid":"Partner","Effect":"Allow","Principal":{"AWS":"222222222222"},
               "Action":["s3:GetObject","s3:PutObject"],"Resource":"arn:aws:s3:::bench/*"}]}""";

    @Param({"owner", "owner-policy", "partner-policy"})
    public String access;

    private Pail pail;
    private S3Client s3;
    private final byte[] body = new byte[1024];

    @Setup
    public void start() {
        User partner = User.builder("partner", "partner-secret").accountId("222222222222").build();
        pail = Pail.builder().bucket("bench").user(partner).journalCapacity(1_000).bodyCaptureLimit(0).start();
        if (!access.equals("owner")) {
            pail.client().putBucketPolicy(b -> b.bucket("bench").policy(POLICY));
        }
        User user = access.equals("partner-policy") ? partner : pail.config().defaultUser();
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
