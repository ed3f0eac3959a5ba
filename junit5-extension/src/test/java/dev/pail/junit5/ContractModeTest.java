package dev.pail.junit5;

import static dev.pail.verify.RequestPattern.anyOperation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.abortedWithReason;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.pail.Pail;
import dev.pail.fault.S3Fault;
import java.net.URI;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Bucket;

/**
 * Contract mode keeps the suite: against another endpoint (here a second Pail standing in for a
 * real store) the tests that use only the S3 API pass, seeding goes through the API, declared
 * buckets are created with the prefix, emptied before each test and deleted afterwards, and the
 * tests that need the journal or fault rules are skipped with a reason instead of failing.
 */
class ContractModeTest {

    @Fixture
    @PailTest(buckets = "contract-bucket")
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class ContractFixture {
        @Test
        @Order(1)
        void talksToTheConfiguredEndpoint(S3Client s3, URI endpoint) {
            assertThat(endpoint.toString()).isEqualTo(System.getProperty("contract.expected"));
            s3.putObject(b -> b.bucket("contract-bucket").key("from-contract"), RequestBody.fromString("c"));
        }

        @Test
        @Order(2)
        void startsEachTestWithTheDeclaredBucketsEmpty(S3Client s3) {
            assertThat(s3.listObjectsV2(b -> b.bucket("contract-bucket")).contents()).isEmpty();
            assertThat(s3.listBuckets().buckets()).extracting(Bucket::name).contains("contract-bucket");
        }

        @Test
        @Order(3)
        void seedsThroughTheApi(S3Client s3, Pail pail) {
            pail.seed().object("contract-bucket", "seeded", "s");
            assertThat(s3.getObjectAsBytes(b -> b.bucket("contract-bucket").key("seeded")).asUtf8String()).isEqualTo("s");
        }

        @Test
        @Order(4)
        void journalAssertionsAreSkipped(Pail pail) {
            pail.requests();
        }

        @Test
        @Order(5)
        void faultRulesAreSkipped(Pail pail) {
            pail.when(anyOperation()).fail(S3Fault.status(500));
        }
    }

    @Test
    void againstAnotherEndpointTheApiTestsPassAndTheJournalTestsAreSkipped() {
        try (Pail realStore = Pail.builder().bucket("someone-elses").start()) {
            System.setProperty("contract.expected", realStore.endpoint().toString());
            Events events = EngineTestKit.engine("junit-jupiter")
                    .configurationParameter(Fixture.PARAMETER, "true")
                    .configurationParameter("pail.endpoint", realStore.endpoint().toString())
                    .configurationParameter("pail.accessKeyId", "contract-key")
                    .configurationParameter("pail.secretAccessKey", "contract-secret")
                    .configurationParameter("pail.bucketPrefix", "run42-")
                    .selectors(selectClass(ContractFixture.class))
                    .execute()
                    .testEvents();

            events.assertStatistics(stats -> stats.succeeded(3).aborted(2).failed(0));
            events.assertThatEvents()
                    .haveExactly(1, event(test("talksToTheConfiguredEndpoint"), finishedSuccessfully()))
                    .haveExactly(1, event(test("journalAssertionsAreSkipped"), abortedWithReason(
                            message(m -> m.contains("pail.requests() needs the embedded Pail server")))))
                    .haveExactly(1, event(test("faultRulesAreSkipped"), abortedWithReason(
                            message(m -> m.contains("pail.when() needs the embedded Pail server")))));
            assertThat(realStore.requests()).anyMatch(r -> r.rawPath().equals("/run42-contract-bucket/from-contract"))
                    .anyMatch(r -> r.header("authorization").orElse("").contains("contract-key/"));
            assertThat(realStore.client().listBuckets().buckets()).as("the bucket it created is gone, others stay")
                    .extracting(Bucket::name).containsExactly("someone-elses");
        } finally {
            System.clearProperty("contract.expected");
        }
    }

}
