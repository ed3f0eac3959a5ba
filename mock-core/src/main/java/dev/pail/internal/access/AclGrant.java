package dev.pail.internal.access;

import java.util.Objects;

/**
 * One entry of an access control list: a grantee and the permission granted to it.
 *
 * @param grantee    who the grant is for
 * @param permission what it allows
 */
public record AclGrant(Grantee grantee, Permission permission) {

    /** Validates the components. */
    public AclGrant {
        Objects.requireNonNull(grantee, "grantee");
        Objects.requireNonNull(permission, "permission");
    }

    /** Whether this grant makes its ACL public: any permission for AllUsers or AuthenticatedUsers. */
    public boolean isPublic() {
        return grantee.isPublic();
    }

    /** The grant in words, e.g. {@code AllUsers READ}; {@code owner} stands for the ACL owner's id. */
    String describe(String ownerId) {
        boolean owner = grantee instanceof Grantee.CanonicalUser user && user.id().equals(ownerId);
        return (owner ? "owner" : grantee.describe()) + " " + permission;
    }
}
