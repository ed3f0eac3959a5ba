package dev.pail.internal.handler.events;

import dev.pail.internal.events.LifecycleDays;
import dev.pail.internal.events.LifecycleExpiry;
import dev.pail.internal.events.LifecyclePlanner;
import dev.pail.internal.events.LifecycleRule;
import dev.pail.internal.events.LifecycleTransitionMinimum;
import dev.pail.internal.events.VersionFacts;
import dev.pail.internal.handler.HandlerContext;
import dev.pail.internal.handler.ParsedCache;
import dev.pail.internal.handler.config.BucketConfigHandlers;
import dev.pail.internal.handler.config.ConfigurationKinds;
import dev.pail.internal.protocol.Formats;
import dev.pail.internal.protocol.S3Response;
import dev.pail.internal.store.Bucket;
import dev.pail.internal.store.ObjectVersion;
import dev.pail.internal.xml.LifecycleConfiguration;
import dev.pail.internal.xml.XmlCodec;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A bucket's lifecycle rules as a {@link LifecyclePlanner} (parsed once per stored document), and
 * what the responses say of them: {@code x-amz-expiration} on PUT, GET and HEAD, and
 * {@code x-amz-abort-date} with {@code x-amz-abort-rule-id} for uploads a rule will abort.
 */
public final class Lifecycles {

    private static final ParsedCache<List<LifecycleRule>> RULES = new ParsedCache<>(1024);

    private Lifecycles() {
    }

    /** The planner of the bucket's lifecycle configuration, if it has one. */
    public static Optional<LifecyclePlanner> planner(Bucket bucket, HandlerContext context) {
        return ConfigurationKinds.LIFECYCLE.stored(bucket).map(document -> {
            List<LifecycleRule> rules = RULES.get(bucket.name(), document, xml -> LifecycleRules.from(
                    XmlCodec.fromXml(xml.getBytes(StandardCharsets.UTF_8), LifecycleConfiguration.class)));
            LifecycleTransitionMinimum minimum = bucket.configuration(BucketConfigHandlers.MINIMUM_SIZE)
                    .flatMap(LifecycleTransitionMinimum::fromHeader).orElse(LifecycleTransitionMinimum.ALL_STORAGE_CLASSES_128K);
            return new LifecyclePlanner(rules, new LifecycleDays(context.dayLength()), minimum);
        });
    }

    /** The facts the planner judges a version by. */
    public static VersionFacts facts(ObjectVersion version) {
        return version.deleteMarker() ? VersionFacts.deleteMarker(version.versionId(), version.lastModified())
                : VersionFacts.object(version.versionId(), version.lastModified(), version.size(),
                        version.metadata().tags(), version.metadata().storageClass());
    }

    /**
     * Adds {@code x-amz-expiration: expiry-date="...", rule-id="..."} when a rule will expire this
     * current version (PutObject, GetObject, HeadObject, CopyObject, CompleteMultipartUpload).
     */
    public static void expirationHeader(S3Response.Builder response, HandlerContext context, Bucket bucket,
                                        ObjectVersion version) {
        planner(bucket, context).flatMap(p -> p.expiryOf(version.key(), facts(version))).ifPresent(expiry ->
                response.header("x-amz-expiration", "expiry-date=\"" + Formats.http(expiry.date()) + "\", rule-id=\""
                        + expiry.ruleId() + "\""));
    }

    /** Adds {@code x-amz-abort-date} and {@code x-amz-abort-rule-id} when a rule will abort this upload. */
    public static void abortHeaders(S3Response.Builder response, HandlerContext context, Bucket bucket, String key,
                                    Instant initiated) {
        abortOf(context, bucket, key, initiated).ifPresent(abort -> response
                .header("x-amz-abort-date", Formats.http(abort.date()))
                .header("x-amz-abort-rule-id", abort.ruleId()));
    }

    /** When and by which rule an upload will be aborted. */
    public static Optional<LifecycleExpiry> abortOf(HandlerContext context, Bucket bucket, String key, Instant initiated) {
        return planner(bucket, context).flatMap(p -> p.abortOf(key, initiated));
    }
}
