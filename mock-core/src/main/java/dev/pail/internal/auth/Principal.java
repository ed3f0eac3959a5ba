package dev.pail.internal.auth;

import dev.pail.User;
import dev.pail.recording.AuthMethod;
import java.util.Objects;
import java.util.Optional;

/**
 * Who a request is from, as authentication established it: a known user, or anonymous, and how.
 *
 * @param user   the user, empty for the anonymous principal
 * @param method how the request was authenticated
 */
public record Principal(Optional<User> user, AuthMethod method) {

    /** Validates the components. */
    public Principal {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(method, "method");
    }

    /** A known user. */
    public static Principal of(User user, AuthMethod method) {
        return new Principal(Optional.of(user), method);
    }

    /** The anonymous principal of an unsigned request. */
    public static Principal anonymous() {
        return new Principal(Optional.empty(), AuthMethod.UNSIGNED);
    }

    /** Whether this is the anonymous principal. */
    public boolean isAnonymous() {
        return user.isEmpty();
    }

    /** The access key id, empty for anonymous. */
    public Optional<String> accessKeyId() {
        return user.map(User::accessKeyId);
    }
}
