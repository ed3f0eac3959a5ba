package dev.pail.internal.handler.acl;

import dev.pail.S3ErrorCode;
import dev.pail.internal.error.S3Exception;
import dev.pail.internal.protocol.Headers;
import dev.pail.internal.xml.AccessControlPolicy;
import dev.pail.internal.xml.Grant.Grantee;
import dev.pail.internal.xml.Grant;
import dev.pail.internal.xml.Owner;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Access control lists as S3 builds them: from a canned ACL ({@code x-amz-acl}), from grant headers
 * ({@code x-amz-grant-*}) or from an {@code AccessControlPolicy} body, for one owner.
 */
public final class Acls {

    public static final String ALL_USERS = "http://acs.amazonaws.com/groups/global/AllUsers";
    public static final String AUTHENTICATED_USERS = "http://acs.amazonaws.com/groups/global/AuthenticatedUsers";
    public static final String LOG_DELIVERY = "http://acs.amazonaws.com/groups/s3/LogDelivery";
    /** The canonical user S3's {@code aws-exec-read} canned ACL grants READ to (Amazon EC2). */
    public static final String EC2_BUNDLE_READER = "6aa5a366c34c1cbe25dc49211496e913e0351eb0e8c37aa3477e40942ec6b97c";
    public static final Set<String> PERMISSIONS = Set.of("FULL_CONTROL", "WRITE", "WRITE_ACP", "READ", "READ_ACP");
    private static final Set<String> GROUPS = Set.of(ALL_USERS, AUTHENTICATED_USERS, LOG_DELIVERY);
    private static final Map<String, String> GRANT_HEADERS = grantHeaders();

    private Acls() {
    }

