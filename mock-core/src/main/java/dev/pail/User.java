package dev.pail;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * A user Pail knows: access key id and secret, and the identity S3 reports for it. Each user is its own
 * account. An immutable value; {@link #of(String, String)} derives the identity from the access key id,
 * {@link #builder(String, String)} sets any part of it.
 *
 * @param accessKeyId     the access key id requests are signed with
 * @param secretAccessKey the secret they are signed with
 * @param canonicalId     the canonical user id (64 hex digits) of ACLs and owners
 * @param displayName     the display name of ACLs and owners
 * @param email           the e-mail address ACL grants may name
 * @param accountId       the 12-digit account id of ARNs and bucket policies
 */
public record User(String accessKeyId, String secretAccessKey, String canonicalId, String displayName, String email,
                   String accountId) {

    /** The default user's access key id. */
    public static final String DEFAULT_ACCESS_KEY_ID = "pail";
    /** The default user's secret. */
    public static final String DEFAULT_SECRET_ACCESS_KEY = "pail-secret";
    /** The canonical id of the default user (as Pail has always reported for the owner). */
    public static final String DEFAULT_CANONICAL_ID = "75aa57f09aa0c8caeab4f8c24e99d10f8e7faeebf76c078efc7c6caea54ba06a";
    /** The account id of the default user. */
    public static final String DEFAULT_ACCOUNT_ID = "000000000000";

    /** Validates the components. */
    public User {
        requireText(accessKeyId, "accessKeyId");
        requireText(secretAccessKey, "secretAccessKey");
        requireText(canonicalId, "canonicalId");
        requireText(displayName, "displayName");
        requireText(email, "email");
        requireText(accountId, "accountId");
        if (accessKeyId.chars().anyMatch(c -> c == '/' || c == ':' || Character.isWhitespace(c))) {
            throw new IllegalArgumentException("accessKeyId must not contain '/', ':' or blanks: " + accessKeyId);
        }
        if (!accountId.matches("[0-9]{12}")) {
            throw new IllegalArgumentException("accountId must be 12 digits: " + accountId);
        }
    }

    /**
     * A user from its text form {@code ACCESS_KEY:SECRET_KEY[:CANONICAL_ID[:DISPLAY_NAME[:EMAIL]]]}, as the
     * standalone server's {@code --user} and {@code @PailTest(users = ..)} take it: split at the first
     * four colons (secrets may hold '/', '+' and '=', display names blanks and '$'); parts left out or
     * empty are derived from the access key id.
     *
     * @throws IllegalArgumentException when the access key or the secret is missing
     */
    public static User parse(String spec) {
        String[] parts = Objects.requireNonNull(spec, "spec").split(":", 5);
        if (parts.length < 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
            throw new IllegalArgumentException(
                    "a user is ACCESS_KEY:SECRET_KEY[:CANONICAL_ID[:DISPLAY_NAME[:EMAIL]]]: " + spec);
        }
        Builder user = builder(parts[0], parts[1]);
        if (parts.length > 2 && !parts[2].isEmpty()) {
            user.canonicalId(parts[2]);
        }
        if (parts.length > 3 && !parts[3].isEmpty()) {
            user.displayName(parts[3]);
        }
        if (parts.length > 4 && !parts[4].isEmpty()) {
            user.email(parts[4]);
        }
        return user.build();
    }

    /** A user whose canonical id, display name, e-mail and account id are derived from the access key id. */
    public static User of(String accessKeyId, String secretAccessKey) {
        return builder(accessKeyId, secretAccessKey).build();
    }

    /** The default user, {@code pail} / {@code pail-secret}, who owns the buckets made at start-up. */
    public static User defaultUser() {
        return of(DEFAULT_ACCESS_KEY_ID, DEFAULT_SECRET_ACCESS_KEY);
    }

    /** A builder for a user with these credentials. */
    public static Builder builder(String accessKeyId, String secretAccessKey) {
        return new Builder(accessKeyId, secretAccessKey);
    }

    /** The ARN of the account's root, {@code arn:aws:iam::<account>:root}. */
    public String accountArn() {
        return "arn:aws:iam::" + accountId + ":root";
    }

    /** The ARN of this user, {@code arn:aws:iam::<account>:user/<display name>}. */
    public String arn() {
        return "arn:aws:iam::" + accountId + ":user/" + displayName;
    }

    /** Never shows the secret. */
    @Override
    public String toString() {
        return "User[" + accessKeyId + ", " + displayName + ", account " + accountId + "]";
    }

    private static void requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }

    /** Sets the parts of a user's identity; what is not set is derived from the access key id. */
    public static final class Builder {

        private final String accessKeyId;
        private final String secretAccessKey;
        private Optional<String> canonicalId = Optional.empty();
        private Optional<String> displayName = Optional.empty();
        private Optional<String> email = Optional.empty();
        private Optional<String> accountId = Optional.empty();

        private Builder(String accessKeyId, String secretAccessKey) {
            this.accessKeyId = Objects.requireNonNull(accessKeyId, "accessKeyId");
            this.secretAccessKey = Objects.requireNonNull(secretAccessKey, "secretAccessKey");
        }

        /** The canonical user id (default: derived from the access key id; the default user's is fixed). */
        public Builder canonicalId(String id) {
            this.canonicalId = Optional.of(id);
            return this;
        }

        /** The display name (default: the access key id). */
        public Builder displayName(String name) {
            this.displayName = Optional.of(name);
            return this;
        }

        /** The e-mail address (default: {@code <access key id>@pail.example}). */
        public Builder email(String address) {
            this.email = Optional.of(address);
            return this;
        }

        /** The 12-digit account id (default: derived from the access key id; the default user's is 000000000000). */
        public Builder accountId(String id) {
            this.accountId = Optional.of(id);
            return this;
        }

        /** The user. */
        public User build() {
            boolean isDefault = DEFAULT_ACCESS_KEY_ID.equals(accessKeyId);
            byte[] digest = sha256("pail-user:" + accessKeyId);
            String derivedAccount = String.format("%012d", Math.floorMod(java.nio.ByteBuffer.wrap(digest).getLong(),
                    1_000_000_000_000L));
            return new User(accessKeyId, secretAccessKey,
                    canonicalId.orElse(isDefault ? DEFAULT_CANONICAL_ID : HexFormat.of().formatHex(digest)),
                    displayName.orElse(accessKeyId),
                    email.orElse(accessKeyId.toLowerCase(java.util.Locale.ROOT) + "@pail.example"),
                    accountId.orElse(isDefault ? DEFAULT_ACCOUNT_ID : derivedAccount));
        }

        private static byte[] sha256(String text) {
            try {
                return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
