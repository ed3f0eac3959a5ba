package dev.pail.internal.access;

import dev.pail.User;
import dev.pail.internal.access.policy.ConditionContext;
import java.util.Objects;
import java.util.Optional;

/**
 * One request as access control sees it: who asks, what it needs, on which resource, with which
 * condition keys.
 *
 * @param principal   the requester; empty for anonymous
 * @param requirement what the operation needs
 * @param resourceArn {@code arn:aws:s3:::bucket} or {@code arn:aws:s3:::bucket/key}
 * @param context     the request's condition keys, for policy conditions
 */
public record AccessRequest(Optional<User> principal, Requirement requirement, String resourceArn,
                            ConditionContext context) {

    /** Validates the components. */
    public AccessRequest {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(requirement, "requirement");
        Objects.requireNonNull(resourceArn, "resourceArn");
        Objects.requireNonNull(context, "context");
    }

    /** The requester in words: {@code anonymous} or {@code alice (account 111122223333)}. */
    public String who() {
        return principal.map(user -> user.displayName() + " (account " + user.accountId() + ")").orElse("anonymous");
    }
}
