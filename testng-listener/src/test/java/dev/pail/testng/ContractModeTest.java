package dev.pail.testng;

import static dev.pail.verify.RequestPattern.anyOperation;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pail.Pail;
import dev.pail.fault.S3Fault;
import java.util.List;
import org.testng.ITestResult;
import org.testng.SkipException;
import org.testng.TestListenerAdapter;
import org.testng.annotations.Listeners;
import org.testng.annotations.Test;
import org.testng.xml.XmlSuite;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Bucket;

/**
 * Contract mode keeps the suite under TestNG too: API tests pass against the other endpoint, the
 * declared buckets are created with the prefix, emptied before each test and deleted afterwards,
 * and journal or fault-rule tests end as skipped.
 */
public class ContractModeTest {

    @Listeners(PailListener.class)
    @PailTest(buckets = "contract-bucket")
    public static class ContractFixture extends Fixture {
        @PailInject
        S3Client s3;
        @PailInject
        Pail pail;

        @Test(priority = 1)
        public void writesThroughTheApi() {
            s3.putObject(b -> b.bucket("contract-bucket").key("from-contract"), RequestBody.fromString("c"));
        }

        @Test(priority = 2)
        public void startsEachTestWithTheDeclaredBucketsEmpty() {
            assertThat(s3.listObjectsV2(b -> b.bucket("contract-bucket")).contents()).isEmpty();
        }

        @Test(priority = 3)
        public void seedsThroughTheApi() {
            pail.seed().object("contract-bucket", "seeded", "s");
            assertThat(s3.getObjectAsBytes(b -> b.bucket("contract-bucket").key("seeded")).asUtf8String()).isEqualTo("s");
        }

        @Test(priority = 4)
        public void journalAssertionsAreSkipped() {
            pail.requests();
        }

        @Test(priority = 5)
        public void faultRulesAreSkipped() {
            pail.when(anyOperation()).fail(S3Fault.status(500));
        }
    }

    @Test
    public void againstAnotherEndpointTheApiTestsPassAndTheJournalTestsAreSkipped() {
        try (Pail realStore = Pail.builder().bucket("someone-elses").start()) {
            System.setProperty("pail.endpoint", realStore.endpoint().toString());
            System.setProperty("pail.bucketPrefix", "run7-");
            TestListenerAdapter results;
            try {
                results = ListenerBehaviourTest.run(XmlSuite.ParallelMode.NONE, ContractFixture.class);
            } finally {
                System.clearProperty("pail.endpoint");
                System.clearProperty("pail.bucketPrefix");
            }

            assertThat(results.getFailedTests()).extracting(ITestResult::getThrowable).isEmpty();
            assertThat(results.getPassedTests()).extracting(r -> r.getMethod().getMethodName())
                    .containsExactlyInAnyOrder("writesThroughTheApi", "startsEachTestWithTheDeclaredBucketsEmpty",
                            "seedsThroughTheApi");
            List<ITestResult> skipped = results.getSkippedTests();
            assertThat(skipped).extracting(r -> r.getMethod().getMethodName())
                    .containsExactlyInAnyOrder("journalAssertionsAreSkipped", "faultRulesAreSkipped");
            assertThat(skipped).allSatisfy(r -> assertThat(r.getThrowable()).isInstanceOf(SkipException.class)
                    .hasMessageContaining("needs the embedded Pail server"));
            assertThat(realStore.requests()).anyMatch(r -> r.rawPath().equals("/run7-contract-bucket/from-contract"));
            assertThat(realStore.client().listBuckets().buckets()).extracting(Bucket::name).containsExactly("someone-elses");
        }
    }
}
