package dev.pail.it.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pail.Pail;
import dev.pail.events.DestinationType;
import dev.pail.events.S3Event;
import dev.pail.internal.json.Json;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** Event notifications as S3's "Event message structure" documents them. */
class EventNotificationIntegrationTest {

    static final String QUEUE = "arn:aws:sqs:us-east-1:000000000000:uploads";
    static Pail pail;
    static S3Client s3;

    @BeforeAll
    static void start() {
        pail = Pail.builder().bucket("photos").start();
        s3 = pail.client();
        s3.putBucketNotificationConfiguration(b -> b.bucket("photos").notificationConfiguration(c -> c
                .queueConfigurations(q -> q.id("uploads").queueArn(QUEUE).eventsWithStrings("s3:ObjectCreated:*",
                        "s3:ObjectRemoved:*").filter(f -> f.key(k -> k.filterRules(r -> r.name("prefix").value("in/")))))));
    }

    @AfterAll
    static void stop() {
        pail.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPutProducesS3sMessageFieldByField() {
        s3.putObject(b -> b.bucket("photos").key("in/cat pic.jpg"), RequestBody.fromString("meow"));
        S3Event event = pail.awaitEvent(e -> e.matches("ObjectCreated:Put") && e.key().equals("in/cat pic.jpg"),
                Duration.ofSeconds(5));
        assertThat(event.destinationType()).isEqualTo(DestinationType.QUEUE);
        Map<String, Object> record = (Map<String, Object>) ((List<Object>) ((Map<String, Object>) Json.parse(event.json()))
                .get("Records")).get(0);
        assertThat(record).containsEntry("eventVersion", "2.1").containsEntry("eventSource", "aws:s3")
                .containsEntry("awsRegion", "us-east-1").containsEntry("eventName", "ObjectCreated:Put");
        assertThat((String) record.get("eventTime")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        Map<String, Object> s3Part = (Map<String, Object>) record.get("s3");
        assertThat(s3Part).containsEntry("configurationId", "uploads");
        Map<String, Object> object = (Map<String, Object>) s3Part.get("object");
        assertThat(object).containsEntry("key", "in/cat+pic.jpg").containsEntry("eTag", "4a4be40c96ac6314e91d93f38043a634");
        assertThat(((Number) object.get("size")).longValue()).isEqualTo(4);
        assertThat(((Map<String, Object>) s3Part.get("bucket"))).containsEntry("arn", "arn:aws:s3:::photos");
        assertThat(event.lambdaEvent()).contains("\"eventSource\":\"aws:sqs\"").contains(QUEUE);
    }

    @Test
    void filtersDeletesAndSequencersOrderEventsPerKey() {
        s3.putObject(b -> b.bucket("photos").key("out/ignored.jpg"), RequestBody.fromString("x"));
        s3.putObject(b -> b.bucket("photos").key("in/k"), RequestBody.fromString("1"));
        s3.deleteObject(b -> b.bucket("photos").key("in/k"));
        List<S3Event> forKey = pail.events(QUEUE).stream().filter(e -> e.key().equals("in/k")).toList();
        assertThat(forKey).extracting(S3Event::eventName).containsExactly("ObjectCreated:Put", "ObjectRemoved:Delete");
        assertThat(forKey.get(1).sequencer()).isGreaterThan(forKey.get(0).sequencer());
        assertThat(pail.events()).noneMatch(e -> e.key().startsWith("out/"));
        assertThat(pail.events()).anyMatch(e -> e.eventName().equals("s3:TestEvent"));
    }
}
