package dev.pail.internal.access.policy;

import dev.pail.User;
import java.util.Objects;
import java.util.Optional;

/**
 * One request as a bucket policy sees it.
 *
 * @param principal   the authenticated user; empty for an anonymous request
 * @param action      the action, e.g. {@code s3:GetObject} (matched without regard to case, as IAM does)
 * @param resourceArn {@code arn:aws:s3:::bucket} or {@code arn:aws:s3:::bucket/key} (matched with regard to case)
 * @param context     the request's condition keys and their values
 */
public record PolicyRequest(Optional<User> principal, String action, String resourceArn, ConditionContext context) {

    /** Checks the components. */
    public PolicyRequest {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(resourceArn, "resourceArn");
        Objects.requireNonNull(context, "context");
    }
}
