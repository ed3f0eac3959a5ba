package dev.pail.internal.handler.events;

import dev.pail.internal.events.EventMessages;
import dev.pail.internal.events.LifecycleAction;
import dev.pail.internal.events.LifecyclePlanner;
import dev.pail.internal.events.VersionFacts;
import dev.pail.internal.handler.HandlerContext;
import dev.pail.internal.handler.lock.ObjectLocks;
import dev.pail.internal.handler.object.RestoreHandlers;
import dev.pail.internal.store.Bucket;
import dev.pail.internal.store.DeleteOutcome;
import dev.pail.internal.store.KeyVersions;
import dev.pail.internal.store.MultipartUpload;
import dev.pail.internal.store.ObjectVersion;
import dev.pail.internal.store.StoreException;
import dev.pail.internal.store.VersioningState;
import dev.pail.internal.store.WriteCondition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What S3 does on its own as time passes, applied to a store at one instant: the lifecycle rules'
 * expirations, transitions and aborts, and the end of restored copies. Each action changes the store
 * as the matching request would and sends the event S3 sends ({@code LifecycleExpiration:*},
 * {@code LifecycleTransition}, {@code ObjectRestore:Delete}). Versions under Object Lock are left
 * alone, as S3 leaves them. Safe to run beside requests: every change is one atomic store operation,
 * conditioned on the version the rule judged.
 */
public final class LifecycleSweeper {

    private LifecycleSweeper() {
    }

    /** Applies everything due at the context's current time to every bucket. */
    public static void sweep(HandlerContext context) {
        Instant now = context.now();
        for (Bucket bucket : context.store().buckets()) {
            try {
                Lifecycles.planner(bucket, context).ifPresent(planner -> sweep(context, bucket, planner, now));
                if (bucket.configuration(RestoreHandlers.RESTORED_MARKER).isPresent()) {
                    expireRestores(context, bucket, now);
                }
            } catch (StoreException e) {
                // the bucket went away meanwhile: nothing left to do there
            }
        }
    }

    private static void sweep(HandlerContext context, Bucket bucket, LifecyclePlanner planner, Instant now) {
        boolean versioned = bucket.versioning() != VersioningState.UNVERSIONED;
        for (Map.Entry<String, KeyVersions> entry : bucket.keys().entrySet()) { // weakly consistent: no copy
            List<ObjectVersion> versions = entry.getValue().versions();
            List<VersionFacts> facts = new ArrayList<>(versions.size());
            versions.forEach(version -> facts.add(Lifecycles.facts(version)));
            for (LifecycleAction action : planner.actionsFor(entry.getKey(), facts, versioned, now)) {
                apply(context, bucket, entry.getKey(), versions, action);
            }
        }
        for (MultipartUpload upload : List.copyOf(bucket.uploads())) {
            if (planner.abortDue(upload.key(), upload.initiated(), now).isPresent()) {
                try {
                    bucket.abortUpload(upload.uploadId(), upload.key());
                } catch (StoreException e) {
                    // completed or aborted meanwhile
                }
            }
        }
    }

    private static void apply(HandlerContext context, Bucket bucket, String key, List<ObjectVersion> versions,
                              LifecycleAction action) {
        try {
            if (action instanceof LifecycleAction.ExpireCurrent) {
                expireCurrent(context, bucket, key, versions.get(0));
            } else if (action instanceof LifecycleAction.RemoveDeleteMarker remove) {
                removeVersion(context, bucket, key, find(versions, remove.versionId()), "LifecycleExpiration:Delete");
            } else if (action instanceof LifecycleAction.ExpireNoncurrent expire) {
                removeVersion(context, bucket, key, find(versions, expire.versionId()), "LifecycleExpiration:Delete");
            } else if (action instanceof LifecycleAction.Transition transition) {
                transition(context, bucket, key, find(versions, transition.versionId()), transition.storageClass());
            }
        } catch (StoreException e) {
            // the version changed since it was judged: the next sweep judges it again
        }
    }

