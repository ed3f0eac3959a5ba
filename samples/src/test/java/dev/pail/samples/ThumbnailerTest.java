package dev.pail.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pail.Pail;
import dev.pail.events.S3Event;
import dev.pail.junit5.PailInject;
import dev.pail.junit5.PailTest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * An event-driven component tested with the very payload S3 would deliver: the bucket's notification
 * configuration sends uploads to a queue, Pail produces the event, the test feeds it to the handler.
 */
@PailTest(buckets = "photos")
class ThumbnailerTest {

    static final String QUEUE = "arn:aws:sqs:us-east-1:000000000000:uploads";

    @PailInject
    S3Client s3;

    @PailInject
    Pail pail;

    @BeforeEach
    void uploadsGoToTheQueue() {
        s3.putBucketNotificationConfiguration(b -> b.bucket("photos").notificationConfiguration(c -> c
                .queueConfigurations(q -> q.id("uploads").queueArn(QUEUE).eventsWithStrings("s3:ObjectCreated:*")
                        .filter(f -> f.key(k -> k.filterRules(r -> r.name("prefix").value("uploads/")))))));
    }

    @Test
    void theObjectCreatedEventAQueueDeliversMakesAThumbnail() {
        s3.putObject(b -> b.bucket("photos").key("uploads/summer holiday.jpg"),
                RequestBody.fromString("JPEG-BYTES-OF-A-BEACH-AT-SUNSET"));

        S3Event created = pail.awaitEvent(e -> e.matches("s3:ObjectCreated:*"), Duration.ofSeconds(5));
        assertThat(created.destinationArn()).isEqualTo(QUEUE);
        List<String> thumbnails = new Thumbnailer(s3).handle(created.lambdaEvent());

        assertThat(thumbnails).containsExactly("thumbnails/uploads/summer holiday.jpg");
        assertThat(s3.getObjectAsBytes(b -> b.bucket("photos").key("thumbnails/uploads/summer holiday.jpg"))
                .asUtf8String()).isEqualTo("JPEG-BYTES-OF-A-");
    }

    @Test
    void aListenerRunsTheHandlerAsTheQueueWouldForEveryUpload() throws Exception {
        List<String> made = new CopyOnWriteArrayList<>();
        CountDownLatch handled = new CountDownLatch(2);
        Thumbnailer thumbnailer = new Thumbnailer(s3);
        try (AutoCloseable subscription = pail.onEvent(e -> {
            if (e.destinationArn().equals(QUEUE) && e.matches("ObjectCreated:*") && !e.key().startsWith("thumbnails/")) {
                made.addAll(thumbnailer.handle(e.json()));
                handled.countDown();
            }
        })) {
            s3.putObject(b -> b.bucket("photos").key("uploads/a.png"), RequestBody.fromString("png"));
            s3.putObject(b -> b.bucket("photos").key("uploads/notes.txt"), RequestBody.fromString("not an image"));
            s3.putObject(b -> b.bucket("photos").key("elsewhere/b.png"), RequestBody.fromString("not uploaded"));
            assertThat(handled.await(5, TimeUnit.SECONDS)).as("both uploads handled").isTrue();
        }
        assertThat(made).containsExactly("thumbnails/uploads/a.png");
        assertThat(pail.events(QUEUE)).extracting(S3Event::key).doesNotContain("elsewhere/b.png");
    }
}
