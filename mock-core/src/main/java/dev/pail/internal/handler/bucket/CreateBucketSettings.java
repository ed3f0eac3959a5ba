package dev.pail.internal.handler.bucket;

import dev.pail.BucketDefaults;
import dev.pail.S3ErrorCode;
import dev.pail.internal.error.S3Exception;
import dev.pail.internal.handler.HandlerContext;
import dev.pail.internal.handler.acl.Acls;
import dev.pail.internal.handler.config.ConfigurationKinds;
import dev.pail.internal.handler.policy.BucketAccess;
import dev.pail.internal.protocol.S3Request;
import dev.pail.internal.store.Bucket;
import dev.pail.internal.store.Store;
import dev.pail.internal.xml.AccessControlPolicy;
import dev.pail.internal.xml.Owner;
import dev.pail.internal.xml.OwnershipControls;
import java.util.Optional;
import java.util.Set;

/**
 * The access settings a CreateBucket request may carry in headers: {@code x-amz-object-ownership}
 * and an ACL ({@code x-amz-acl} or {@code x-amz-grant-*}), checked before the bucket exists and
 * applied right after it is created.
 *
 * @param objectOwnership the requested Object Ownership, if any (S3's default is BucketOwnerEnforced)
 * @param acl             the requested bucket ACL, if any
 */
public record CreateBucketSettings(Optional<String> objectOwnership, Optional<AccessControlPolicy> acl) {

    private static final Set<String> OWNERSHIP = Set.of("BucketOwnerEnforced", "BucketOwnerPreferred", "ObjectWriter");

    /**
     * Reads and checks the settings of a CreateBucket request.
     *
     * @throws S3Exception {@code InvalidArgument} for an unknown ownership or canned ACL,
     *                     {@code InvalidBucketAclWithObjectOwnership} for an ACL that BucketOwnerEnforced refuses
     */
    public static CreateBucketSettings from(S3Request request, HandlerContext context) {
        Owner owner = new Owner(context.caller(request).canonicalId(), context.caller(request).displayName());
        Optional<String> ownership = request.header("x-amz-object-ownership").map(String::trim);
        if (ownership.isPresent() && !OWNERSHIP.contains(ownership.get())) {
            throw S3Exception.invalidArgument("Invalid x-amz-object-ownership header: " + ownership.get(),
                    "x-amz-object-ownership", ownership.get());
        }
        Optional<AccessControlPolicy> acl = Acls.fromHeaders(request.headers(), owner, false, context::canonicalIdOfEmail);
        String byDefault = context.bucketDefaults() == BucketDefaults.LEGACY ? BucketAccess.OBJECT_WRITER
                : BucketAccess.BUCKET_OWNER_ENFORCED;
        boolean enforced = ownership.orElse(byDefault).equals(BucketAccess.BUCKET_OWNER_ENFORCED);
        if (enforced && acl.isPresent() && !Acls.ownerFullControlOnly(acl.get(), owner)) {
            throw new S3Exception(S3ErrorCode.INVALID_BUCKET_ACL_WITH_OBJECT_OWNERSHIP);
        }
        return new CreateBucketSettings(ownership, acl);
    }

    /** Applies the settings to the bucket just created. */
    public void applyTo(Bucket bucket, Store store) {
        objectOwnership.ifPresent(setting -> ConfigurationKinds.OWNERSHIP.put(bucket, new OwnershipControls(setting), store));
        acl.ifPresent(policy -> BucketAccess.setBucketAcl(bucket, policy));
    }
}
