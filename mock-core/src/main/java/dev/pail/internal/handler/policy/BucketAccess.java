package dev.pail.internal.handler.policy;

import dev.pail.S3ErrorCode;
import dev.pail.internal.error.S3Exception;
import dev.pail.internal.handler.acl.AclMapping;
import dev.pail.internal.handler.acl.Acls;
import dev.pail.internal.handler.config.ConfigurationKinds;
import dev.pail.internal.store.Bucket;
import dev.pail.internal.xml.AccessControlPolicy;
import dev.pail.internal.xml.Owner;
import dev.pail.internal.xml.OwnershipControls;
import dev.pail.internal.xml.PublicAccessBlockConfiguration;
import dev.pail.internal.xml.XmlCodec;
import java.nio.charset.StandardCharsets;

/**
 * A bucket's access settings as the ACL and policy operations need them: its ACL, its Object
 * Ownership and its Block Public Access settings, with S3's defaults for new buckets.
 */
public final class BucketAccess {

    /** The configuration name of the bucket's own ACL. */
    public static final String BUCKET_ACL = "acl";
    public static final String BUCKET_OWNER_ENFORCED = "BucketOwnerEnforced";
    /** How S3 behaves for a bucket without ownership controls: ACLs apply, as before the setting existed. */
    public static final String OBJECT_WRITER = "ObjectWriter";

    private BucketAccess() {
    }

    /** The bucket's ACL: the stored one, else full control for the owner. */
    public static AccessControlPolicy bucketAcl(Bucket bucket, Owner owner) {
        return bucket.configuration(BUCKET_ACL)
                .map(xml -> XmlCodec.fromXml(xml.getBytes(StandardCharsets.UTF_8), AccessControlPolicy.class))
                .orElseGet(() -> Acls.ownerOnly(owner));
    }

    /** Stores the bucket's ACL. */
    public static void setBucketAcl(Bucket bucket, AccessControlPolicy acl) {
        bucket.putConfiguration(BUCKET_ACL, new String(XmlCodec.toXml(acl), StandardCharsets.UTF_8));
    }

    /** The Object Ownership setting in effect. */
    public static String objectOwnership(Bucket bucket) {
        return ConfigurationKinds.OWNERSHIP.effective(bucket)
                .map(controls -> controls.rules.get(0).objectOwnership).orElse(OBJECT_WRITER);
    }

    /** The Block Public Access settings in effect (all off when the bucket has none). */
    public static PublicAccessBlockConfiguration publicAccessBlock(Bucket bucket) {
        return ConfigurationKinds.PUBLIC_ACCESS_BLOCK.effective(bucket)
                .orElseGet(() -> PublicAccessBlockConfiguration.all(false));
    }

    /**
     * Refuses an ACL the bucket's settings do not allow: anything but owner full control under
     * BucketOwnerEnforced ({@code AccessControlListNotSupported}), a public ACL while
     * BlockPublicAcls is on ({@code AccessDenied}).
     */
    public static void checkAclAllowed(Bucket bucket, AccessControlPolicy acl, Owner owner) {
        if (BUCKET_OWNER_ENFORCED.equals(objectOwnership(bucket)) && !Acls.ownerFullControlOnly(acl, owner)) {
            throw new S3Exception(S3ErrorCode.ACCESS_CONTROL_LIST_NOT_SUPPORTED);
        }
        if (Acls.isPublic(acl) && Boolean.TRUE.equals(publicAccessBlock(bucket).blockPublicAcls)) {
            throw new S3Exception(S3ErrorCode.ACCESS_DENIED)
                    .explain("BlockPublicAcls (Block Public Access) refuses the public ACL " + AclMapping.toAcl(acl).describe());
        }
    }

    /** Refuses BucketOwnerEnforced while the bucket's ACL grants to anyone but its owner. */
    public static void checkOwnershipAllowed(OwnershipControls controls, Bucket bucket) {
        if (!BUCKET_OWNER_ENFORCED.equals(controls.rules.get(0).objectOwnership)) {
            return;
        }
        bucket.configuration(BUCKET_ACL).ifPresent(xml -> {
            AccessControlPolicy acl = XmlCodec.fromXml(xml.getBytes(StandardCharsets.UTF_8), AccessControlPolicy.class);
            if (!Acls.ownerFullControlOnly(acl, acl.owner)) {
                throw new S3Exception(S3ErrorCode.INVALID_BUCKET_ACL_WITH_OBJECT_OWNERSHIP);
            }
        });
    }
}
