package dev.pail.it.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static dev.pail.it.events.EventJson.asMap;
import static dev.pail.it.events.EventJson.firstRecord;
import static dev.pail.it.events.EventJson.keys;
import static dev.pail.it.events.EventJson.map;
import static dev.pail.it.events.EventJson.record;

import dev.pail.Pail;
import dev.pail.events.DestinationType;
import dev.pail.events.S3Event;
import dev.pail.internal.json.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;
import software.amazon.awssdk.services.s3.model.ObjectCannedACL;
import software.amazon.awssdk.services.s3.model.ObjectOwnership;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The event messages of "Event message structure" (S3 user guide), field by field, for each kind of
 * change; and the EventBridge form of "EventBridge event message structure".
 */
class EventMessagesIntegrationTest {

    static final String QUEUE = "arn:aws:sqs:us-east-1:000000000000:created";
    static final String TOPIC = "arn:aws:sns:us-east-1:000000000000:removed";
    static final String FUNCTION = "arn:aws:lambda:us-east-1:000000000000:function:tags";
    static final Instant T0 = Instant.parse("2026-05-04T10:30:00.250Z");

    Pail pail;
    S3Client s3;

    @BeforeEach
    void start() {
        pail = Pail.builder().bucket("media").start();
        pail.clock().set(T0);
        s3 = pail.client();
        s3.putBucketNotificationConfiguration(b -> b.bucket("media").notificationConfiguration(c -> c
                .queueConfigurations(q -> q.id("created").queueArn(QUEUE).eventsWithStrings("s3:ObjectCreated:*"))
                .topicConfigurations(t -> t.id("removed").topicArn(TOPIC).eventsWithStrings("s3:ObjectRemoved:*"))
                .lambdaFunctionConfigurations(l -> l.id("tags").lambdaFunctionArn(FUNCTION)
                        .eventsWithStrings("s3:ObjectTagging:*", "s3:ObjectAcl:Put"))));
    }

    @AfterEach
    void stop() {
        pail.close();
    }

    @Test
    void aPutRecordHasEveryDocumentedFieldInOrder() {
        s3.putObject(b -> b.bucket("media").key("a b/c+d.txt"), RequestBody.fromString("hello"));

        S3Event event = only(QUEUE, "ObjectCreated:Put");
        assertThat(event.json()).startsWith("{\"Records\":[{\"eventVersion\":\"2.1\",\"eventSource\":\"aws:s3\","
                + "\"awsRegion\":\"us-east-1\",\"eventTime\":\"2026-05-04T10:30:00.250Z\",\"eventName\":\"ObjectCreated:Put\","
                + "\"userIdentity\":{\"principalId\":\"AWS:");
        Map<String, Object> record = record(event);
        assertThat(keys(record)).containsExactly("eventVersion", "eventSource", "awsRegion", "eventTime", "eventName",
                "userIdentity", "requestParameters", "responseElements", "s3");
        assertThat(map(record, "requestParameters")).containsEntry("sourceIPAddress", "127.0.0.1");
        assertThat(keys(map(record, "responseElements"))).containsExactly("x-amz-request-id", "x-amz-id-2");
        Map<String, Object> s3Part = map(record, "s3");
        assertThat(keys(s3Part)).containsExactly("s3SchemaVersion", "configurationId", "bucket", "object");
        assertThat(s3Part).containsEntry("s3SchemaVersion", "1.0").containsEntry("configurationId", "created");
        Map<String, Object> bucket = map(s3Part, "bucket");
        assertThat(keys(bucket)).containsExactly("name", "ownerIdentity", "arn");
        assertThat(bucket).containsEntry("name", "media").containsEntry("arn", "arn:aws:s3:::media");
        Map<String, Object> object = map(s3Part, "object");
        assertThat(keys(object)).containsExactly("key", "size", "eTag", "sequencer");
        assertThat(object).containsEntry("key", "a+b/c%2Bd.txt").containsEntry("eTag", "5d41402abc4b2a76b9719d911017c592");
        assertThat(((Number) object.get("size")).longValue()).isEqualTo(5);
        assertThat(event.key()).isEqualTo("a b/c+d.txt");
        assertThat(event.eventTime()).isEqualTo(T0);
    }