    private static void expireCurrent(HandlerContext context, Bucket bucket, String key, ObjectVersion current) {
        if (current.deleteMarker()) {
            return;
        }
        if (bucket.versioning() == VersioningState.UNVERSIONED) {
            if (locked(current, context)) {
                return;
            }
            DeleteOutcome outcome = bucket.delete(key, Optional.empty(), new WriteCondition(false,
                    Optional.of(current.etag())), context.now());
            if (outcome.removed().isPresent()) {
                Notifier.byS3(context, bucket, "LifecycleExpiration:Delete", key, Optional.empty(), OptionalLong.empty(),
                        Optional.empty(), Optional.empty());
            }
            return;
        }
        DeleteOutcome outcome = bucket.delete(key, Optional.empty(), new WriteCondition(false,
                Optional.of(current.etag())), context.now());
        Notifier.byS3(context, bucket, "LifecycleExpiration:DeleteMarkerCreated", key, outcome.versionId(),
                OptionalLong.empty(), Optional.empty(), Optional.empty());
    }

    private static void removeVersion(HandlerContext context, Bucket bucket, String key, Optional<ObjectVersion> version,
                                      String eventName) {
        if (version.isEmpty() || locked(version.get(), context)) {
            return;
        }
        DeleteOutcome outcome = bucket.delete(key, Optional.of(version.get().versionId()), WriteCondition.NONE,
                context.now());
        if (outcome.removed().isPresent()) {
            Notifier.byS3(context, bucket, eventName, key, Optional.of(version.get().versionId()), OptionalLong.empty(),
                    Optional.empty(), Optional.empty());
        }
    }

    private static void transition(HandlerContext context, Bucket bucket, String key, Optional<ObjectVersion> version,
                                   String storageClass) {
        if (version.isEmpty()) {
            return;
        }
        Optional<ObjectVersion> moved = bucket.updateMetadata(key, version.get().versionId(),
                metadata -> metadata.withStorageClass(storageClass));
        moved.ifPresent(v -> Notifier.byS3(context, bucket, "LifecycleTransition", key, Optional.of(v.versionId()),
                OptionalLong.of(v.size()), Optional.of(v.etag()), Optional.of(transitionEventData(storageClass))));
    }

    /** The {@code "lifecycleEventData":{...}} member of a {@code LifecycleTransition} record. */
    static String transitionEventData(String storageClass) {
        return EventMessages.member("lifecycleEventData", json -> json.begin().name("transitionEventData").begin()
                .field("destinationStorageClass", storageClass).end().end());
    }

    /** Restored copies whose days are over are gone: {@code x-amz-restore} goes, the object is archived again. */
    private static void expireRestores(HandlerContext context, Bucket bucket, Instant now) {
        for (Map.Entry<String, KeyVersions> entry : bucket.keys().entrySet()) { // weakly consistent: no copy
            for (ObjectVersion version : entry.getValue().versions()) {
                Optional<Instant> until = RestoreHandlers.restoredUntil(version);
                if (until.isPresent() && !now.isBefore(until.get())) {
                    Map<String, String> system = new LinkedHashMap<>(version.metadata().systemHeaders());
                    system.remove(RestoreHandlers.RESTORE);
                    bucket.updateMetadata(entry.getKey(), version.versionId(), m -> m.withSystemHeaders(system));
                    Notifier.byS3(context, bucket, "ObjectRestore:Delete", entry.getKey(), Optional.of(version.versionId()),
                            OptionalLong.of(version.size()), Optional.of(version.etag()), Optional.empty());
                }
            }
        }
    }

    private static boolean locked(ObjectVersion version, HandlerContext context) {
        return ObjectLocks.isProtected(version, false, context.now());
    }

    private static Optional<ObjectVersion> find(List<ObjectVersion> versions, String versionId) {
        return versions.stream().filter(v -> v.versionId().equals(versionId)).findFirst();
    }
}
