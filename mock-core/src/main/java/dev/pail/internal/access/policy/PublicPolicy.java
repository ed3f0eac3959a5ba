package dev.pail.internal.access.policy;

import java.util.List;
import java.util.Set;

/**
 * Whether a policy is public as S3 Block Public Access defines it (Amazon S3 User Guide, "Blocking
 * public access to your Amazon S3 storage", "The meaning of 'public'"): "Amazon S3 begins by assuming
 * that the policy is public. ... To be considered non-public, a bucket policy must grant access only
 * to fixed values (values that don't contain a wildcard or an AWS Identity and Access Management
 * Policy Variable)" of a principal or of one of the keys {@link #FIXING} names, or to CIDRs of
 * {@code aws:SourceIp} no broader than /8 (IPv4) or /32 (IPv6), RFC 1918 ranges excepted.
 *
 * <p>So an Allow statement is public when its principal is not fixed ({@code "*"}, {@code {"AWS":
 * "*"}}, a {@code Federated} principal such as {@code graph.facebook.com} — the doc's first example —
 * or a {@code NotPrincipal}) and none of its conditions fixes one of those keys. A condition fixes
 * nothing when a request without the key satisfies it ({@code ...IfExists}, {@code ForAllValues:})
 * or when it is negated. Deny statements grant nothing.
 */
final class PublicPolicy {

    /** The keys whose fixed values make a grant to everyone non-public (lower-cased). */
    static final Set<String> FIXING = Set.of("aws:principalorgid", "aws:principalaccount", "aws:principalarn",
            "aws:sourcearn", "aws:sourcevpc", "aws:sourcevpce", "aws:sourceowner", "aws:sourceaccount",
            "s3:x-amz-server-side-encryption-aws-kms-key-id", "aws:userid", "s3:dataaccesspointarn",
            "s3:dataaccesspointaccount");

    private static final Set<ConditionOperator> POSITIVE = Set.of(ConditionOperator.StringEquals,
            ConditionOperator.StringEqualsIgnoreCase, ConditionOperator.StringLike, ConditionOperator.ArnEquals,
            ConditionOperator.ArnLike);

    private PublicPolicy() {
    }

    /** Whether some statement grants to an unfixed principal without a condition fixing it. */
    static boolean isPublic(List<Statement> statements) {
        for (Statement statement : statements) {
            PrincipalSpec principal = statement.principal();
            boolean open = principal.not() || principal.everyone() || principal.federated();
            if (statement.effect() == Effect.ALLOW && open
                    && statement.conditions().stream().noneMatch(PublicPolicy::fixes)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the condition confines the statement to fixed values of a key S3 counts. */
    static boolean fixes(Condition condition) {
        if (condition.ifExists() || condition.qualifier() == Condition.Qualifier.FOR_ALL_VALUES) {
            return false;
        }
        String key = condition.normalizedKey();
        if (key.equals("aws:sourceip")) {
            return condition.operator() == ConditionOperator.IpAddress
                    && condition.compiled().stream().map(IpRange.class::cast).allMatch(PublicPolicy::narrow);
        }
        if (!FIXING.contains(key) || !POSITIVE.contains(condition.operator())) {
            return false;
        }
        return condition.compiled().stream().allMatch(value -> fixed(key, value));
    }

    private static boolean narrow(IpRange range) {
        return range.isPrivate() || range.prefix() >= (range.isIpv4() ? 8 : 32);
    }

    private static boolean fixed(String key, Object compiled) {
        PolicyValue value = compiled instanceof ArnPattern arn ? arn.value() : (PolicyValue) compiled;
        if (!key.equals("s3:dataaccesspointarn")) {
            return !value.hasWildcardOrVariable();
        }
        // "this value can contain a wildcard for the access point name without rendering the policy
        // public, as long as the account id is fixed"
        String[] parts = value.raw().split(":", 6);
        return !value.hasVariables() && parts.length == 6 && !parts[4].isEmpty()
                && parts[4].indexOf('*') < 0 && parts[4].indexOf('?') < 0;
    }
}
