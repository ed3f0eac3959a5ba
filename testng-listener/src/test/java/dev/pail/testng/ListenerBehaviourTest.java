package dev.pail.testng;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pail.Pail;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.testng.ITestResult;
import org.testng.TestListenerAdapter;
import org.testng.TestNG;
import org.testng.annotations.Listeners;
import org.testng.annotations.Test;
import org.testng.xml.XmlClass;
import org.testng.xml.XmlSuite;
import org.testng.xml.XmlTest;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Bucket;

/** Runs small TestNG classes through TestNG itself and checks what the listener made of them. */
public class ListenerBehaviourTest {

    static TestListenerAdapter run(XmlSuite.ParallelMode parallel, Class<?>... classes) {
        XmlSuite suite = new XmlSuite();
        suite.setName("fixtures");
        suite.setParallel(parallel);
        suite.setThreadCount(classes.length);
        suite.setParameters(java.util.Map.of(Fixture.PARAMETER, "true"));
        XmlTest test = new XmlTest(suite);
        test.setName("fixtures");
        List<XmlClass> xmlClasses = new ArrayList<>();
        for (Class<?> type : classes) {
            xmlClasses.add(new XmlClass(type));
        }
        test.setXmlClasses(xmlClasses);
        TestNG testng = new TestNG(false);
        testng.setXmlSuites(List.of(suite));
        testng.setUseDefaultListeners(false);
        TestListenerAdapter results = new TestListenerAdapter();
        testng.addListener(results);
        testng.run();
        return results;
    }

    static final CyclicBarrier BOTH_RUNNING = new CyclicBarrier(2);

    @Listeners(PailListener.class)
    @PailTest(buckets = "only-left")
    public static class LeftFixture extends Fixture {
        @PailInject
        S3Client s3;
        @PailInject
        Pail pail;

        @Test
        public void seesOnlyItsOwnState() throws Exception {
            s3.putObject(b -> b.bucket("only-left").key("left"), RequestBody.fromString("L"));
            BOTH_RUNNING.await(30, TimeUnit.SECONDS);
            assertThat(s3.listBuckets().buckets()).extracting(Bucket::name).containsExactly("only-left");
            assertThat(pail.requests()).noneMatch(r -> r.bucket().filter("only-right"::equals).isPresent());
            BOTH_RUNNING.await(30, TimeUnit.SECONDS);
        }
    }

    @Listeners(PailListener.class)
    @PailTest(buckets = "only-right")
    public static class RightFixture extends Fixture {
        @PailInject
        S3Client s3;
        @PailInject
        Pail pail;

        @Test
        public void seesOnlyItsOwnState() throws Exception {
            s3.putObject(b -> b.bucket("only-right").key("right"), RequestBody.fromString("R"));
            BOTH_RUNNING.await(30, TimeUnit.SECONDS);
            assertThat(s3.listBuckets().buckets()).extracting(Bucket::name).containsExactly("only-right");
            assertThat(pail.requests()).noneMatch(r -> r.bucket().filter("only-left"::equals).isPresent());
            BOTH_RUNNING.await(30, TimeUnit.SECONDS);
        }
    }

    @Test
    public void parallelClassesEachHaveTheirOwnServer() {
        BOTH_RUNNING.reset();
        TestListenerAdapter results = run(XmlSuite.ParallelMode.CLASSES, LeftFixture.class, RightFixture.class);
        assertThat(results.getFailedTests()).isEmpty();
        assertThat(results.getPassedTests()).hasSize(2);
    }

    @Listeners(PailListener.class)
    @PailTest(buckets = "b-strict", strict = true)
    public static class StrictFixture extends Fixture {
        @PailInject
        URI endpoint;

        @Test
        public void hitsAnUnimplementedOperation() throws Exception {
            HttpClient.newHttpClient().send(HttpRequest.newBuilder(endpoint.resolve("/b-strict/x")).header("If-None-Match", "\"some-etag\"")
                    .PUT(HttpRequest.BodyPublishers.ofString("x")).build(),
                    HttpResponse.BodyHandlers.discarding());
        }
    }

    @Test
    public void strictModeFailsATestThatCausedA501() {
        TestListenerAdapter results = run(XmlSuite.ParallelMode.NONE, StrictFixture.class);
        assertThat(results.getFailedTests()).singleElement().satisfies(r -> assertThat(r.getThrowable())
                .hasMessageStartingWith("Strict mode: this test caused a request that Pail answered with 501")
                .hasMessageContaining("PutObject PUT /b-strict/x -> 501 NotImplemented"));
    }

    @Listeners(PailListener.class)
    @PailTest(buckets = "b-journal")
    public static class FailingFixture extends Fixture {
        @PailInject
        S3Client s3;

        @Test
        public void failsAfterTalkingToS3() {
            s3.putObject(b -> b.bucket("b-journal").key("evidence.txt"), RequestBody.fromString("x"));
            throw new AssertionError("the code under test did the wrong thing");
        }
    }

    @Test
    public void aFailingTestCarriesTheRequestsItMade() {
        TestListenerAdapter results = run(XmlSuite.ParallelMode.NONE, FailingFixture.class);
        ITestResult failed = results.getFailedTests().get(0);
        assertThat(failed.getThrowable()).hasMessage("the code under test did the wrong thing");
        assertThat(failed.getThrowable().getSuppressed()).singleElement().satisfies(s -> assertThat(s.getMessage())
                .isEqualTo("Requests recorded by Pail during this test:\n#1 PutObject PUT /b-journal/evidence.txt -> 200"));
    }

    @Listeners(PailListener.class)
    @PailTest
    public static class BadInjectionFixture extends Fixture {
        @PailInject
        String notInjectable;

        @Test
        public void neverRuns() {
        }
    }

    @Test
    public void anUnsupportedFieldTypeIsAnErrorNamingTheField() {
        TestListenerAdapter results = run(XmlSuite.ParallelMode.NONE, BadInjectionFixture.class);
        List<ITestResult> problems = new ArrayList<>(results.getFailedTests());
        problems.addAll(results.getSkippedTests());
        problems.addAll(results.getConfigurationFailures());
        assertThat(results.getPassedTests()).isEmpty();
        assertThat(problems).singleElement().satisfies(r -> assertThat(r.getThrowable())
                .hasMessageContaining("BadInjectionFixture.notInjectable").hasMessageContaining("java.lang.String"));
    }
}
