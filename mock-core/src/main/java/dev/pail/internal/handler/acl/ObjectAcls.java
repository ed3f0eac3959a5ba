package dev.pail.internal.handler.acl;

import dev.pail.User;
import dev.pail.internal.handler.HandlerContext;
import dev.pail.internal.handler.policy.BucketAccess;
import dev.pail.internal.protocol.Headers;
import dev.pail.internal.store.Bucket;
import dev.pail.internal.store.ObjectVersion;
import dev.pail.internal.xml.AccessControlPolicy;
import dev.pail.internal.xml.Owner;
import dev.pail.internal.xml.XmlCodec;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Object ACLs, kept per object version among the bucket's configurations under
 * {@code acl/<key>/<versionId>}. Each is stamped with the version it was set on, so an ACL left
 * behind by an overwritten {@code null} version never applies to the object that replaced it.
 */
public final class ObjectAcls {

    /** Where an ACL asked for at CreateMultipartUpload waits for the object to exist (plus the upload id). */
    public static final String PENDING_UPLOAD_ACL = "upload-acl/";

    private ObjectAcls() {
    }

    /** The ACL of a version: the one set on it, else full control for the owner. */
    public static AccessControlPolicy get(Bucket bucket, ObjectVersion version, Owner owner) {
        return bucket.configuration(name(version))
                .flatMap(stored -> stored.startsWith(stamp(version) + "\n")
                        ? Optional.of(stored.substring(stamp(version).length() + 1)) : Optional.empty())
                .map(xml -> XmlCodec.fromXml(xml.getBytes(StandardCharsets.UTF_8), AccessControlPolicy.class))
                .orElseGet(() -> Acls.ownerOnly(owner));
    }

    /** The ACL set on a version, if one was (an object without one has its owner-only default). */
    public static Optional<AccessControlPolicy> stored(Bucket bucket, ObjectVersion version) {
        return bucket.configuration(name(version))
                .flatMap(stored -> stored.startsWith(stamp(version) + "\n")
                        ? Optional.of(stored.substring(stamp(version).length() + 1)) : Optional.empty())
                .map(xml -> XmlCodec.fromXml(xml.getBytes(StandardCharsets.UTF_8), AccessControlPolicy.class));
    }

    /**
     * The ACL to store with an object a write creates: the one its headers ask for ({@code x-amz-acl}
     * or {@code x-amz-grant-*}), checked against the bucket's Object Ownership and Block Public Access
     * before anything is written, owned by the writer when Object Ownership makes the writer the owner
     * (ObjectWriter; BucketOwnerPreferred without {@code bucket-owner-full-control}) and that is another
     * account than the bucket owner's. Store it with {@link #put} once the version exists.
     *
     * @throws dev.pail.internal.error.S3Exception {@code AccessControlListNotSupported},
     *         {@code AccessDenied}, {@code InvalidArgument} or {@code InvalidRequest}, as S3 refuses the ACL
     */
    public static Optional<AccessControlPolicy> requested(Headers headers, Bucket bucket, HandlerContext context,
                                                          User writer) {
        User bucketOwnerUser = context.ownerOf(bucket);
        Owner bucketOwner = new Owner(bucketOwnerUser.canonicalId(), bucketOwnerUser.displayName());
        String ownership = BucketAccess.objectOwnership(bucket);
        boolean preferred = "BucketOwnerPreferred".equals(ownership)
                && headers.first("x-amz-acl").map(String::trim).filter("bucket-owner-full-control"::equals).isPresent();
        boolean writerOwns = !BucketAccess.BUCKET_OWNER_ENFORCED.equals(ownership) && !preferred
                && !writer.canonicalId().equals(bucketOwnerUser.canonicalId());
        Owner owner = writerOwns ? new Owner(writer.canonicalId(), writer.displayName()) : bucketOwner;
        Optional<AccessControlPolicy> acl = Acls.fromHeaders(headers, owner, bucketOwner, true, context::canonicalIdOfEmail);
        acl.ifPresent(policy -> BucketAccess.checkAclAllowed(bucket, policy, owner));
        return writerOwns && acl.isEmpty() ? Optional.of(Acls.ownerOnly(owner)) : acl;
    }

    /** The owner an object's ACL names: its writer when another account wrote it, else the bucket owner. */
    public static Owner ownerOf(Bucket bucket, ObjectVersion version, HandlerContext context) {
        User bucketOwner = context.ownerOf(bucket);
        return stored(bucket, version).map(acl -> acl.owner).filter(o -> o != null && o.id() != null)
                .orElseGet(() -> new Owner(bucketOwner.canonicalId(), bucketOwner.displayName()));
    }

    /** Sets the ACL of a version (for PutObjectAcl, and for writes that carry ACL headers). */
    public static void put(Bucket bucket, ObjectVersion version, AccessControlPolicy acl) {
        bucket.putConfiguration(name(version), stamp(version) + "\n" + new String(XmlCodec.toXml(acl), StandardCharsets.UTF_8));
    }

    private static String name(ObjectVersion version) {
        return "acl/" + version.key() + "/" + version.versionId();
    }

    /** What tells this version apart from a later one with the same key and version id. */
    private static String stamp(ObjectVersion version) {
        return version.lastModified() + "|" + version.etag() + "|" + Integer.toHexString(System.identityHashCode(version.content()));
    }
}