    @Test
    void theRequestIdOfTheRecordIsTheResponsesAndTheSequencerOrdersChangesToAKey() {
        String requestId = s3.putObject(b -> b.bucket("media").key("k"), RequestBody.fromString("1"))
                .responseMetadata().requestId();
        s3.putObject(b -> b.bucket("media").key("k"), RequestBody.fromString("2"));
        s3.deleteObject(b -> b.bucket("media").key("k"));

        assertThat(map(record(pail.events(QUEUE).get(1)), "responseElements")).containsEntry("x-amz-request-id", requestId);
        List<S3Event> changes = new ArrayList<>(pail.events().stream().filter(e -> e.key().equals("k")).toList());
        List<String> inArrival = changes.stream().map(S3Event::sequencer).toList();
        Collections.shuffle(changes);
        changes.sort((a, b) -> a.sequencer().compareTo(b.sequencer()));
        assertThat(changes.stream().map(S3Event::sequencer).toList()).isEqualTo(inArrival);
        assertThat(changes).extracting(S3Event::eventName)
                .containsExactly("ObjectCreated:Put", "ObjectCreated:Put", "ObjectRemoved:Delete");
    }

    @Test
    void multipartCopyAndDeletesEachHaveTheirEventToTheirDestination() {
        String upload = s3.createMultipartUpload(b -> b.bucket("media").key("big")).uploadId();
        String etag = s3.uploadPart(b -> b.bucket("media").key("big").uploadId(upload).partNumber(1),
                RequestBody.fromString("part")).eTag();
        String whole = s3.completeMultipartUpload(b -> b.bucket("media").key("big").uploadId(upload)
                .multipartUpload(m -> m.parts(p -> p.partNumber(1).eTag(etag)))).eTag();
        s3.copyObject(b -> b.sourceBucket("media").sourceKey("big").destinationBucket("media").destinationKey("copy"));
        s3.deleteObjects(b -> b.bucket("media").delete(d -> d.objects(o -> o.key("copy"))));

        S3Event completed = only(QUEUE, "ObjectCreated:CompleteMultipartUpload");
        assertThat(map(map(record(completed), "s3"), "object")).containsEntry("eTag", whole.replace("\"", ""));
        assertThat(only(QUEUE, "ObjectCreated:Copy").key()).isEqualTo("copy");
        S3Event removed = only(TOPIC, "ObjectRemoved:Delete");
        assertThat(removed.destinationType()).isEqualTo(DestinationType.TOPIC);
        assertThat(keys(map(map(record(removed), "s3"), "object"))).containsExactly("key", "sequencer");
        assertThat(pail.events(QUEUE)).noneMatch(e -> e.matches("s3:ObjectRemoved:*"));
    }

    @Test
    void onAVersionedBucketADeleteMarkerAndAVersionDeleteAreTellApart() {
        s3.putBucketVersioning(b -> b.bucket("media").versioningConfiguration(v -> v.status(BucketVersioningStatus.ENABLED)));
        String version = s3.putObject(b -> b.bucket("media").key("v"), RequestBody.fromString("x")).versionId();
        String marker = s3.deleteObject(b -> b.bucket("media").key("v")).versionId();
        s3.deleteObject(b -> b.bucket("media").key("v").versionId(version));

        assertThat(map(map(record(only(QUEUE, "ObjectCreated:Put")), "s3"), "object")).containsEntry("versionId", version);
        S3Event markerEvent = only(TOPIC, "ObjectRemoved:DeleteMarkerCreated");
        assertThat(markerEvent.versionId()).contains(marker);
        assertThat(map(map(record(markerEvent), "s3"), "object")).containsEntry("versionId", marker);
        assertThat(only(TOPIC, "ObjectRemoved:Delete").versionId()).contains(version);
    }

