package dev.pail.internal.access;

import dev.pail.User;
import dev.pail.internal.access.policy.Policy;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a bucket (and, for object requests, the object) says about access: its owner, its policy,
 * its ACLs, its Object Ownership and its Block Public Access settings. The ACLs are read lazily, as
 * most requests (the owner's own) never need them.
 *
 * @param bucketOwner the account owning the bucket (as its user)
 * @param policy      the bucket policy, if any
 * @param bucketAcl   the bucket's ACL
 * @param objectAcl   the object's ACL when the request is about an existing object; empty otherwise
 * @param ownership   the Object Ownership setting
 * @param block       the Block Public Access settings
 */
public record ResourceAccess(User bucketOwner, Optional<Policy> policy, Supplier<Acl> bucketAcl,
                             Supplier<Optional<Acl>> objectAcl, ObjectOwnership ownership, BlockPublicAccess block) {

    /** Validates the components. */
    public ResourceAccess {
        Objects.requireNonNull(bucketOwner, "bucketOwner");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(bucketAcl, "bucketAcl");
        Objects.requireNonNull(objectAcl, "objectAcl");
        Objects.requireNonNull(ownership, "ownership");
        Objects.requireNonNull(block, "block");
    }

    /** A bucket with only an owner: owner-only ACL, no policy, ObjectWriter, no Block Public Access. */
    public static ResourceAccess ownedBy(User owner) {
        return new ResourceAccess(owner, Optional.empty(), () -> Acl.ownerOnly(owner.canonicalId()), Optional::empty,
                ObjectOwnership.OBJECT_WRITER, BlockPublicAccess.NONE);
    }

    /** The same with this policy. */
    public ResourceAccess withPolicy(Policy newPolicy) {
        return new ResourceAccess(bucketOwner, Optional.of(newPolicy), bucketAcl, objectAcl, ownership, block);
    }

    /** The same with this bucket ACL. */
    public ResourceAccess withBucketAcl(Acl acl) {
        return new ResourceAccess(bucketOwner, policy, () -> acl, objectAcl, ownership, block);
    }

    /** The same with this object ACL. */
    public ResourceAccess withObjectAcl(Acl acl) {
        return new ResourceAccess(bucketOwner, policy, bucketAcl, () -> Optional.of(acl), ownership, block);
    }

    /** The same with this Object Ownership. */
    public ResourceAccess withOwnership(ObjectOwnership newOwnership) {
        return new ResourceAccess(bucketOwner, policy, bucketAcl, objectAcl, newOwnership, block);
    }

    /** The same with these Block Public Access settings. */
    public ResourceAccess withBlock(BlockPublicAccess newBlock) {
        return new ResourceAccess(bucketOwner, policy, bucketAcl, objectAcl, ownership, newBlock);
    }
}
