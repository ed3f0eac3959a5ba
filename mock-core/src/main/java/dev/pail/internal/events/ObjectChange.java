package dev.pail.internal.events;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A change to an object that may be notified: what happened, who did it from where, and the object
 * as the message describes it.
 *
 * @param eventName       e.g. {@code ObjectCreated:Put}, {@code ObjectRemoved:DeleteMarkerCreated}
 * @param time            when the change was done
 * @param region          the bucket's region
 * @param principalId     who did it ({@code AWS:<id>}, or {@code s3.amazonaws.com} for lifecycle)
 * @param requester       the requester's account id ({@code s3.amazonaws.com} for lifecycle), as EventBridge names it
 * @param sourceIp        the client's address
 * @param requestId       the request's {@code x-amz-request-id}
 * @param hostId          the request's {@code x-amz-id-2}
 * @param bucket          the bucket
 * @param ownerPrincipal  the bucket owner's principal id
 * @param ownerAccount    the bucket owner's account id
 * @param key             the key, decoded
 * @param size            the object's size (creations)
 * @param etag            the object's ETag, unquoted (creations)
 * @param versionId       the version (versioned buckets)
 * @param extra           what some events carry besides: {@code glacierEventData}, {@code lifecycleEventData}
 *                        as a JSON member text ({@code "name":{...}}), else empty
 */
public record ObjectChange(String eventName, Instant time, String region, String principalId, String requester,
                           String sourceIp, String requestId, String hostId, String bucket, String ownerPrincipal,
                           String ownerAccount, String key,
                           OptionalLong size, Optional<String> etag, Optional<String> versionId, Optional<String> extra) {

    /** Validates the components. */
    public ObjectChange {
        Objects.requireNonNull(eventName, "eventName");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(principalId, "principalId");
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(sourceIp, "sourceIp");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(hostId, "hostId");
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(ownerPrincipal, "ownerPrincipal");
        Objects.requireNonNull(ownerAccount, "ownerAccount");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(etag, "etag");
        Objects.requireNonNull(versionId, "versionId");
        Objects.requireNonNull(extra, "extra");
    }

    /** The same change under another event name (a lifecycle expiration that creates a delete marker, say). */
    public ObjectChange named(String name) {
        return new ObjectChange(name, time, region, principalId, requester, sourceIp, requestId, hostId, bucket,
                ownerPrincipal, ownerAccount, key, size, etag, versionId, extra);
    }
}
