package dev.pail.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.pail.Pail;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;
import software.amazon.awssdk.core.async.AsyncRequestBody;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Bucket;

/** Runs small test classes through JUnit itself and checks what the extension made of them. */
class ExtensionBehaviourTest {

    static Events run(Class<?>... classes) {
        return EngineTestKit.engine("junit-jupiter")
                .configurationParameter(Fixture.PARAMETER, "true")
                .selectors(java.util.Arrays.stream(classes).map(c -> selectClass(c)).toArray(org.junit.platform.engine.DiscoverySelector[]::new))
                .execute()
                .testEvents();
    }

    // ---- strict mode ----------------------------------------------------------------------------

    @Fixture
    @PailTest(buckets = "b-strict", strict = true)
    static class StrictFixture {
        @Test
        void hitsAnUnimplementedOperation(URI endpoint) throws Exception {
            HttpClient.newHttpClient().send(HttpRequest.newBuilder(endpoint.resolve("/b-strict/x")).header("If-None-Match", "\"some-etag\"")
                    .PUT(HttpRequest.BodyPublishers.ofString("x")).build(),
                    HttpResponse.BodyHandlers.discarding());
        }

        @Test
        void staysWithinWhatPailImplements(S3Client s3) {
            s3.headBucket(b -> b.bucket("b-strict"));
        }
    }

    @Fixture
    @PailTest(buckets = "b-lenient")
    static class LenientFixture {
        @Test
        void hitsAnUnimplementedOperation(URI endpoint) throws Exception {
            HttpClient.newHttpClient().send(HttpRequest.newBuilder(endpoint.resolve("/b-lenient/x")).header("If-None-Match", "\"some-etag\"")
                    .PUT(HttpRequest.BodyPublishers.ofString("x")).build(),
                    HttpResponse.BodyHandlers.discarding());
        }
    }

    @Test
    void strictModeFailsATestThatCausedA501NamingTheRequest() {
        Events events = run(StrictFixture.class);
        events.assertStatistics(stats -> stats.started(2).succeeded(1).failed(1));
        events.assertThatEvents().haveExactly(1, event(test("hitsAnUnimplementedOperation"),
                finishedWithFailure(instanceOf(AssertionError.class),
                        message(m -> m.startsWith("Strict mode: this test caused a request that Pail answered with 501")
                                && m.contains("PutObject PUT /b-strict/x -> 501 NotImplemented")))));
        run(LenientFixture.class).assertStatistics(stats -> stats.succeeded(1).failed(0));
    }

    // ---- failures carry the journal ----------------------------------------------------------------

    @Fixture
    @PailTest(buckets = "b-journal")
    static class FailingFixture {
        @Test
        void failsAfterTalkingToS3(S3Client s3) {
            s3.putObject(b -> b.bucket("b-journal").key("evidence.txt"), RequestBody.fromString("x"));
            throw new AssertionError("the code under test did the wrong thing");
        }
    }

    @Test
    void aFailingTestCarriesTheRequestsItMade() {
        Events events = run(FailingFixture.class);
        events.assertStatistics(stats -> stats.failed(1));
        Throwable failure = events.failed().list().get(0).getPayload(org.junit.platform.engine.TestExecutionResult.class)
                .flatMap(org.junit.platform.engine.TestExecutionResult::getThrowable).orElseThrow();
        assertThat(failure).hasMessage("the code under test did the wrong thing");
        assertThat(failure.getSuppressed()).singleElement().satisfies(s -> assertThat(s.getMessage())
                .isEqualTo("Requests recorded by Pail during this test:\n#1 PutObject PUT /b-journal/evidence.txt -> 200"));
    }

    @Fixture
    @PailTest(buckets = "b-journal")
    static class FailingVerificationFixture {
        @Test
        void verifiesWhatDidNotHappen(S3Client s3, Pail pail) {
            s3.putObject(b -> b.bucket("b-journal").key("evidence.txt"), RequestBody.fromString("x"));
            pail.verify(dev.pail.verify.RequestPattern.deleteObject("b-journal", "evidence.txt"));
        }
    }

    @Test
    void aFailedVerificationPrintsTheJournalOnceNotTwice() {
        Events events = run(FailingVerificationFixture.class);
        Throwable failure = events.failed().list().get(0).getPayload(org.junit.platform.engine.TestExecutionResult.class)
                .flatMap(org.junit.platform.engine.TestExecutionResult::getThrowable).orElseThrow();
        assertThat(failure.getMessage()).contains("All recorded requests (1):");
        assertThat(failure.getSuppressed()).as("no second copy of the journal").isEmpty();
    }

    // ---- misconfiguration ---------------------------------------------------------------------------

    @Fixture
    @PailTest
    static class BadInjectionFixture {
        @PailInject
        String notInjectable;

        @Test
        void neverRuns() {
        }
    }

