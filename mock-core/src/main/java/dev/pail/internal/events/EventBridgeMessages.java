package dev.pail.internal.events;

import dev.pail.internal.json.JsonWriter;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The events S3 sends to Amazon EventBridge, as "EventBridge event message structure" (S3 user
 * guide) shows them: an envelope ({@code detail-type}, {@code source} {@code aws.s3}, the bucket
 * owner's account, the bucket's ARN) around a {@code detail} with the object and the reason.
 */
public final class EventBridgeMessages {

    /** The detail-type of each event of the notification configuration's vocabulary. */
    private static final Map<String, String> DETAIL_TYPES = Map.ofEntries(
            Map.entry("ObjectCreated", "Object Created"), Map.entry("ObjectRemoved", "Object Deleted"),
            Map.entry("LifecycleExpiration", "Object Deleted"), Map.entry("ObjectTagging:Put", "Object Tags Added"),
            Map.entry("ObjectTagging:Delete", "Object Tags Deleted"), Map.entry("ObjectAcl:Put", "Object ACL Updated"),
            Map.entry("ObjectRestore:Post", "Object Restore Initiated"),
            Map.entry("ObjectRestore:Completed", "Object Restore Completed"),
            Map.entry("ObjectRestore:Delete", "Object Restore Expired"),
            Map.entry("LifecycleTransition", "Object Storage Class Changed"));

    private static final Map<String, String> REASONS = Map.of("ObjectCreated:Put", "PutObject",
            "ObjectCreated:Post", "POST Object", "ObjectCreated:Copy", "CopyObject",
            "ObjectCreated:CompleteMultipartUpload", "CompleteMultipartUpload", "ObjectRemoved:Delete", "DeleteObject",
            "ObjectRemoved:DeleteMarkerCreated", "DeleteObject", "LifecycleExpiration:Delete", "Lifecycle Expiration",
            "LifecycleExpiration:DeleteMarkerCreated", "Lifecycle Expiration");

    private EventBridgeMessages() {
    }

    /** The ARN Pail gives the EventBridge destination: the default event bus of the owner's account. */
    public static String busArn(String region, String account) {
        return "arn:aws:events:" + region + ":" + account + ":event-bus/default";
    }

    /** The detail-type S3 gives an event, e.g. {@code Object Created}. */
    public static String detailType(String eventName) {
        String exact = DETAIL_TYPES.get(eventName);
        if (exact != null) {
            return exact;
        }
        int colon = eventName.indexOf(':');
        return DETAIL_TYPES.getOrDefault(colon < 0 ? eventName : eventName.substring(0, colon), eventName);
    }

    /** The event for one change. */
    public static String message(ObjectChange change, String sequencer) {
        JsonWriter json = new JsonWriter().begin().field("version", "0").field("id", UUID.randomUUID().toString())
                .field("detail-type", detailType(change.eventName())).field("source", "aws.s3")
                .field("account", change.ownerAccount())
                .field("time", DateTimeFormatter.ISO_INSTANT.format(change.time().truncatedTo(ChronoUnit.SECONDS)))
                .field("region", change.region())
                .name("resources").array().value("arn:aws:s3:::" + change.bucket()).endArray()
                .name("detail").begin().field("version", "0")
                .name("bucket").begin().field("name", change.bucket()).end()
                .name("object").begin().field("key", change.key());
        change.size().ifPresent(size -> json.field("size", size));
        change.etag().ifPresent(etag -> json.field("etag", etag));
        change.versionId().ifPresent(version -> json.field("version-id", version));
        json.field("sequencer", sequencer.toLowerCase(Locale.ROOT)).end()
                .field("request-id", change.requestId()).field("requester", change.requester())
                .field("source-ip-address", change.sourceIp());
        String reason = REASONS.get(change.eventName());
        if (reason != null) {
            json.field("reason", reason);
        }
        if (change.eventName().endsWith("DeleteMarkerCreated")) {
            json.field("deletion-type", "Delete Marker Created");
        } else if (change.eventName().endsWith(":Delete") && reason != null) {
            json.field("deletion-type", "Permanently Deleted");
        }
        return json.end().end().toString();
    }
}
