package dev.pail.internal.access.policy;

import static dev.pail.internal.access.policy.PolicyErrors.malformed;

import dev.pail.internal.json.Json;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one statement and checks it as S3 does, in S3's order: its members (each known, each
 * element and its {@code Not} form exclusive), Effect, Principal present, Action, Resource, that
 * the actions apply to the resources, Condition, and last the principals themselves (S3 names a bad
 * action or resource before a principal it does not know, versitygw#648, #650).
 */
final class StatementParser {

    private static final Set<String> MEMBERS = Set.of("Sid", "Effect", "Principal", "NotPrincipal", "Action",
            "NotAction", "Resource", "NotResource", "Condition");
    private static final String ARN_PREFIX = "arn:aws:s3:::";

    private final String bucket;
    private final boolean variables;

    StatementParser(String bucket, boolean variables) {
        this.bucket = bucket;
        this.variables = variables;
    }

    /** The statement at 1-based {@code index}. */
    Statement parse(Object value, int index) {
        if (!(value instanceof Map<?, ?> raw)) {
            throw malformed(PolicyErrors.SYNTAX);
        }
        Map<String, Object> members = members(raw);
        Optional<String> sid = Optional.ofNullable(members.get("Sid")).map(PolicyParser::requireString);
        Effect effect = effect(members.get("Effect"));
        Object principal = either(members, "Principal", PolicyErrors.MISSING_PRINCIPAL);
        boolean notAction = members.containsKey("NotAction");
        ActionSpec actions = new ActionSpec(notAction, actions(either(members, "Action", PolicyErrors.MISSING_ACTION)));
        boolean notResource = members.containsKey("NotResource");
        List<String> resourceArns = resources(either(members, "Resource", PolicyErrors.MISSING_RESOURCE));
        if (!notAction && !notResource) {
            checkApplies(actions, resourceArns);
        }
        List<Condition> conditions = members.containsKey("Condition")
                ? new ConditionParser(variables).parse(members.get("Condition")) : List.of();
        boolean notPrincipal = members.containsKey("NotPrincipal");
        if (notPrincipal && effect == Effect.ALLOW) {
            // s3-tests' test_bucket_policy_allow_notprincipal: S3 refuses NotPrincipal with Allow.
            throw malformed(PolicyErrors.INVALID_PRINCIPAL);
        }
        PrincipalSpec principals = PrincipalParser.parse(principal, notPrincipal);
        ResourceSpec resources = new ResourceSpec(notResource,
                resourceArns.stream().map(arn -> PolicyValue.parse(arn, variables)).toList());
        return new Statement(index, sid, effect, principals, actions, resources, conditions);
    }

    private static Map<String, Object> members(Map<?, ?> raw) {
        Map<String, Object> members = new HashMap<>();
        for (Map.Entry<?, ?> member : raw.entrySet()) {
            String name = (String) member.getKey();
            if (!MEMBERS.contains(name) || member.getValue() == Json.NULL) {
                throw malformed(PolicyErrors.SYNTAX);
            }
            members.put(name, member.getValue());
        }
        for (String element : List.of("Principal", "Action", "Resource")) {
            if (members.containsKey(element) && members.containsKey("Not" + element)) {
                throw malformed(PolicyErrors.SYNTAX);
            }
        }
        return members;
    }

    private static Effect effect(Object value) {
        if (value == null) {
            throw malformed(PolicyErrors.MISSING_EFFECT);
        }
        String effect = PolicyParser.requireString(value);
        return switch (effect) {
            case "Allow" -> Effect.ALLOW;
            case "Deny" -> Effect.DENY;
            default -> throw malformed(PolicyErrors.INVALID_EFFECT + effect);
        };
    }

    private static Object either(Map<String, Object> members, String element, String missing) {
        Object value = members.containsKey(element) ? members.get(element) : members.get("Not" + element);
        if (value == null) {
            throw malformed(missing);
        }
        return value;
    }

    /** Action patterns: {@code *}, or {@code s3:} and a pattern naming at least one S3 action. */
    private static List<String> actions(Object value) {
        List<String> actions = PolicyParser.strings(value, PolicyErrors.INVALID_ACTION);
        for (String action : actions) {
            String lower = action.toLowerCase(Locale.ROOT);
            boolean known = lower.equals("*")
                    || lower.startsWith("s3:") && !S3Catalog.named(Wildcard.compile(lower)).isEmpty();
            if (!known) {
                throw malformed(PolicyErrors.INVALID_ACTION);
            }
        }
        return actions;
    }

    /**
     * Resource ARNs: {@code arn:aws:s3:::} and a bucket part (before the first {@code /}) that can be
     * this bucket, wildcards allowed; S3 refuses {@code *} and other buckets ("Policy has invalid
     * resource").
     */
    private List<String> resources(Object value) {
        List<String> resources = PolicyParser.strings(value, PolicyErrors.INVALID_RESOURCE);
        for (String resource : resources) {
            String rest = resource.startsWith(ARN_PREFIX) ? resource.substring(ARN_PREFIX.length()) : "";
            int slash = rest.indexOf('/');
            String named = slash < 0 ? rest : rest.substring(0, slash);
            boolean ours = variables && named.contains("${") || !named.isEmpty() && Wildcard.compile(named).matches(bucket);
            if (!ours) {
                throw malformed(PolicyErrors.INVALID_RESOURCE);
            }
        }
        return resources;
    }

    /** Every action pattern must name an action acting on a kind of resource the statement names. */
    private void checkApplies(ActionSpec actions, List<String> resources) {
        Set<S3Catalog.Kind> kinds = EnumSet.noneOf(S3Catalog.Kind.class);
        for (String resource : resources) {
            String rest = resource.substring(ARN_PREFIX.length());
            boolean variable = variables && rest.contains("${");
            if (rest.indexOf('/') < 0 || variable) {
                kinds.add(S3Catalog.Kind.BUCKET);
            }
            if (rest.indexOf('/') >= 0 || rest.indexOf('*') >= 0 || variable) {
                kinds.add(S3Catalog.Kind.OBJECT);
            }
        }
        for (Wildcard pattern : actions.compiled()) {
            List<S3Catalog.Action> named = S3Catalog.named(pattern);
            if (named.stream().noneMatch(action -> kinds.contains(action.kind()))) {
                throw malformed(PolicyErrors.NOT_APPLICABLE);
            }
        }
    }
}
