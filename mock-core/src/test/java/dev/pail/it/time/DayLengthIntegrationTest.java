package dev.pail.it.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pail.Pail;
import dev.pail.events.S3Event;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ExpirationStatus;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.StorageClass;

/** With a day of one second, lifecycle and restores run in real time, on the wall clock. */
class DayLengthIntegrationTest {

    Pail pail;
    S3Client s3;

    @BeforeEach
    void start() {
        pail = Pail.builder().dayLength(Duration.ofSeconds(1)).bucket("fast").start();
        s3 = pail.client();
        s3.putBucketNotificationConfiguration(b -> b.bucket("fast").notificationConfiguration(c -> c
                .queueConfigurations(q -> q.queueArn("arn:aws:sqs:us-east-1:000000000000:fast")
                        .eventsWithStrings("s3:LifecycleExpiration:*", "s3:ObjectRestore:*"))));
    }

    @AfterEach
    void stop() {
        pail.close();
    }

    @Test
    void anObjectWithDaysOneIsGoneWithinTwoSecondsOfItsWrite() {
        s3.putBucketLifecycleConfiguration(b -> b.bucket("fast").lifecycleConfiguration(c -> c.rules(r -> r.id("one")
                .status(ExpirationStatus.ENABLED).filter(f -> f.prefix("tmp/")).expiration(e -> e.days(1)))));
        Instant written = Instant.now();
        String header = s3.putObject(b -> b.bucket("fast").key("tmp/a"), RequestBody.fromString("x")).expiration();
        assertThat(header).contains("rule-id=\"one\"");

        S3Event expired = pail.awaitEvent(e -> e.matches("LifecycleExpiration:Delete"), Duration.ofSeconds(10));
        assertThat(expired.key()).isEqualTo("tmp/a");
        assertThat(Duration.between(written, expired.eventTime())).isLessThan(Duration.ofSeconds(3));
        assertThatThrownBy(() -> s3.headObject(b -> b.bucket("fast").key("tmp/a"))).isInstanceOf(NoSuchKeyException.class);
    }

    @Test
    void aRestoredCopyOfOneDayLastsAboutASecond() {
        s3.putObject(b -> b.bucket("fast").key("cold").storageClass(StorageClass.DEEP_ARCHIVE), RequestBody.fromString("c"));
        s3.restoreObject(b -> b.bucket("fast").key("cold").restoreRequest(r -> r.days(1)));
        assertThat(s3.headObject(b -> b.bucket("fast").key("cold")).restore()).startsWith("ongoing-request=\"false\"");

        pail.awaitEvent(e -> e.matches("ObjectRestore:Delete"), Duration.ofSeconds(10));
        assertThat(s3.headObject(b -> b.bucket("fast").key("cold")).restore()).isNull();
    }
}