    @Test
    void taggingAndAclEventsAreVersion23AndReachTheFunction() {
        s3.putObject(b -> b.bucket("media").key("t"), RequestBody.fromString("x"));
        s3.putObjectTagging(b -> b.bucket("media").key("t").tagging(t -> t.tagSet(s -> s.key("k").value("v"))));
        s3.deleteObjectTagging(b -> b.bucket("media").key("t"));

        s3.putBucketOwnershipControls(b -> b.bucket("media").ownershipControls(o -> o.rules(r -> r
                .objectOwnership(ObjectOwnership.OBJECT_WRITER))));
        s3.putObjectAcl(b -> b.bucket("media").key("t").acl(ObjectCannedACL.PRIVATE));

        List<S3Event> toFunction = pail.events(FUNCTION);
        assertThat(toFunction).extracting(S3Event::eventName)
                .containsExactly("ObjectTagging:Put", "ObjectTagging:Delete", "ObjectAcl:Put");
        assertThat(record(toFunction.get(0))).containsEntry("eventVersion", "2.3");
        assertThat(toFunction.get(0).lambdaEvent()).isEqualTo(toFunction.get(0).json());
    }

    @Test
    void queueAndTopicPayloadsAreWrappedAsSqsAndSnsHandThemToAFunction() {
        s3.putObject(b -> b.bucket("media").key("w"), RequestBody.fromString("x"));
        s3.deleteObject(b -> b.bucket("media").key("w"));

        S3Event queued = only(QUEUE, "ObjectCreated:Put");
        Map<String, Object> sqs = firstRecord(queued.lambdaEvent());
        assertThat(sqs).containsEntry("eventSource", "aws:sqs").containsEntry("eventSourceARN", QUEUE)
                .containsEntry("body", queued.json());
        S3Event published = only(TOPIC, "ObjectRemoved:Delete");
        Map<String, Object> sns = firstRecord(published.lambdaEvent());
        assertThat(sns).containsEntry("EventSource", "aws:sns");
        assertThat(map(sns, "Sns")).containsEntry("TopicArn", TOPIC).containsEntry("Message", published.json());
    }

    @Test
    void aConfigurationSendsTheTestEventToQueuesAndTopicsOnly() {
        List<S3Event> tests = pail.events().stream().filter(e -> e.eventName().equals("s3:TestEvent")).toList();
        assertThat(tests).extracting(S3Event::destinationArn).containsExactlyInAnyOrder(QUEUE, TOPIC);
        Map<String, Object> message = asMap(Json.parse(tests.get(0).json()));
        assertThat(keys(message)).containsExactly("Service", "Event", "Time", "Bucket", "RequestId", "HostId");
        assertThat(message).containsEntry("Service", "Amazon S3").containsEntry("Event", "s3:TestEvent")
                .containsEntry("Bucket", "media").containsEntry("Time", "2026-05-04T10:30:00.250Z");
    }

    @Test
    void eventBridgeReceivesEveryEventInItsOwnForm() {
        s3.putBucketNotificationConfiguration(b -> b.bucket("media").notificationConfiguration(c -> c
                .eventBridgeConfiguration(e -> { })));
        s3.putObject(b -> b.bucket("media").key("eb"), RequestBody.fromString("hello"));
        s3.deleteObject(b -> b.bucket("media").key("eb"));

        List<S3Event> bridged = pail.events().stream().filter(e -> e.destinationType() == DestinationType.EVENT_BRIDGE).toList();
        assertThat(bridged).extracting(S3Event::eventName).containsExactly("ObjectCreated:Put", "ObjectRemoved:Delete");
        assertThat(bridged.get(0).destinationArn()).isEqualTo("arn:aws:events:us-east-1:000000000000:event-bus/default");
        Map<String, Object> created = asMap(Json.parse(bridged.get(0).json()));
        assertThat(keys(created)).containsExactly("version", "id", "detail-type", "source", "account", "time", "region",
                "resources", "detail");
        assertThat(created).containsEntry("detail-type", "Object Created").containsEntry("source", "aws.s3")
                .containsEntry("time", "2026-05-04T10:30:00Z").containsEntry("region", "us-east-1")
                .containsEntry("resources", List.of("arn:aws:s3:::media"));
        Map<String, Object> detail = map(created, "detail");
        assertThat(detail).containsEntry("reason", "PutObject").containsEntry("source-ip-address", "127.0.0.1");
        assertThat(map(detail, "object")).containsEntry("key", "eb").containsEntry("etag", "5d41402abc4b2a76b9719d911017c592");
        Map<String, Object> deleted = map(asMap(Json.parse(bridged.get(1).json())), "detail");
        assertThat(deleted).containsEntry("reason", "DeleteObject").containsEntry("deletion-type", "Permanently Deleted");
    }

