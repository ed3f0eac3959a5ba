package dev.pail.events;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One event notification S3 would have sent to one destination of a bucket's notification
 * configuration, as {@code Pail.events()} reports it: what happened, to which object, and the
 * message exactly as S3 delivers it.
 *
 * @param eventName       the event type as the message names it, e.g. {@code ObjectCreated:Put}, or
 *                        {@code s3:TestEvent} for the test message S3 sends when a configuration is set
 * @param bucket          the bucket
 * @param key             the object key, decoded (empty for a test event)
 * @param versionId       the version the event is about, on a versioned bucket
 * @param configurationId the {@code Id} of the configuration that matched ({@code ""} for a test event)
 * @param destinationType the kind of destination
 * @param destinationArn  the queue's, topic's or function's ARN ({@code arn:aws:events:<region>:<account>:event-bus/default}
 *                        for EventBridge)
 * @param eventTime       when S3 finished the change
 * @param sequencer       orders the events of one key: a later change has a greater sequencer (compare as strings)
 * @param json            S3's message ({@code {"Records":[...]}}; for EventBridge its event), as the destination receives it
 * @param lambdaEvent     what a Lambda function fed by the destination receives: the message for a function, an SQS
 *                        event ({@code {"Records":[{"body": message, "eventSource":"aws:sqs", ...}]}}) for a queue, an SNS
 *                        event ({@code {"Records":[{"Sns":{"Message": message, ...}}]}}) for a topic
 */
public record S3Event(String eventName, String bucket, String key, Optional<String> versionId, String configurationId,
                      DestinationType destinationType, String destinationArn, Instant eventTime, String sequencer,
                      String json, String lambdaEvent) {

    /** Validates the components. */
    public S3Event {
        Objects.requireNonNull(eventName, "eventName");
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(versionId, "versionId");
        Objects.requireNonNull(configurationId, "configurationId");
        Objects.requireNonNull(destinationType, "destinationType");
        Objects.requireNonNull(destinationArn, "destinationArn");
        Objects.requireNonNull(eventTime, "eventTime");
        Objects.requireNonNull(sequencer, "sequencer");
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(lambdaEvent, "lambdaEvent");
    }

    /** Whether the event is of this type or family: {@code matches("s3:ObjectCreated:*")}, {@code matches("ObjectRemoved:Delete")}. */
    public boolean matches(String eventType) {
        String pattern = eventType.startsWith("s3:") ? eventType.substring(3) : eventType;
        String name = eventName.startsWith("s3:") ? eventName.substring(3) : eventName;
        return pattern.endsWith("*") ? name.startsWith(pattern.substring(0, pattern.length() - 1)) : name.equals(pattern);
    }

    /** For example {@code ObjectCreated:Put photos/cat.jpg -> arn:aws:sqs:us-east-1:000000000000:uploads}. */
    @Override
    public String toString() {
        return eventName + " " + bucket + "/" + key + versionId.map(v -> "?versionId=" + v).orElse("") + " -> "
                + destinationArn;
    }
}
