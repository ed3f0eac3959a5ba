package dev.pail.testng;

import static dev.pail.verify.RequestPattern.putObject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pail.Pail;
import java.net.URI;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.Listeners;
import org.testng.annotations.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Bucket;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

@Listeners(PailListener.class)
@PailTest(buckets = {"photos", "docs"}, region = "eu-west-1")
public class PailListenerTest {

    @PailInject
    S3Client s3;

    @PailInject
    S3AsyncClient async;

    @PailInject
    S3Presigner presigner;

    @PailInject
    URI endpoint;

    @PailInject
    Pail pail;

    URI endpointAtClassStart;

    @BeforeClass
    void fieldsAreFilledBeforeBeforeClassMethods() {
        assertThat(s3).isNotNull();
        endpointAtClassStart = endpoint;
    }

    @Test(priority = 1)
    public void fieldsAreInjectedAndTheDeclaredBucketsExist() {
        assertThat(s3).isSameAs(pail.client());
        assertThat(async).isSameAs(pail.asyncClient());
        assertThat(presigner).isSameAs(pail.presigner());
        assertThat(endpoint).isEqualTo(pail.endpoint());
        assertThat(s3.listBuckets().buckets()).extracting(Bucket::name).containsExactly("docs", "photos");
        assertThat(s3.headBucket(b -> b.bucket("photos")).bucketRegion()).isEqualTo("eu-west-1");
        s3.putObject(b -> b.bucket("photos").key("left-behind"), RequestBody.fromString("x"));
        s3.createBucket(b -> b.bucket("made-by-test-one"));
        pail.verify(putObject("photos", "left-behind"));
    }

    @Test(priority = 2)
    public void everyTestStartsFromTheDeclaredEmptyBucketsAndAnEmptyJournal() {
        assertThat(pail.requests()).isEmpty();
        assertThatThrownBy(() -> s3.getObject(b -> b.bucket("photos").key("left-behind"))).isInstanceOf(NoSuchKeyException.class);
        assertThat(s3.listBuckets().buckets()).extracting(Bucket::name).containsExactly("docs", "photos");
        assertThat(endpoint).as("one server per class").isEqualTo(endpointAtClassStart);
    }
}
