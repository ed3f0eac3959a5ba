package dev.pail.internal.handler.acl;

import dev.pail.S3ErrorCode;
import dev.pail.S3Operation;
import dev.pail.internal.error.S3Exception;
import dev.pail.internal.handler.HandlerContext;
import dev.pail.internal.handler.events.Notifier;
import dev.pail.internal.handler.ObjectLookup;
import dev.pail.internal.handler.Registry;
import dev.pail.internal.handler.RequestDocuments;
import dev.pail.internal.handler.XmlResponses;
import dev.pail.internal.handler.policy.BucketAccess;
import dev.pail.internal.protocol.PayloadReader;
import dev.pail.internal.protocol.S3Request;
import dev.pail.internal.protocol.S3Response;
import dev.pail.internal.store.Bucket;
import dev.pail.internal.store.ObjectVersion;
import dev.pail.internal.xml.AccessControlPolicy;
import dev.pail.internal.xml.Owner;
import dev.pail.internal.xml.XmlCodec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * GetBucketAcl, PutBucketAcl, GetObjectAcl and PutObjectAcl: canned ACLs, grant headers and
 * {@code AccessControlPolicy} bodies, within what Object Ownership and Block Public Access allow.
 */
public final class AclHandlers {

    private final HandlerContext context;

    public AclHandlers(HandlerContext context) {
        this.context = context;
    }

    /** The bucket owner, who owns its objects too until access control tells writers apart. */
    private Owner owner(Bucket bucket) {
        dev.pail.User user = context.ownerOf(bucket);
        return new Owner(user.canonicalId(), user.displayName());
    }

    private String ownerName(Bucket bucket) {
        return context.ownerOf(bucket).displayName();
    }

    public void register(Registry handlers) {
        handlers.put(S3Operation.GET_BUCKET_ACL, this::getBucketAcl);
        handlers.put(S3Operation.PUT_BUCKET_ACL, this::putBucketAcl);
        handlers.put(S3Operation.GET_OBJECT_ACL, this::getObjectAcl);
        handlers.put(S3Operation.PUT_OBJECT_ACL, this::putObjectAcl);
    }

    private S3Response getBucketAcl(S3Request request) {
        Bucket bucket = context.store().existingBucket(request.bucket());
        Owner owner = owner(bucket);
        return XmlResponses.ok(Acls.forResponse(BucketAccess.bucketAcl(bucket, owner), owner, ownerName(bucket)));
    }

    private S3Response putBucketAcl(S3Request request) throws IOException {
        Bucket bucket = context.store().existingBucket(request.bucket());
        Owner owner = owner(bucket);
        AccessControlPolicy acl = requestedAcl(request, false, owner);
        BucketAccess.checkAclAllowed(bucket, acl, owner);
        BucketAccess.setBucketAcl(bucket, acl);
        return S3Response.status(200).build();
    }

    private S3Response getObjectAcl(S3Request request) {
        Bucket bucket = context.store().existingBucket(request.bucket());
        ObjectVersion version = ObjectLookup.find(bucket, request.key(), request.queryParam("versionId"));
        boolean enforced = BucketAccess.BUCKET_OWNER_ENFORCED.equals(BucketAccess.objectOwnership(bucket));
        Owner owner = enforced ? owner(bucket) : ObjectAcls.ownerOf(bucket, version, context);
        AccessControlPolicy acl = enforced ? Acls.ownerOnly(owner) : ObjectAcls.get(bucket, version, owner);
        return XmlResponses.ok(Acls.forResponse(acl, owner, displayName(owner)));
    }

    private S3Response putObjectAcl(S3Request request) throws IOException {
        Bucket bucket = context.store().existingBucket(request.bucket());
        ObjectVersion version = ObjectLookup.find(bucket, request.key(), request.queryParam("versionId"));
        Owner owner = ObjectAcls.ownerOf(bucket, version, context);
        AccessControlPolicy acl = requestedAcl(request, true, owner);
        BucketAccess.checkAclAllowed(bucket, acl, owner);
        ObjectAcls.put(bucket, version, acl);
        Notifier.objectChanged(context, request, bucket, version, "ObjectAcl:Put");
        return S3Response.status(200).build();
    }

    /** The display name of an owner, as the users Pail knows give it. */
    private String displayName(Owner owner) {
        return context.users().byCanonicalId(owner.id()).map(dev.pail.User::displayName).orElse(owner.displayName());
    }

    /** The ACL a PUT ...?acl asks for: from its headers or from its body, never both. */
    private AccessControlPolicy requestedAcl(S3Request request, boolean forObject, Owner owner) throws IOException {
        byte[] body = PayloadReader.readSmall(request, RequestDocuments.MAX_DOCUMENT_BYTES);
        boolean hasBody = !new String(body, StandardCharsets.UTF_8).isBlank();
        if (Acls.hasAclHeaders(request.headers())) {
            if (hasBody) {
                throw new S3Exception(S3ErrorCode.UNEXPECTED_CONTENT, "This request does not support content");
            }
            return Acls.fromHeaders(request.headers(), owner, forObject, context::canonicalIdOfEmail).orElseThrow();
        }
        if (!hasBody) {
            throw new S3Exception(S3ErrorCode.MISSING_SECURITY_HEADER, "Your request was missing a required header")
                    .detail("MissingHeaderName", "x-amz-acl");
        }
        return Acls.checkBody(XmlCodec.fromXml(body, AccessControlPolicy.class), owner, context::canonicalIdOfEmail);
    }
}