    @Test
    void listenersGetEveryEventInOrderOffTheRequestThread() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        List<String> threads = new CopyOnWriteArrayList<>();
        CountDownLatch three = new CountDownLatch(3);
        try (AutoCloseable listening = pail.onEvent(e -> {
            seen.add(e.key());
            threads.add(Thread.currentThread().getName());
            three.countDown();
        })) {
            for (String key : List.of("1", "2", "3")) {
                s3.putObject(b -> b.bucket("media").key(key), RequestBody.fromString(key));
            }
            assertThat(three.await(5, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(seen).containsExactly("1", "2", "3");
        assertThat(threads).allMatch(name -> name.equals("pail-event-delivery"));
    }

    @Test
    void awaitEventFailsWithTheEventsSeen() {
        s3.putObject(b -> b.bucket("media").key("seen"), RequestBody.fromString("x"));
        assertThatThrownBy(() -> pail.awaitEvent(e -> e.key().equals("never"), Duration.ofMillis(50)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("ObjectCreated:Put media/seen");
    }

    @Test
    void overlappingDestinationsAndUnusableArnsAreRefusedAsS3RefusesThem() {
        assertThatThrownBy(() -> s3.putBucketNotificationConfiguration(b -> b.bucket("media").notificationConfiguration(c -> c
                .queueConfigurations(q -> q.queueArn(QUEUE).eventsWithStrings("s3:ObjectCreated:*"),
                        q -> q.queueArn(QUEUE).eventsWithStrings("s3:ObjectCreated:Put")
                                .filter(f -> f.key(k -> k.filterRules(r -> r.name("prefix").value("in/"))))))))
                .isInstanceOfSatisfying(S3Exception.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidArgument");
                    assertThat(e.awsErrorDetails().errorMessage()).startsWith("Configuration is ambiguously defined");
                });
        // different prefixes do not overlap
        s3.putBucketNotificationConfiguration(b -> b.bucket("media").notificationConfiguration(c -> c
                .queueConfigurations(q -> q.queueArn(QUEUE).eventsWithStrings("s3:ObjectCreated:*")
                                .filter(f -> f.key(k -> k.filterRules(r -> r.name("prefix").value("a/")))),
                        q -> q.queueArn(QUEUE).eventsWithStrings("s3:ObjectCreated:*")
                                .filter(f -> f.key(k -> k.filterRules(r -> r.name("prefix").value("b/")))))));
        assertThatThrownBy(() -> s3.putBucketNotificationConfiguration(b -> b.bucket("media").notificationConfiguration(c -> c
                .topicConfigurations(t -> t.topicArn(QUEUE).eventsWithStrings("s3:ObjectCreated:*")))))
                .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(e.awsErrorDetails().errorMessage())
                        .isEqualTo("Unable to validate the following destination configurations"));
    }

    @Test
    void prefixAndSuffixFiltersChooseTheKeys() {
        s3.putBucketNotificationConfiguration(b -> b.bucket("media").notificationConfiguration(c -> c
                .queueConfigurations(q -> q.queueArn(QUEUE).eventsWithStrings("s3:ObjectCreated:Put")
                        .filter(f -> f.key(k -> k.filterRules(r -> r.name("prefix").value("images/"),
                                r -> r.name("suffix").value(".jpg")))))));
        for (String key : List.of("images/a.jpg", "images/a.png", "other/a.jpg", "images/b.jpg")) {
            s3.putObject(b -> b.bucket("media").key(key), RequestBody.fromString("x"));
        }
        assertThat(pail.events(QUEUE).stream().filter(e -> !e.eventName().equals("s3:TestEvent")))
                .extracting(S3Event::key).containsExactly("images/a.jpg", "images/b.jpg");
    }

    @Test
    void resetForgetsTheEvents() {
        s3.putObject(b -> b.bucket("media").key("r"), RequestBody.fromString("x"));
        pail.reset();
        assertThat(pail.events()).isEmpty();
    }

    private S3Event only(String arn, String name) {
        List<S3Event> matching = pail.events(arn).stream().filter(e -> e.eventName().equals(name)).toList();
        assertThat(matching).as("%s events to %s in %s", name, arn, pail.events()).hasSize(1);
        return matching.get(0);
    }
}
