package dev.pail.internal.auth;

import dev.pail.User;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The users a server knows, by access key id; the first is the default user. Immutable. */
public final class UserDirectory {

    private final List<User> users;
    private final Map<String, User> byAccessKey = new LinkedHashMap<>();
    private final Map<String, User> byCanonicalId = new LinkedHashMap<>();

    /**
     * @param users the users, the default one first; access key ids must be unique
     * @throws IllegalArgumentException when empty or when an access key id repeats
     */
    public UserDirectory(List<User> users) {
        this.users = List.copyOf(users);
        if (this.users.isEmpty()) {
            throw new IllegalArgumentException("at least one user is needed");
        }
        for (User user : this.users) {
            if (byAccessKey.putIfAbsent(user.accessKeyId(), user) != null) {
                throw new IllegalArgumentException("access key id given twice: " + user.accessKeyId());
            }
            byCanonicalId.putIfAbsent(user.canonicalId(), user);
        }
    }

    /** The default user: the owner of the buckets made at start-up. */
    public User defaultUser() {
        return users.get(0);
    }

    /** Every user, the default first. */
    public List<User> users() {
        return users;
    }

    /** The user with an access key id. */
    public Optional<User> byAccessKey(String accessKeyId) {
        return Optional.ofNullable(byAccessKey.get(Objects.requireNonNull(accessKeyId, "accessKeyId")));
    }

    /** The user with this e-mail address (compared ignoring case), as S3 resolves e-mail grants. */
    public Optional<User> byEmail(String email) {
        return users.stream().filter(user -> user.email().equalsIgnoreCase(email)).findFirst();
    }

    /** The user with a canonical id. */
    public Optional<User> byCanonicalId(String canonicalId) {
        return Optional.ofNullable(byCanonicalId.get(canonicalId));
    }
}
