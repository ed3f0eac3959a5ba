package dev.pail.benchmarks;

import dev.pail.Pail;
import dev.pail.it.robustness.HostileRequests;
import java.time.Duration;
import java.util.Iterator;
import java.util.Optional;

/**
 * The hostile requests of {@code HostileRequestsTest}, for as long as asked, against one server:
 * every answer must be a well-formed S3 response or error and the server must keep serving. Ends
 * with status 1 on the first bad answer, printing the request.
 *
 * <pre>mvn -B -q -DskipTests install &amp;&amp; mvn -B -q -pl benchmarks exec:exec \
 *     -Dbenchmark.main=dev.pail.benchmarks.HostileSoak -Dbenchmark=600</pre>
 *
 * <p>The argument is the duration in seconds (default 60).
 */
public final class HostileSoak {

    private HostileSoak() {
    }

    /** Sends hostile requests for the given number of seconds. */
    public static void main(String[] args) throws Exception {
        Duration duration = Duration.ofSeconds(args.length > 0 && args[0].matches("\\d+") ? Long.parseLong(args[0]) : 60);
        try (Pail pail = Pail.builder().bucket(HostileRequests.BUCKET).requestTimeout(Duration.ofSeconds(2))
                .maxStoredBytes(64L << 20).start()) {
            Iterator<HostileRequests.RawRequest> requests = HostileRequests.requests().sampleStream().iterator();
            Iterator<HostileRequests.RawRequest> abandoned = HostileRequests.abandonedUploads().sampleStream().iterator();
            long deadline = System.nanoTime() + duration.toNanos();
            long sent = 0;
            while (System.nanoTime() < deadline) {
                HostileRequests.RawRequest request = sent % 10 == 9 ? abandoned.next() : requests.next();
                HostileRequests.RawResponse response = HostileRequests.send(pail.host(), pail.port(), request);
                Optional<String> problem = request.hangUpAfter().isPresent() ? Optional.empty()
                        : response.problem(request.method());
                if (problem.isPresent()) {
                    System.out.println("bad answer (" + problem.get() + ") to\n" + request);
                    System.exit(1);
                }
                sent++;
                if (sent % 1000 == 0) {
                    pail.client().headBucket(b -> b.bucket(HostileRequests.BUCKET));
                    pail.resetRequests();
                    System.out.println(sent + " hostile requests answered");
                }
            }
            System.out.println(sent + " hostile requests answered, every one well-formed");
        }
    }
}
