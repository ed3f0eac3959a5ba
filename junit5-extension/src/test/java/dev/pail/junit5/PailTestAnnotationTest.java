package dev.pail.junit5;

import static dev.pail.verify.RequestPattern.putObject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pail.Pail;
import java.net.URI;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import software.amazon.awssdk.core.async.AsyncRequestBody;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Bucket;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

@PailTest(buckets = {"photos", "docs"}, region = "eu-west-1")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PailTestAnnotationTest {

    static URI outerEndpoint;

    @PailInject
    S3Client injectedClient;

    @PailInject
    Pail injectedPail;

    @PailInject
    static URI staticEndpoint;

    @Test
    @Order(1)
    void parametersAndFieldsAreResolvedByType(S3Client s3, S3AsyncClient async, S3Presigner presigner, URI endpoint, Pail pail) {
        outerEndpoint = endpoint;
        assertThat(s3).isSameAs(injectedClient).isSameAs(pail.client());
        assertThat(injectedPail).isSameAs(pail);
        assertThat(staticEndpoint).isEqualTo(endpoint).isEqualTo(pail.endpoint());
        assertThat(pail.region()).isEqualTo("eu-west-1");
        assertThat(s3.listBuckets().buckets()).extracting(Bucket::name).containsExactly("docs", "photos");
        assertThat(s3.headBucket(b -> b.bucket("photos")).bucketRegion()).isEqualTo("eu-west-1");

        s3.putObject(b -> b.bucket("photos").key("left-behind"), RequestBody.fromString("x"));
        async.putObject(b -> b.bucket("docs").key("async"), AsyncRequestBody.fromString("y")).join();
        assertThat(presigner.presignGetObject(b -> b.signatureDuration(java.time.Duration.ofMinutes(5))
                .getObjectRequest(g -> g.bucket("photos").key("left-behind"))).url().toString())
                .startsWith(endpoint + "/photos/left-behind");
        pail.verify(putObject("photos", "left-behind"));
    }

    @Test
    @Order(2)
    void eachTestStartsWithTheDeclaredEmptyBucketsAndAnEmptyJournal(S3Client s3, Pail pail) {
        assertThat(pail.requests()).isEmpty();
        assertThatThrownBy(() -> s3.getObject(b -> b.bucket("photos").key("left-behind")))
                .isInstanceOf(NoSuchKeyException.class);
        assertThatThrownBy(() -> s3.getObject(b -> b.bucket("docs").key("async"))).isInstanceOf(NoSuchKeyException.class);
        s3.createBucket(b -> b.bucket("made-in-test-two"));
    }

    @Test
    @Order(3)
    void bucketsCreatedByATestAreGoneInTheNext(S3Client s3, URI endpoint) {
        assertThat(endpoint).as("one server per class").isEqualTo(outerEndpoint);
        assertThat(s3.listBuckets().buckets()).extracting(Bucket::name).containsExactly("docs", "photos");
    }

    @Nested
    class NestedTests {

        @PailInject
        S3Client nestedClient;

        @Test
        void aNestedClassSharesTheOuterServer(URI endpoint, Pail pail) {
            assertThat(outerEndpoint).isNotNull();
            assertThat(endpoint).isEqualTo(outerEndpoint);
            assertThat(nestedClient).isSameAs(pail.client());
            assertThat(nestedClient.listBuckets().buckets()).extracting(Bucket::name).containsExactly("docs", "photos");
        }
    }
}
