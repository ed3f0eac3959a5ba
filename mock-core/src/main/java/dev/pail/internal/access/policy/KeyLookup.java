package dev.pail.internal.access.policy;

import java.util.List;

/** The values of a request's condition keys, by {@linkplain ConditionContext#normalize normalized} name. */
@FunctionalInterface
interface KeyLookup {

    /** The key's values, or {@code null} when the request does not have the key. */
    List<String> values(String normalizedKey);
}