    private static Map<String, String> grantHeaders() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("x-amz-grant-full-control", "FULL_CONTROL");
        headers.put("x-amz-grant-read", "READ");
        headers.put("x-amz-grant-read-acp", "READ_ACP");
        headers.put("x-amz-grant-write", "WRITE");
        headers.put("x-amz-grant-write-acp", "WRITE_ACP");
        return headers;
    }

    /** The ACL every new bucket and object has: the owner has full control. */
    public static AccessControlPolicy ownerOnly(Owner owner) {
        return new AccessControlPolicy(owner, List.of(new Grant(Grantee.canonicalUser(owner.id(), null), "FULL_CONTROL")));
    }

    /** Whether a request sets an ACL through headers. */
    public static boolean hasAclHeaders(Headers headers) {
        return headers.has("x-amz-acl") || GRANT_HEADERS.keySet().stream().anyMatch(headers::has);
    }

    /**
     * The ACL a request's headers ask for, if any.
     *
     * @param forObject whether the ACL is for an object (which allows the bucket-owner canned ACLs)
     */
    public static Optional<AccessControlPolicy> fromHeaders(Headers headers, Owner owner, boolean forObject,
                                                            Function<String, Optional<String>> emails) {
        return fromHeaders(headers, owner, owner, forObject, emails);
    }

    /**
     * The ACL a request's headers ask for an object another account may own.
     *
     * @param owner       who will own the object (its writer, or the bucket owner)
     * @param bucketOwner the bucket's owner, whom {@code bucket-owner-read} and {@code bucket-owner-full-control} name
     * @param emails      the canonical id of the account with an e-mail address, if any
     */
    public static Optional<AccessControlPolicy> fromHeaders(Headers headers, Owner owner, Owner bucketOwner,
                                                            boolean forObject, Function<String, Optional<String>> emails) {
        Optional<String> canned = headers.first("x-amz-acl");
        boolean grants = GRANT_HEADERS.keySet().stream().anyMatch(headers::has);
        if (canned.isPresent() && grants) {
            throw new S3Exception(S3ErrorCode.INVALID_REQUEST, "Specifying both Canned ACLs and Header Grants is not allowed");
        }
        if (canned.isPresent()) {
            return Optional.of(new AccessControlPolicy(owner, canned(canned.get().trim(), owner, bucketOwner, forObject)));
        }
        if (!grants) {
            return Optional.empty();
        }
        List<Grant> list = new ArrayList<>();
        for (Map.Entry<String, String> header : GRANT_HEADERS.entrySet()) {
            for (String value : headers.all(header.getKey())) {
                for (Grantee grantee : granteesOf(header.getKey(), value, emails)) {
                    list.add(new Grant(grantee, header.getValue()));
                }
            }
        }
        return Optional.of(new AccessControlPolicy(owner, list));
    }

    private static List<Grant> canned(String acl, Owner owner, Owner bucketOwner, boolean forObject) {
        List<Grant> grants = new ArrayList<>();
        grants.add(new Grant(Grantee.canonicalUser(owner.id(), null), "FULL_CONTROL"));
        boolean otherBucketOwner = !owner.id().equals(bucketOwner.id());
        switch (acl) {
            case "private" -> {
                // the owner alone
            }
            case "bucket-owner-full-control" -> {
                if (otherBucketOwner) {
                    grants.add(new Grant(Grantee.canonicalUser(bucketOwner.id(), null), "FULL_CONTROL"));
                }
            }
            case "bucket-owner-read" -> {
                if (otherBucketOwner) {
                    grants.add(new Grant(Grantee.canonicalUser(bucketOwner.id(), null), "READ"));
                }
            }
            case "public-read" -> grants.add(new Grant(Grantee.group(ALL_USERS), "READ"));
            case "public-read-write" -> {
                grants.add(new Grant(Grantee.group(ALL_USERS), "READ"));
                grants.add(new Grant(Grantee.group(ALL_USERS), "WRITE"));
            }
            case "authenticated-read" -> grants.add(new Grant(Grantee.group(AUTHENTICATED_USERS), "READ"));
            case "aws-exec-read" -> grants.add(new Grant(Grantee.canonicalUser(EC2_BUNDLE_READER, null), "READ"));
            case "log-delivery-write" -> {
                if (forObject) {
                    throw invalidCannedAcl(acl);
                }
                grants.add(new Grant(Grantee.group(LOG_DELIVERY), "WRITE"));
                grants.add(new Grant(Grantee.group(LOG_DELIVERY), "READ_ACP"));
            }
            default -> throw invalidCannedAcl(acl);
        }
        if (!forObject && acl.equals("bucket-owner-read")) {
            throw invalidCannedAcl(acl);
        }
        return grants;
    }

    private static S3Exception invalidCannedAcl(String acl) {
        return S3Exception.invalidArgument(S3ErrorCode.INVALID_ARGUMENT.defaultMessage(), "x-amz-acl", acl);
    }

    /** Parses {@code id="...", uri="...", emailAddress="..."} (quotes optional). */
    private static List<Grantee> granteesOf(String header, String value, Function<String, Optional<String>> emails) {
        List<Grantee> grantees = new ArrayList<>();
        for (String part : value.split(",")) {
            String item = part.trim();
            int eq = item.indexOf('=');
            if (item.isEmpty() || eq <= 0) {
                throw S3Exception.invalidArgument("Invalid grant header", header, value);
            }
            String kind = item.substring(0, eq).trim().toLowerCase(Locale.ROOT);
            String target = unquote(item.substring(eq + 1).trim());
            grantees.add(switch (kind) {
                case "id" -> Grantee.canonicalUser(target, null);
                case "uri" -> Grantee.group(target);
                case "emailaddress" -> resolved(new Grantee("AmazonCustomerByEmail", null, null, target, null), emails);
                default -> throw S3Exception.invalidArgument("Invalid grant header", header, value);
            });
        }
        grantees.forEach(Acls::checkGrantee);
        return grantees;
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }

    /**
     * Checks an {@code AccessControlPolicy} body as S3 does.
     *
     * @throws S3Exception {@code MalformedACLError}, {@code InvalidArgument},
     *                     {@code UnresolvableGrantByEmailAddress} or {@code AccessDenied} (another owner)
     */
    public static AccessControlPolicy checkBody(AccessControlPolicy policy, Owner owner,
                                                Function<String, Optional<String>> emails) {
        if (policy.owner == null || policy.owner.id() == null) {
            throw new S3Exception(S3ErrorCode.MALFORMED_ACL_ERROR);
        }
        if (!policy.owner.id().equals(owner.id())) {
            throw new S3Exception(S3ErrorCode.ACCESS_DENIED);
        }
        List<Grant> grants = new ArrayList<>();
        for (Grant grant : policy.grants) {
            Grantee grantee = resolved(grant.grantee().orElseThrow(() -> new S3Exception(S3ErrorCode.MALFORMED_ACL_ERROR)),
                    emails);
            if (grant.permission == null || !PERMISSIONS.contains(grant.permission)) {
                throw new S3Exception(S3ErrorCode.MALFORMED_ACL_ERROR);
            }
            checkGrantee(grantee);
            grants.add(new Grant(new Grantee(grantee.type(), grantee.id(), null, null, grantee.uri()), grant.permission));
        }
        return new AccessControlPolicy(owner, grants);
    }

    /** An e-mail grantee as S3 stores it: the canonical user of the account with that address, when one has it. */
    private static Grantee resolved(Grantee grantee, Function<String, Optional<String>> emails) {
        if (!"AmazonCustomerByEmail".equals(grantee.type()) || grantee.emailAddress() == null) {
            return grantee;
        }
        return emails.apply(grantee.emailAddress()).map(id -> Grantee.canonicalUser(id, null)).orElse(grantee);
    }

    private static void checkGrantee(Grantee grantee) {
        String type = grantee.type() == null ? "" : grantee.type();
        switch (type) {
            case "CanonicalUser" -> {
                if (grantee.id() == null || grantee.id().isEmpty()) {
                    throw S3Exception.invalidArgument("Invalid id", "CanonicalUser/ID", grantee.id());
                }
            }
            case "Group" -> {
                if (grantee.uri() == null || !GROUPS.contains(grantee.uri())) {
                    throw S3Exception.invalidArgument("Invalid group uri", "Group/URI", grantee.uri());
                }
            }
            case "AmazonCustomerByEmail" -> throw new S3Exception(S3ErrorCode.UNRESOLVABLE_GRANT_BY_EMAIL_ADDRESS)
                    .detail("EmailAddress", grantee.emailAddress());
            default -> throw new S3Exception(S3ErrorCode.MALFORMED_ACL_ERROR);
        }
    }

    /** Whether an ACL grants nothing beyond full control to its owner (all Object Ownership allows). */
    public static boolean ownerFullControlOnly(AccessControlPolicy policy, Owner owner) {
        return !policy.grants.isEmpty() && policy.grants.stream().allMatch(grant -> grant.grantee()
                .filter(g -> "CanonicalUser".equals(g.type()) && owner.id().equals(g.id())).isPresent()
                && "FULL_CONTROL".equals(grant.permission));
    }

    /** Whether an ACL grants anything to everyone or to every AWS account. */
    public static boolean isPublic(AccessControlPolicy policy) {
        return policy.grants.stream().map(Grant::grantee).flatMap(Optional::stream)
                .anyMatch(g -> ALL_USERS.equals(g.uri()) || AUTHENTICATED_USERS.equals(g.uri()));
    }

    /** The ACL as S3 answers it: the owner's display name on the owner's grants. */
    public static AccessControlPolicy forResponse(AccessControlPolicy policy, Owner owner, String ownerName) {
        List<Grant> grants = new ArrayList<>();
        for (Grant grant : policy.grants) {
            Grantee g = grant.grantee().orElseThrow();
            boolean isOwner = "CanonicalUser".equals(g.type()) && owner.id().equals(g.id());
            grants.add(isOwner ? new Grant(Grantee.canonicalUser(g.id(), ownerName), grant.permission) : grant);
        }
        return new AccessControlPolicy(owner, grants);
    }
}
