package dev.pail.internal.access.policy;

import dev.pail.User;
import java.util.List;
import java.util.Optional;

/**
 * A request's condition keys: the caller's {@link ConditionContext}, and where it lacks them the keys
 * IAM derives from the requester (IAM User Guide, "AWS global condition context keys"):
 * {@code aws:PrincipalAccount}, {@code aws:PrincipalArn}, {@code aws:username} and
 * {@code aws:PrincipalType} ({@code User}, or {@code Anonymous} with no other principal key).
 */
final class RequestKeys implements KeyLookup {

    private final ConditionContext context;
    private final Optional<User> principal;

    RequestKeys(ConditionContext context, Optional<User> principal) {
        this.context = context;
        this.principal = principal;
    }

    @Override
    public List<String> values(String normalizedKey) {
        List<String> values = context.valuesOfNormalized(normalizedKey);
        return values != null ? values : derived(normalizedKey);
    }

    private List<String> derived(String key) {
        if (principal.isEmpty()) {
            return key.equals("aws:principaltype") ? List.of("Anonymous") : null;
        }
        User user = principal.get();
        return switch (key) {
            case "aws:principalaccount" -> List.of(user.accountId());
            case "aws:principalarn" -> List.of(user.arn());
            case "aws:username" -> List.of(user.displayName());
            case "aws:principaltype" -> List.of("User");
            default -> null;
        };
    }
}
