package dev.pail.internal.access;

import dev.pail.User;
import dev.pail.internal.access.policy.PolicyDecision;
import dev.pail.internal.access.policy.PolicyRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * S3's authorization of one request against one bucket, pure: an explicit Deny in the bucket policy
 * refuses; the bucket owner's account, the object's owner, an Allow of the policy or an ACL grant
 * allows (ACLs only while Object Ownership enables them); anything else is refused. Block Public
 * Access applies on the way: IgnorePublicAcls drops public grants, RestrictPublicBuckets drops a
 * public policy's Allow for everyone outside the bucket owner's account.
 *
 * <p>See "How Amazon S3 authorizes a request" and "Blocking public access to your Amazon S3
 * storage" in S3's user guide. Pail's users are account roots, so the requester's own account never
 * withholds what the bucket grants.
 */
public final class AccessEvaluator {

    /** What the bucket owner's account may always do, whatever the policy denies (S3's lock-out escape). */
    private static final Set<String> OWNER_POLICY_ACTIONS = Set.of("s3:GetBucketPolicy", "s3:PutBucketPolicy",
            "s3:DeleteBucketPolicy");

    private AccessEvaluator() {
    }

    /** Whether the request may go on, and why. */
    public static Decision decide(AccessRequest request, ResourceAccess resource) {
        Optional<User> principal = request.principal();
        Requirement needed = request.requirement();
        boolean ownerAccount = principal.map(u -> u.accountId().equals(resource.bucketOwner().accountId())).orElse(false);
        Optional<PolicyDecision> policy = resource.policy().map(p -> p.evaluate(
                new PolicyRequest(principal, needed.action(), request.resourceArn(), request.context())));
        if (policy.filter(d -> d.outcome() == PolicyDecision.Outcome.DENY).isPresent()
                && !(ownerAccount && OWNER_POLICY_ACTIONS.contains(needed.action()))) {
            return Decision.deny(policy.get().reason());
        }
        List<String> misses = new ArrayList<>();
        Optional<String> ownerRight = ownerRight(request, resource, ownerAccount, misses);
        if (ownerRight.isPresent()) {
            return Decision.allow(ownerRight.get());
        }
        if (policy.filter(d -> d.outcome() == PolicyDecision.Outcome.ALLOW).isPresent()) {
            if (!(resource.block().restrictPublicBuckets() && !ownerAccount && resource.policy().get().isPublic())) {
                return Decision.allow(policy.get().reason());
            }
            misses.add("RestrictPublicBuckets (Block Public Access) ignores the public bucket policy's "
                    + policy.get().statement().map(s -> "statement " + s + " ").orElse("") + "Allow");
        } else {
            misses.add(policy.map(PolicyDecision::reason).orElse("the bucket has no policy"));
        }
        Optional<String> grant = aclGrant(request, resource, misses);
        if (grant.isPresent()) {
            return Decision.allow(grant.get());
        }
        return Decision.deny(request.who() + " may not " + needed.action() + " on " + request.resourceArn() + ": "
                + String.join("; ", misses));
    }

    /** The bucket owner's account owns what is in it, unless another account wrote (and owns) the object. */
    private static Optional<String> ownerRight(AccessRequest request, ResourceAccess resource, boolean ownerAccount,
                                               List<String> misses) {
        Requirement needed = request.requirement();
        boolean aboutTheObject = needed.target() == AclTarget.OBJECT && needed.aclOf() == AclTarget.OBJECT;
        Optional<String> objectOwner = aboutTheObject && resource.ownership().aclsEnabled()
                ? resource.objectAcl().get().map(Acl::ownerId) : Optional.empty();
        String canonicalId = request.principal().map(User::canonicalId).orElse(null);
        if (objectOwner.isPresent() && objectOwner.get().equals(canonicalId)) {
            return Optional.of("the object's owner (the account that wrote it)");
        }
        if (!ownerAccount) {
            return Optional.empty();
        }
        if (objectOwner.isPresent() && !objectOwner.get().equals(resource.bucketOwner().canonicalId())) {
            misses.add("the object is owned by the account that wrote it (ObjectWriter), not by the bucket owner");
            return Optional.empty();
        }
        return Optional.of("the bucket owner's account");
    }

    private static Optional<String> aclGrant(AccessRequest request, ResourceAccess resource, List<String> misses) {
        Requirement needed = request.requirement();
        if (needed.permission().isEmpty()) {
            misses.add("no ACL can grant " + needed.action() + " (only the owner or a bucket policy)");
            return Optional.empty();
        }
        if (!resource.ownership().aclsEnabled()) {
            misses.add("ACLs are disabled (Object Ownership is BucketOwnerEnforced)");
            return Optional.empty();
        }
        Permission permission = needed.permission().get();
        String whose = needed.aclOf() == AclTarget.BUCKET ? "bucket" : "object";
        Acl acl = needed.aclOf() == AclTarget.BUCKET ? resource.bucketAcl().get()
                : resource.objectAcl().get().orElseGet(() -> Acl.ownerOnly(resource.bucketOwner().canonicalId()));
        boolean ignorePublic = resource.block().ignorePublicAcls();
        Optional<AclGrant> grant = acl.grantFor(request.principal(), permission, ignorePublic);
        if (grant.isPresent()) {
            return Optional.of("the " + whose + " ACL grants " + grant.get().describe(acl.ownerId()));
        }
        Optional<AclGrant> ignored = ignorePublic ? acl.ignoredPublicGrant(request.principal(), permission) : Optional.empty();
        misses.add(ignored.map(g -> "IgnorePublicAcls (Block Public Access) ignores the " + whose + " ACL grant "
                + g.describe(acl.ownerId())).orElse("the " + whose + " ACL " + acl.describe() + " grants no " + permission
                + " to " + request.who()));
        return Optional.empty();
    }
}
