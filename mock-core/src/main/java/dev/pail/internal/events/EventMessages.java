package dev.pail.internal.events;

import dev.pail.internal.checksum.ChecksumEncoding;
import dev.pail.internal.checksum.Digests;
import dev.pail.internal.checksum.Hasher;
import dev.pail.internal.json.JsonWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;

/**
 * The JSON S3 sends, field by field in the order of "Event message structure" (S3 user guide):
 * the record of one change, the message around it, the test event, and the forms SQS and SNS wrap
 * a message in when they hand it to a Lambda function.
 */
public final class EventMessages {

    /** Version 2.3 is for lifecycle, Intelligent-Tiering, object ACL, tagging and restore-delete events. */
    private static final Set<String> VERSION_2_3 = Set.of("ObjectAcl:Put", "ObjectTagging:Put", "ObjectTagging:Delete",
            "ObjectRestore:Delete", "LifecycleExpiration:Delete", "LifecycleExpiration:DeleteMarkerCreated",
            "LifecycleTransition", "IntelligentTiering");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private EventMessages() {
    }

    /** The message for one change to one configuration: {@code {"Records":[{...}]}}. */
    public static String message(ObjectChange change, String configurationId, String sequencer) {
        JsonWriter json = new JsonWriter().begin().name("Records").array().begin()
                .field("eventVersion", VERSION_2_3.contains(change.eventName()) ? "2.3" : "2.1")
                .field("eventSource", "aws:s3")
                .field("awsRegion", change.region())
                .field("eventTime", time(change.time()))
                .field("eventName", change.eventName())
                .name("userIdentity").begin().field("principalId", change.principalId()).end()
                .name("requestParameters").begin().field("sourceIPAddress", change.sourceIp()).end()
                .name("responseElements").begin().field("x-amz-request-id", change.requestId())
                .field("x-amz-id-2", change.hostId()).end()
                .name("s3").begin().field("s3SchemaVersion", "1.0").field("configurationId", configurationId)
                .name("bucket").begin().field("name", change.bucket())
                .name("ownerIdentity").begin().field("principalId", change.ownerPrincipal()).end()
                .field("arn", "arn:aws:s3:::" + change.bucket()).end()
                .name("object").begin().field("key", encodeKey(change.key()));
        change.size().ifPresent(size -> json.field("size", size));
        change.etag().ifPresent(etag -> json.field("eTag", etag));
        change.versionId().ifPresent(version -> json.field("versionId", version));
        json.field("sequencer", sequencer).end().end();
        change.extra().ifPresent(json::raw);
        return json.end().endArray().end().toString();
    }

    /** The test message S3 sends to a queue or topic when a configuration naming it is set. */
    public static String testEvent(String bucket, Instant time, String requestId, String hostId) {
        return new JsonWriter().begin().field("Service", "Amazon S3").field("Event", "s3:TestEvent")
                .field("Time", time(time)).field("Bucket", bucket).field("RequestId", requestId)
                .field("HostId", hostId).end().toString();
    }

    /** The event a Lambda function receives from an SQS queue that holds {@code body}. */
    public static String sqsLambdaEvent(String body, String queueArn, String region, Instant sent) {
        String[] arn = queueArn.split(":");
        return new JsonWriter().begin().name("Records").array().begin()
                .field("messageId", UUID.randomUUID().toString())
                .field("receiptHandle", "pail-" + UUID.randomUUID())
                .field("body", body)
                .name("attributes").begin().field("ApproximateReceiveCount", "1")
                .field("SentTimestamp", Long.toString(sent.toEpochMilli()))
                .field("SenderId", "AIDAJHIPRHEMV73VRJEBU").field("ApproximateFirstReceiveTimestamp",
                        Long.toString(sent.toEpochMilli())).end()
                .name("messageAttributes").begin().end()
                .field("md5OfBody", md5(body))
                .field("eventSource", "aws:sqs")
                .field("eventSourceARN", queueArn)
                .field("awsRegion", arn.length > 3 && !arn[3].isEmpty() ? arn[3] : region)
                .end().endArray().end().toString();
    }

    /** The event a Lambda function receives from an SNS topic that published {@code message}. */
    public static String snsLambdaEvent(String message, String topicArn, Instant sent) {
        String id = UUID.randomUUID().toString();
        return new JsonWriter().begin().name("Records").array().begin()
                .field("EventSource", "aws:sns").field("EventVersion", "1.0")
                .field("EventSubscriptionArn", topicArn + ":" + UUID.randomUUID())
                .name("Sns").begin().field("Type", "Notification").field("MessageId", id).field("TopicArn", topicArn)
                .field("Subject", "Amazon S3 Notification").field("Message", message).field("Timestamp", time(sent))
                .field("SignatureVersion", "1").field("Signature", "pail-unsigned")
                .field("SigningCertUrl", "https://sns.amazonaws.com/pail.pem")
                .field("UnsubscribeUrl", "https://sns.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=" + topicArn)
                .name("MessageAttributes").begin().end().end()
                .end().endArray().end().toString();
    }

    /** S3's event time: ISO 8601 in UTC with milliseconds, {@code 1970-01-01T00:00:00.000Z}. */
    static String time(Instant instant) {
        return TIME.format(instant);
    }

    /**
     * The key as the message carries it: URL-encoded like a form value ({@code red flower.jpg} becomes
     * {@code red+flower.jpg}, "Event message structure"), the {@code /} between its parts kept.
     */
    static String encodeKey(String key) {
        return URLEncoder.encode(key, StandardCharsets.UTF_8).replace("%2F", "/");
    }

    private static String md5(String text) {
        Hasher md5 = Digests.md5();
        md5.update(text.getBytes(StandardCharsets.UTF_8));
        return ChecksumEncoding.hex(md5.digest());
    }

    /**
     * The members of a JSON object as text ({@code "name":{...}}), to splice into a record beside its
     * {@code s3} member (for {@code glacierEventData} and {@code lifecycleEventData}).
     */
    public static String member(String name, java.util.function.UnaryOperator<JsonWriter> value) {
        String json = value.apply(new JsonWriter().begin().name(name)).end().toString();
        return json.substring(1, json.length() - 1);
    }
}
