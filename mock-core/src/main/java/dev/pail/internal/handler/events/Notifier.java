package dev.pail.internal.handler.events;

import dev.pail.User;
import dev.pail.events.DestinationType;
import dev.pail.events.S3Event;
import dev.pail.internal.events.EventBridgeMessages;
import dev.pail.internal.events.EventLog;
import dev.pail.internal.events.EventMessages;
import dev.pail.internal.events.ObjectChange;
import dev.pail.internal.events.Subscription;
import dev.pail.internal.handler.HandlerContext;
import dev.pail.internal.handler.ParsedCache;
import dev.pail.internal.handler.config.ConfigurationKinds;
import dev.pail.internal.handler.config.Subscriptions;
import dev.pail.internal.protocol.S3Request;
import dev.pail.internal.store.Bucket;
import dev.pail.internal.store.ETags;
import dev.pail.internal.store.ObjectVersion;
import dev.pail.internal.store.VersioningState;
import dev.pail.internal.xml.NotificationConfiguration;
import dev.pail.internal.xml.XmlCodec;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * Turns changes to objects into the event notifications the bucket's notification configuration
 * asks for (queues, topics, functions and EventBridge), and records them in the server's
 * {@link EventLog}: one event per matching destination, with S3's message.
 */
public final class Notifier {

    /** Who S3 itself is in the events of what it does on its own (lifecycle, restores). */
    static final String S3_ITSELF = "s3.amazonaws.com";
    private static final ParsedCache<Destinations> SUBSCRIPTIONS = new ParsedCache<>(1024);

    /** A configuration's queues, topics and functions, and whether EventBridge receives everything too. */
    private record Destinations(List<Subscription> targets, boolean eventBridge) {
    }

    private Notifier() {
    }

    /** An object was created: {@code how} is {@code Put}, {@code Post}, {@code Copy} or {@code CompleteMultipartUpload}. */
    public static void objectCreated(HandlerContext context, S3Request request, Bucket bucket, ObjectVersion version,
                                     String how) {
        objectChanged(context, request, bucket, version, "ObjectCreated:" + how);
    }

    /** Something was done to a version at a request: tagged ({@code ObjectTagging:Put}), its ACL set, a restore asked for. */
    public static void objectChanged(HandlerContext context, S3Request request, Bucket bucket, ObjectVersion version,
                                     String eventName) {
        if (configured(bucket)) {
            notify(context, bucket, requested(context, request, bucket, eventName, version.key(),
                    OptionalLong.of(version.size()), Optional.of(ETags.unquote(version.etag())), versionOf(bucket, version)));
        }
    }

    /** An object was deleted, or a delete marker was created in its place. */
    public static void objectRemoved(HandlerContext context, S3Request request, Bucket bucket, String key,
                                     Optional<String> versionId, boolean deleteMarker) {
        if (configured(bucket)) {
            String name = deleteMarker ? "ObjectRemoved:DeleteMarkerCreated" : "ObjectRemoved:Delete";
            Optional<String> version = bucket.versioning() == VersioningState.UNVERSIONED ? Optional.empty() : versionId;
            notify(context, bucket, requested(context, request, bucket, name, key, OptionalLong.empty(), Optional.empty(),
                    version));
        }
    }

    /**
     * S3 did something on its own: a lifecycle expiration or transition, a restore completed or
     * expired. {@code extra} is the member such events carry ({@code "lifecycleEventData":{...}}).
     */
    public static void byS3(HandlerContext context, Bucket bucket, String eventName, String key, Optional<String> versionId,
                            OptionalLong size, Optional<String> etag, Optional<String> extra) {
        if (!configured(bucket)) {
            return;
        }
        User owner = context.ownerOf(bucket);
        String requestId = UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase(Locale.ROOT);
        notify(context, bucket, new ObjectChange(eventName, context.now(), bucket.region(), S3_ITSELF, S3_ITSELF,
                S3_ITSELF, requestId, requestId, bucket.name(), customerId(owner), owner.accountId(), key, size,
                etag.map(ETags::unquote), bucket.versioning() == VersioningState.UNVERSIONED ? Optional.empty()
                        : versionId, extra));
    }