    @Test
    void anUnsupportedPailInjectFieldIsAConfigurationErrorNamingTheField() {
        Events events = run(BadInjectionFixture.class);
        events.assertThatEvents().haveExactly(1, event(test("neverRuns"), finishedWithFailure(
                instanceOf(ExtensionConfigurationException.class),
                message(m -> m.contains("BadInjectionFixture.notInjectable") && m.contains("java.lang.String")))));
    }

    // ---- parallel classes ------------------------------------------------------------------------------

    static final CyclicBarrier BOTH_RUNNING = new CyclicBarrier(2);

    @Fixture
    @PailTest(buckets = "only-left")
    static class LeftFixture {
        @Test
        void seesOnlyItsOwnState(S3Client s3, Pail pail) throws Exception {
            s3.putObject(b -> b.bucket("only-left").key("left"), RequestBody.fromString("L"));
            BOTH_RUNNING.await(30, TimeUnit.SECONDS);
            assertThat(s3.listBuckets().buckets()).extracting(Bucket::name).containsExactly("only-left");
            assertThat(pail.requests()).allMatch(r -> !r.bucket().filter("only-right"::equals).isPresent());
            BOTH_RUNNING.await(30, TimeUnit.SECONDS);
        }
    }

    @Fixture
    @PailTest(buckets = "only-right")
    static class RightFixture {
        @Test
        void seesOnlyItsOwnState(S3Client s3, Pail pail) throws Exception {
            s3.putObject(b -> b.bucket("only-right").key("right"), RequestBody.fromString("R"));
            BOTH_RUNNING.await(30, TimeUnit.SECONDS);
            assertThat(s3.listBuckets().buckets()).extracting(Bucket::name).containsExactly("only-right");
            assertThat(pail.requests()).allMatch(r -> !r.bucket().filter("only-left"::equals).isPresent());
            BOTH_RUNNING.await(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void twoClassesRunningInParallelEachSeeOnlyTheirOwnState() {
        BOTH_RUNNING.reset();
        Events events = EngineTestKit.engine("junit-jupiter")
                .configurationParameter(Fixture.PARAMETER, "true")
                .configurationParameter("junit.jupiter.execution.parallel.enabled", "true")
                .configurationParameter("junit.jupiter.execution.parallel.mode.default", "same_thread")
                .configurationParameter("junit.jupiter.execution.parallel.mode.classes.default", "concurrent")
                .configurationParameter("junit.jupiter.execution.parallel.config.strategy", "fixed")
                .configurationParameter("junit.jupiter.execution.parallel.config.fixed.parallelism", "2")
                .selectors(selectClass(LeftFixture.class), selectClass(RightFixture.class))
                .execute()
                .testEvents();
        events.assertStatistics(stats -> stats.started(2).succeeded(2));
    }

    // ---- clients and servers are closed after the class --------------------------------------------

    @Fixture
    @PailTest(buckets = "b-threads")
    static class ClientsFixture {
        @Test
        void usesBothClients(S3Client s3, S3AsyncClient async) {
            s3.putObject(b -> b.bucket("b-threads").key("sync"), RequestBody.fromString("s"));
            async.putObject(b -> b.bucket("b-threads").key("async"), AsyncRequestBody.fromString("a")).join();
        }
    }

    @Test
    void theServerAndItsClientsLeaveNoThreadsBehind() throws InterruptedException {
        // Warm up JVM-wide SDK singletons (shared daemon threads that outlive any one client).
        run(ClientsFixture.class).assertStatistics(stats -> stats.succeeded(1));
        Set<Thread> before = new HashSet<>(Thread.getAllStackTraces().keySet());

        run(ClientsFixture.class).assertStatistics(stats -> stats.succeeded(1));

        List<Thread> leftover = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> !before.contains(t) && t.isAlive())
                .toList();
        for (Thread thread : leftover) {
            thread.join(Duration.ofSeconds(10).toMillis());
        }
        assertThat(leftover).filteredOn(Thread::isAlive).as("threads still running after the class").isEmpty();
    }

    // ---- bucket names -------------------------------------------------------------------------------

    @Fixture
    @PailTest(buckets = "Invoices_2026")
    static class InvalidBucketFixture {
        @Test
        void neverRuns() {
        }
    }

    @Test
    void aDeclaredBucketNameS3WouldRefuseFailsTheClassNamingTheRule() {
        Events events = EngineTestKit.engine("junit-jupiter")
                .configurationParameter(Fixture.PARAMETER, "true")
                .selectors(selectClass(InvalidBucketFixture.class)).execute().allEvents();
        events.assertThatEvents().haveExactly(1, finishedWithFailure(instanceOf(ExtensionConfigurationException.class),
                message(m -> m.contains("Invoices_2026") && m.contains("upper-case"))));
    }

    @Test
    void theBuilderRefusesSuchANameAtOnce() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PailExtension.builder().bucket("Invoices_2026"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("upper-case");
    }
}
