package dev.pail.internal.access.policy;

import dev.pail.User;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One statement of a bucket policy, parsed and compiled. A statement applies to a request when its
 * principal, action and resource match it and all its conditions hold. Immutable.
 *
 * @param index      the 1-based position in the policy
 * @param sid        the {@code Sid}, if the statement has one
 * @param effect     Allow or Deny
 * @param principal  the {@code Principal} or {@code NotPrincipal}
 * @param action     the {@code Action} or {@code NotAction}
 * @param resource   the {@code Resource} or {@code NotResource}
 * @param conditions the conditions, all of which must hold
 */
public record Statement(int index, Optional<String> sid, Effect effect, PrincipalSpec principal, ActionSpec action,
                        ResourceSpec resource, List<Condition> conditions) {

    /** Checks and copies the components. */
    public Statement {
        Objects.requireNonNull(sid, "sid");
        Objects.requireNonNull(effect, "effect");
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(resource, "resource");
        conditions = List.copyOf(conditions);
    }

    /** The Sid if the statement has one, else {@code statement #<index>}. */
    public String label() {
        return sid.orElse("statement #" + index);
    }

    /** How a reason names the statement: {@code statement "Sid"} or {@code statement #2}. */
    String reference() {
        return sid.map(s -> "statement \"" + s + "\"").orElse("statement #" + index);
    }

    /** Whether principal, action (given lower-cased) and resource match the request. */
    boolean targets(Optional<User> requester, String lowerCaseAction, String resourceArn, KeyLookup keys) {
        return principal.appliesTo(requester) && action.appliesTo(lowerCaseAction)
                && resource.appliesTo(resourceArn, keys);
    }

    /** The first condition that does not hold, or {@code null} when all hold. */
    Condition firstFailing(KeyLookup keys) {
        for (Condition condition : conditions) {
            if (!condition.holds(keys)) {
                return condition;
            }
        }
        return null;
    }

    /** The conditions for a reason: {@code : condition X held}, or nothing without conditions. */
    String heldConditions() {
        if (conditions.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(conditions.size() == 1 ? ": condition " : ": conditions ");
        for (int i = 0; i < conditions.size(); i++) {
            out.append(i == 0 ? "" : " and ").append(conditions.get(i).describe());
        }
        return out.append(" held").toString();
    }
}