    /** The test message S3 sends to each queue and topic when a configuration is set. */
    public static void configurationSet(HandlerContext context, S3Request request, Bucket bucket) {
        Instant now = context.now();
        for (Subscription subscription : subscriptions(bucket, context)) {
            if (subscription.type() == DestinationType.QUEUE || subscription.type() == DestinationType.TOPIC) {
                String json = EventMessages.testEvent(bucket.name(), now, request.requestId(), request.http().hostId());
                context.events().add(event("s3:TestEvent", bucket.name(), "", Optional.empty(), "", subscription, now,
                        context.events().nextSequencer(), json, context.defaultRegion()));
            }
        }
    }

    private static boolean configured(Bucket bucket) {
        return ConfigurationKinds.NOTIFICATION.stored(bucket).isPresent();
    }

    private static void notify(HandlerContext context, Bucket bucket, ObjectChange change) {
        String sequencer = context.events().nextSequencer();
        for (Subscription subscription : subscriptions(bucket, context)) {
            if (subscription.matches(change.eventName(), change.key())) {
                String json = subscription.type() == DestinationType.EVENT_BRIDGE
                        ? EventBridgeMessages.message(change, sequencer)
                        : EventMessages.message(change, subscription.id(), sequencer);
                context.events().add(event(change.eventName(), bucket.name(), change.key(), change.versionId(),
                        subscription.id(), subscription, change.time(), sequencer, json, change.region()));
            }
        }
    }

    private static S3Event event(String name, String bucket, String key, Optional<String> versionId, String configurationId,
                                 Subscription subscription, Instant time, String sequencer, String json, String region) {
        String lambda = switch (subscription.type()) {
            case QUEUE -> EventMessages.sqsLambdaEvent(json, subscription.arn(), region, time);
            case TOPIC -> EventMessages.snsLambdaEvent(json, subscription.arn(), time);
            case LAMBDA_FUNCTION, EVENT_BRIDGE -> json;
        };
        return new S3Event(name, bucket, key, versionId, configurationId, subscription.type(), subscription.arn(), time,
                sequencer, json, lambda);
    }

    private static ObjectChange requested(HandlerContext context, S3Request request, Bucket bucket, String name,
                                          String key, OptionalLong size, Optional<String> etag, Optional<String> versionId) {
        User caller = context.caller(request);
        User owner = context.ownerOf(bucket);
        return new ObjectChange(name, context.now(), bucket.region(), "AWS:" + customerId(caller), caller.accountId(),
                request.http().trace().sourceIp(), request.requestId(), request.http().hostId(), bucket.name(),
                customerId(owner), owner.accountId(), key, size, etag, versionId, Optional.empty());
    }

    /** An Amazon customer id of the shape S3 shows in events ({@code A3NL1KOZZKExample}), stable per account. */
    static String customerId(User user) {
        return ("A" + user.canonicalId().substring(0, 13)).toUpperCase(Locale.ROOT);
    }

    private static Optional<String> versionOf(Bucket bucket, ObjectVersion version) {
        return bucket.versioning() == VersioningState.UNVERSIONED ? Optional.empty() : Optional.of(version.versionId());
    }

    /** The destinations of the bucket's notification configuration (parsed once per stored document). */
    static List<Subscription> subscriptions(Bucket bucket, HandlerContext context) {
        Optional<String> stored = ConfigurationKinds.NOTIFICATION.stored(bucket);
        if (stored.isEmpty()) {
            return List.of();
        }
        Destinations destinations = SUBSCRIPTIONS.get(bucket.name(), stored.get(), Notifier::parse);
        if (!destinations.eventBridge()) {
            return destinations.targets();
        }
        List<Subscription> subscriptions = new ArrayList<>(destinations.targets());
        subscriptions.add(new Subscription("", DestinationType.EVENT_BRIDGE,
                EventBridgeMessages.busArn(bucket.region(), context.ownerOf(bucket).accountId()), List.of("*"), "", ""));
        return subscriptions;
    }

    private static Destinations parse(String document) {
        NotificationConfiguration c = XmlCodec.fromXml(document.getBytes(StandardCharsets.UTF_8),
                NotificationConfiguration.class);
        List<Subscription> subscriptions = new ArrayList<>();
        c.queueConfigurations.forEach(t -> subscriptions.add(Subscriptions.of(t, DestinationType.QUEUE, t.queue)));
        c.topicConfigurations.forEach(t -> subscriptions.add(Subscriptions.of(t, DestinationType.TOPIC, t.topic)));
        c.lambdaFunctionConfigurations.forEach(t -> subscriptions.add(
                Subscriptions.of(t, DestinationType.LAMBDA_FUNCTION, t.cloudFunction)));
        return new Destinations(List.copyOf(subscriptions), c.eventBridgeConfiguration != null);
    }
}
