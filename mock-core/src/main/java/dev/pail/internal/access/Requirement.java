package dev.pail.internal.access;

import java.util.Objects;
import java.util.Optional;

/**
 * What one operation needs: the policy action S3 authorizes it as ({@code s3:GetObjectVersion}), the
 * ACL permission that can grant it (none when only the owner or a policy can) and whose ACL that is.
 *
 * @param action     the {@code s3:} action, as bucket policies name it
 * @param permission the ACL permission that grants it, if an ACL can
 * @param aclOf      whose ACL grants the permission: {@link AclTarget#BUCKET} for listing and writes,
 *                   {@link AclTarget#OBJECT} for reads and ACL access of one object
 * @param target     what the request is about (its resource ARN is a bucket's or an object's)
 */
public record Requirement(String action, Optional<Permission> permission, AclTarget aclOf, AclTarget target) {

    /** Validates the components. */
    public Requirement {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(permission, "permission");
        Objects.requireNonNull(aclOf, "aclOf");
        Objects.requireNonNull(target, "target");
    }

    /** An action on the bucket that only its owner (or a policy) may take. */
    static Requirement bucket(String action) {
        return new Requirement(action, Optional.empty(), AclTarget.BUCKET, AclTarget.BUCKET);
    }

    /** An action on the bucket that the bucket's ACL can grant. */
    static Requirement bucket(String action, Permission permission) {
        return new Requirement(action, Optional.of(permission), AclTarget.BUCKET, AclTarget.BUCKET);
    }

    /** An action on an object that only its owner (or a policy) may take. */
    static Requirement object(String action) {
        return new Requirement(action, Optional.empty(), AclTarget.OBJECT, AclTarget.OBJECT);
    }

    /** An action on an object that the object's ACL can grant. */
    static Requirement object(String action, Permission permission) {
        return new Requirement(action, Optional.of(permission), AclTarget.OBJECT, AclTarget.OBJECT);
    }

    /** A write of an object, which the bucket's ACL grants (WRITE). */
    static Requirement objectWrite(String action) {
        return new Requirement(action, Optional.of(Permission.WRITE), AclTarget.BUCKET, AclTarget.OBJECT);
    }

    /** An action that concerns no bucket. */
    static Requirement service(String action) {
        return new Requirement(action, Optional.empty(), AclTarget.SERVICE, AclTarget.SERVICE);
    }
}
