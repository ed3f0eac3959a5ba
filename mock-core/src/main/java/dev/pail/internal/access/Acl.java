package dev.pail.internal.access;

import dev.pail.User;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An access control list as access evaluation reads it: the resource owner's canonical id and the
 * grants, apart from the XML form S3 exchanges ({@code AccessControlPolicy}).
 *
 * @param ownerId the canonical id of the resource's owner
 * @param grants  the grants, in document order
 */
public record Acl(String ownerId, List<AclGrant> grants) {

    /** Validates and copies the components. */
    public Acl {
        Objects.requireNonNull(ownerId, "ownerId");
        grants = List.copyOf(grants);
    }

    /** The ACL every new bucket and object starts with: the owner has full control. */
    public static Acl ownerOnly(String ownerId) {
        return new Acl(ownerId, List.of(new AclGrant(Grantee.canonicalUser(ownerId), Permission.FULL_CONTROL)));
    }

    /**
     * The first grant giving {@code needed} to the requester, if any.
     *
     * @param principal    the requester (empty: anonymous)
     * @param ignorePublic whether grants to AllUsers and AuthenticatedUsers are ignored (IgnorePublicAcls)
     */
    public Optional<AclGrant> grantFor(Optional<User> principal, Permission needed, boolean ignorePublic) {
        for (AclGrant grant : grants) {
            if (grant.permission().implies(needed) && !(ignorePublic && grant.isPublic())
                    && grant.grantee().matches(principal)) {
                return Optional.of(grant);
            }
        }
        return Optional.empty();
    }

    /** The public grant that would have given {@code needed} to the requester, had it not been ignored. */
    public Optional<AclGrant> ignoredPublicGrant(Optional<User> principal, Permission needed) {
        return grants.stream().filter(AclGrant::isPublic)
                .filter(grant -> grant.permission().implies(needed) && grant.grantee().matches(principal)).findFirst();
    }

    /** Whether any grant is to AllUsers or AuthenticatedUsers. */
    public boolean isPublic() {
        return grants.stream().anyMatch(AclGrant::isPublic);
    }

    /** The grants in words, e.g. {@code [owner FULL_CONTROL, AllUsers READ]}. */
    public String describe() {
        return grants.stream().map(grant -> grant.describe(ownerId)).toList().toString();
    }
}
