package dev.pail.internal.access;

import dev.pail.User;
import dev.pail.internal.error.S3Exception;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Who an ACL grant is for: an account by canonical user id or by e-mail address, or one of S3's
 * three predefined groups. A value; {@link #matches(Optional)} says whether a requester is covered.
 */
public sealed interface Grantee permits Grantee.CanonicalUser, Grantee.EmailAddress, Grantee.Group {

    /** The group of everyone, signed or anonymous. */
    String ALL_USERS_URI = "http://acs.amazonaws.com/groups/global/AllUsers";
    /** The group of every signed-in AWS account (not anonymous requests). */
    String AUTHENTICATED_USERS_URI = "http://acs.amazonaws.com/groups/global/AuthenticatedUsers";
    /** The group S3's server access logging writes as. */
    String LOG_DELIVERY_URI = "http://acs.amazonaws.com/groups/s3/LogDelivery";
    /** The canonical user (Amazon EC2, "za-team") that {@code aws-exec-read} grants READ. */
    String EC2_CANONICAL_ID = "6aa5a366c34c1cbe25dc49211496e913e0351eb0e8c37aa3477e40942ec6b97c";

    /** Everyone. */
    Group ALL_USERS = new Group(ALL_USERS_URI);
    /** Every signed-in account. */
    Group AUTHENTICATED_USERS = new Group(AUTHENTICATED_USERS_URI);
    /** S3's log delivery. */
    Group LOG_DELIVERY = new Group(LOG_DELIVERY_URI);

    /** Whether a request by {@code principal} (empty: anonymous) is covered by this grantee. */
    boolean matches(Optional<User> principal);

    /** Whether a grant to this grantee makes an ACL public (AllUsers or AuthenticatedUsers). */
    default boolean isPublic() {
        return false;
    }

    /** A short name for journals, e.g. {@code AllUsers} or {@code id 79a59df9…}. */
    String describe();

    /** An account by canonical user id. */
    static CanonicalUser canonicalUser(String id) {
        return new CanonicalUser(id);
    }

    /** An account by e-mail address. */
    static EmailAddress email(String address) {
        return new EmailAddress(address);
    }

    /**
     * One of the predefined groups.
     *
     * @throws S3Exception 400 {@code InvalidArgument} "Invalid group uri" for any other URI, as S3 answers
     */
    static Group group(String uri) {
        Group group = new Group(uri);
        if (!group.isKnown()) {
            throw S3Exception.invalidArgument("Invalid group uri", "uri", uri);
        }
        return group;
    }

    /**
     * An account by its 64-digit canonical id (or any id Pail's users were given).
     *
     * @param id the canonical user id
     */
    record CanonicalUser(String id) implements Grantee {
        /** Validates the id. */
        public CanonicalUser {
            Objects.requireNonNull(id, "id");
        }

        @Override
        public boolean matches(Optional<User> principal) {
            return principal.map(user -> user.canonicalId().equals(id)).orElse(false);
        }

        @Override
        public String describe() {
            return "id " + (id.length() > 12 ? id.substring(0, 8) + "…" : id);
        }
    }

    /**
     * An account by e-mail address; matches a user whose address is the same ignoring case.
     *
     * @param address the e-mail address
     */
    record EmailAddress(String address) implements Grantee {
        /** Validates the address. */
        public EmailAddress {
            Objects.requireNonNull(address, "address");
        }

        @Override
        public boolean matches(Optional<User> principal) {
            return principal.map(user -> user.email().equalsIgnoreCase(address)).orElse(false);
        }

        @Override
        public String describe() {
            return "email " + address.toLowerCase(Locale.ROOT);
        }
    }

    /**
     * A predefined group by URI.
     *
     * @param uri the group's URI, e.g. {@link #ALL_USERS_URI}
     */
    record Group(String uri) implements Grantee {
        /** Validates the URI is given (not that it is known: see {@link Grantee#group(String)}). */
        public Group {
            Objects.requireNonNull(uri, "uri");
        }

        /** Whether the URI is one of S3's three groups. */
        public boolean isKnown() {
            return uri.equals(ALL_USERS_URI) || uri.equals(AUTHENTICATED_USERS_URI) || uri.equals(LOG_DELIVERY_URI);
        }

        @Override
        public boolean matches(Optional<User> principal) {
            return uri.equals(ALL_USERS_URI) || uri.equals(AUTHENTICATED_USERS_URI) && principal.isPresent();
        }

        @Override
        public boolean isPublic() {
            return uri.equals(ALL_USERS_URI) || uri.equals(AUTHENTICATED_USERS_URI);
        }

        @Override
        public String describe() {
            return uri.substring(uri.lastIndexOf('/') + 1);
        }
    }
}
