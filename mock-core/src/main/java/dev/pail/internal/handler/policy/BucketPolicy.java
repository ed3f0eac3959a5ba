package dev.pail.internal.handler.policy;

import dev.pail.S3ErrorCode;
import dev.pail.internal.error.S3Exception;
import dev.pail.internal.json.Json;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A bucket policy checked the way S3 checks it on PutBucketPolicy: valid JSON, an object with a
 * {@code Statement}, statements with an effect, a principal, actions and resources of this bucket.
 * It also answers GetBucketPolicyStatus's question: does a statement allow everyone, unconditionally?
 */
public final class BucketPolicy {

    /** S3's limit on a bucket policy's size. */
    public static final int MAX_BYTES = 20 * 1024;
    private static final Set<String> VERSIONS = Set.of("2008-10-17", "2012-10-17");
    private static final Set<String> PRINCIPAL_KINDS = Set.of("AWS", "Service", "CanonicalUser", "Federated");
    private static final String BUCKET_ARN = "arn:aws:s3:::";

    private final List<Map<String, Object>> statements;

    private BucketPolicy(List<Map<String, Object>> statements) {
        this.statements = statements;
    }

    /**
     * Parses and checks a policy for a bucket.
     *
     * @throws S3Exception {@code MalformedPolicy} with S3's message for the first problem
     */
    public static BucketPolicy parse(String text, String bucket) {
        Object document;
        try {
            document = text.isEmpty() || text.charAt(0) != '{' ? null : Json.parse(text);
        } catch (IllegalArgumentException e) {
            document = null;
        }
        if (!(document instanceof Map<?, ?> policy)) {
            throw malformed("Policies must be valid JSON and the first byte must be '{'");
        }
        Object version = policy.get("Version");
        if (version != null && !VERSIONS.contains(version)) {
            throw malformed("The policy must contain a valid version string");
        }
        Object statement = policy.get("Statement");
        if (statement == null) {
            throw malformed("Missing required field Statement");
        }
        List<Map<String, Object>> statements = statement instanceof List<?> list ? list.stream().map(BucketPolicy::statement).toList()
                : List.of(statement(statement));
        if (statements.isEmpty()) {
            throw malformed("Could not parse the policy: Statement is empty!");
        }
        statements.forEach(s -> check(s, bucket));
        return new BucketPolicy(statements);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> statement(Object value) {
        if (!(value instanceof Map<?, ?>)) {
            throw malformed("Policies must be valid JSON and the first byte must be '{'");
        }
        return (Map<String, Object>) value;
    }

    private static void check(Map<String, Object> statement, String bucket) {
        Object effect = statement.get("Effect");
        if (effect == null) {
            throw malformed("Missing required field Effect");
        }
        if (!"Allow".equals(effect) && !"Deny".equals(effect)) {
            throw malformed("Invalid effect: " + effect);
        }
        Object principal = statement.containsKey("Principal") ? statement.get("Principal") : statement.get("NotPrincipal");
        if (principal == null) {
            throw malformed("Missing required field Principal");
        }
        if (!validPrincipal(principal)) {
            throw malformed("Invalid principal in policy");
        }
        Object actions = statement.containsKey("Action") ? statement.get("Action") : statement.get("NotAction");
        if (actions == null) {
            throw malformed("Missing required field Action");
        }
        for (Object action : values(actions)) {
            if (!(action instanceof String name) || !(name.equals("*") || name.toLowerCase(Locale.ROOT).startsWith("s3:"))) {
                throw malformed("Policy has invalid action");
            }
        }
        Object resources = statement.containsKey("Resource") ? statement.get("Resource") : statement.get("NotResource");
        if (resources == null) {
            throw malformed("Missing required field Resource");
        }
        for (Object resource : values(resources)) {
            if (!(resource instanceof String arn) || !(arn.equals(BUCKET_ARN + bucket) || arn.startsWith(BUCKET_ARN + bucket + "/"))) {
                throw malformed("Policy has invalid resource");
            }
        }
    }

    private static boolean validPrincipal(Object principal) {
        if ("*".equals(principal)) {
            return true;
        }
        if (!(principal instanceof Map<?, ?> map) || map.isEmpty()) {
            return false;
        }
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (!PRINCIPAL_KINDS.contains(entry.getKey()) || values(entry.getValue()).stream().anyMatch(v -> !(v instanceof String))) {
                return false;
            }
        }
        return true;
    }

    private static List<?> values(Object value) {
        return value instanceof List<?> list ? list : List.of(value);
    }

    /**
     * Whether the policy makes the bucket public: a statement allows every principal ({@code "*"}
     * or {@code {"AWS": "*"}}) without a condition.
     */
    public boolean isPublic() {
        for (Map<String, Object> statement : statements) {
            if ("Allow".equals(statement.get("Effect")) && statement.containsKey("Principal")
                    && !statement.containsKey("Condition") && everyone(statement.get("Principal"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean everyone(Object principal) {
        if ("*".equals(principal)) {
            return true;
        }
        return principal instanceof Map<?, ?> map && map.containsKey("AWS") && values(map.get("AWS")).contains("*");
    }

    private static S3Exception malformed(String message) {
        return new S3Exception(S3ErrorCode.MALFORMED_POLICY, message);
    }
}
