package dev.pail.internal.access.policy;

import dev.pail.User;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A statement's {@code Principal}, or with {@link #not()} its {@code NotPrincipal} (IAM User Guide,
 * "AWS JSON policy elements: Principal" and "NotPrincipal"). {@code "*"} and {@code {"AWS": "*"}} are
 * everyone, the anonymous requester included ("For resource-based policies, such as Amazon S3 bucket
 * policies, a wildcard (*) in the principal element specifies all users or public access"). An
 * account, by its 12-digit id or its root's ARN, is every user of that account; a user ARN is that
 * user ({@link User#arn()}); a {@code CanonicalUser} is the user with that canonical id. Service and
 * Federated principals are never a Pail user. Immutable.
 *
 * <p>{@code NotPrincipal} (only with Deny, see {@link PolicyParser}) applies to everyone its list does
 * not match, the anonymous requester included unless it lists {@code "*"}. AWS warns that listing only
 * a user's ARN "might deny access to the entire account containing the principal"; Pail, which has no
 * account/user hierarchy, exempts the listed user and the users of a listed account, exactly as the
 * same list in {@code Principal} would match them.
 */
public final class PrincipalSpec {

    private final boolean not;
    private final boolean everyone;
    private final Set<String> accounts;
    private final Set<String> arns;
    private final Set<String> canonicalIds;
    private final List<String> services;
    private final List<String> federated;

    PrincipalSpec(boolean not, boolean everyone, Set<String> accounts, Set<String> arns, Set<String> canonicalIds,
                  List<String> services, List<String> federated) {
        this.not = not;
        this.everyone = everyone;
        this.accounts = Set.copyOf(accounts);
        this.arns = Set.copyOf(arns);
        this.canonicalIds = Set.copyOf(canonicalIds);
        this.services = List.copyOf(services);
        this.federated = List.copyOf(federated);
    }

    /** Whether this is a {@code NotPrincipal}. */
    public boolean not() {
        return not;
    }

    /** Whether the list names everyone ({@code "*"} or {@code {"AWS": "*"}}). */
    public boolean everyone() {
        return everyone;
    }

    /** Whether the list names a Federated (web identity) principal. */
    public boolean federated() {
        return !federated.isEmpty();
    }

    /** Whether the statement applies to the requester ({@code NotPrincipal}: whether the list excludes them not). */
    boolean appliesTo(Optional<User> principal) {
        return listed(principal) != not;
    }

    /** Whether the list names the requester. */
    private boolean listed(Optional<User> principal) {
        if (everyone) {
            return true;
        }
        if (principal.isEmpty()) {
            return false;
        }
        User user = principal.get();
        return accounts.contains(user.accountId()) || arns.contains(user.arn())
                || canonicalIds.contains(user.canonicalId());
    }

    /** One line for a reason: {@code Principal *}, {@code NotPrincipal [..]}. */
    String describe() {
        return (not ? "NotPrincipal " : "Principal ") + (everyone ? "*" : "accounts " + accounts + " users " + arns
                + " canonical ids " + canonicalIds + (services.isEmpty() ? "" : " services " + services));
    }

    @Override
    public String toString() {
        return describe();
    }
}
