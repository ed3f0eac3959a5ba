package dev.pail.it.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pail.Pail;
import dev.pail.User;
import dev.pail.internal.events.AccessLogLineParser;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PartitionDateSource;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Server access logs ("Amazon S3 server access log format"): a record per request to a logging
 * bucket, delivered as log objects into the target bucket under its prefix and key format.
 */
class AccessLogIntegrationTest {

    static final Instant T0 = Instant.parse("2026-02-06T00:00:38Z");
    static final User OTHER = User.builder("other", "other-secret").accountId("444444444444").build();

    Pail pail;
    S3Client s3;

    @BeforeEach
    void start() {
        pail = Pail.builder().bucket("app").bucket("logs").user(OTHER).start();
        pail.clock().set(T0);
        s3 = pail.client();
    }

    @AfterEach
    void stop() {
        pail.close();
    }

    private void logTo(String prefix) {
        s3.putBucketLogging(b -> b.bucket("app").bucketLoggingStatus(s -> s.loggingEnabled(l -> l
                .targetBucket("logs").targetPrefix(prefix))));
    }

    private List<String> lines(String key) {
        String content = s3.getObjectAsBytes(b -> b.bucket("logs").key(key)).asUtf8String();
        assertThat(content).endsWith("\n");
        return Arrays.asList(content.split("\n"));
    }

    @Test
    void eachRequestIsALineWithEveryFieldInOrder() {
        logTo("app-logs/");
        String requestId = s3.putObject(b -> b.bucket("app").key("photos/cat.jpg"), RequestBody.fromString("meow!"))
                .responseMetadata().requestId();
        s3.getObjectAsBytes(b -> b.bucket("app").key("photos/cat.jpg"));
        assertThatThrownBy(() -> s3.getObjectAsBytes(b -> b.bucket("app").key("missing")))
                .isInstanceOf(NoSuchKeyException.class);

        assertThat(pail.flushAccessLogs()).isEqualTo(1);
        List<S3Object> objects = s3.listObjectsV2(b -> b.bucket("logs").prefix("app-logs/")).contents();
        assertThat(objects).singleElement().satisfies(o ->
                assertThat(o.key()).matches("app-logs/2026-02-06-00-00-38-[0-9A-F]{16}"));
        List<String> lines = lines(objects.get(0).key()).stream()
                .filter(line -> !line.contains("REST.PUT.LOGGING_STATUS")).toList();
        assertThat(lines).hasSize(3);

        List<String> put = AccessLogLineParser.fields(lines.get(0));
        assertThat(put).hasSize(27);
        String owner = User.defaultUser().canonicalId();
        assertThat(put.subList(0, 8)).containsExactly(owner, "app", "06/Feb/2026:00:00:38 +0000", "127.0.0.1", owner,
                requestId, "REST.PUT.OBJECT", "photos/cat.jpg");
        assertThat(put.get(8)).startsWith("PUT /app/photos/cat.jpg").endsWith(" HTTP/1.1");
        assertThat(put.subList(9, 13)).containsExactly("200", "-", "-", "5");
        assertThat(put.get(13)).matches("\\d+");
        assertThat(put.get(15)).isEqualTo("-");
        assertThat(put.get(16)).contains("aws-sdk-java");
        assertThat(put.get(17)).isEqualTo("-");
        assertThat(put.subList(19, 22)).containsExactly("SigV4", "-", "AuthHeader");
        assertThat(put.get(22)).as("Host header").matches(".+:\\d+");
        assertThat(put.get(23)).isEqualTo("-");
        assertThat(lines.get(0)).contains(" \"PUT /app/photos/cat.jpg").contains(" \"-\" \"aws-sdk-java");

        List<String> get = AccessLogLineParser.fields(lines.get(1));
        assertThat(get.get(6)).isEqualTo("REST.GET.OBJECT");
        assertThat(get.subList(9, 13)).containsExactly("200", "-", "5", "5");
        List<String> missing = AccessLogLineParser.fields(lines.get(2));
        assertThat(missing.subList(9, 11)).containsExactly("404", "NoSuchKey");
    }

    @Test
    void partitionedPrefixesNameTheAccountRegionBucketAndEventDay() {
        s3.putBucketLogging(b -> b.bucket("app").bucketLoggingStatus(s -> s.loggingEnabled(l -> l
                .targetBucket("logs").targetPrefix("p/").targetObjectKeyFormat(f -> f.partitionedPrefix(p -> p
                        .partitionDateSource(PartitionDateSource.EVENT_TIME))))));
        s3.putObject(b -> b.bucket("app").key("k"), RequestBody.fromString("v"));
        pail.flushAccessLogs();
        assertThat(s3.listObjectsV2(b -> b.bucket("logs").prefix("p/")).contents()).singleElement()
                .satisfies(o -> assertThat(o.key()).matches("p/" + User.DEFAULT_ACCOUNT_ID
                        + "/us-east-1/app/2026/02/06/2026-02-06-00-00-00-[0-9A-F]{16}"));
    }

    @Test
    void nothingIsDeliveredForABucketThatDoesNotLogOrWhenLoggingIsOff() {
        s3.putObject(b -> b.bucket("app").key("k"), RequestBody.fromString("v"));
        assertThat(pail.flushAccessLogs()).isZero();
        logTo("x/");
        s3.putBucketLogging(b -> b.bucket("app").bucketLoggingStatus(s -> { }));
        pail.flushAccessLogs(); // the request that switched logging on
        s3.putObject(b -> b.bucket("app").key("k"), RequestBody.fromString("v"));
        assertThat(pail.flushAccessLogs()).isZero();
    }

    @Test
    void theTargetMustExistAndBelongToTheSameOwner() {
        assertThatThrownBy(() -> s3.putBucketLogging(b -> b.bucket("app").bucketLoggingStatus(s -> s.loggingEnabled(l -> l
                .targetBucket("nowhere").targetPrefix("x/")))))
                .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(e.awsErrorDetails().errorCode())
                        .isEqualTo("InvalidTargetBucketForLogging"));
        S3Client other = pail.clientFor("other");
        other.createBucket(b -> b.bucket("theirs"));
        assertThatThrownBy(() -> s3.putBucketLogging(b -> b.bucket("app").bucketLoggingStatus(s -> s.loggingEnabled(l -> l
                .targetBucket("theirs").targetPrefix("x/")))))
                .isInstanceOfSatisfying(S3Exception.class, e -> {
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidTargetBucketForLogging");
                    assertThat(e.awsErrorDetails().errorMessage()).contains("must be the same");
                });
    }
}
