package dev.pail.internal.handler.acl;

import dev.pail.internal.access.Acl;
import dev.pail.internal.access.AclGrant;
import dev.pail.internal.access.Grantee;
import dev.pail.internal.access.Permission;
import dev.pail.internal.xml.AccessControlPolicy;
import dev.pail.internal.xml.Grant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns the XML form of an ACL ({@code AccessControlPolicy}) into the one access evaluation reads. */
public final class AclMapping {

    private AclMapping() {
    }

    /** The ACL access evaluation reads; grants it cannot understand (none that S3 accepts) are left out. */
    public static Acl toAcl(AccessControlPolicy policy) {
        List<AclGrant> grants = new ArrayList<>();
        for (Grant grant : policy.grants) {
            Optional<Permission> permission = grant.permission == null ? Optional.empty()
                    : Permission.fromWireName(grant.permission);
            Optional<Grantee> grantee = grant.grantee().flatMap(AclMapping::grantee);
            if (permission.isPresent() && grantee.isPresent()) {
                grants.add(new AclGrant(grantee.get(), permission.get()));
            }
        }
        return new Acl(policy.owner == null || policy.owner.id() == null ? "" : policy.owner.id(), grants);
    }

    private static Optional<Grantee> grantee(Grant.Grantee grantee) {
        String type = grantee.type() == null ? "" : grantee.type();
        return switch (type) {
            case "CanonicalUser" -> Optional.ofNullable(grantee.id()).map(Grantee::canonicalUser);
            case "Group" -> Optional.ofNullable(grantee.uri()).map(Grantee.Group::new);
            case "AmazonCustomerByEmail" -> Optional.ofNullable(grantee.emailAddress()).map(Grantee::email);
            default -> Optional.empty();
        };
    }
}
