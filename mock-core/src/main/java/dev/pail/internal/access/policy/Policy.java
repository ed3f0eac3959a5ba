package dev.pail.internal.access.policy;

import dev.pail.internal.error.S3Exception;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A parsed, validated bucket policy. Immutable and thread-safe: parse once, evaluate many times;
 * evaluation walks no JSON and compiles no pattern (a value with a policy variable excepted).
 *
 * <p>Evaluation follows the IAM policy evaluation logic for one resource-based policy (IAM User Guide,
 * "Policy evaluation logic"): a statement applies when its principal, action and resource match and
 * all its conditions hold; "an explicit deny in any policy overrides any allows", so any applying Deny
 * decides DENY, else any applying Allow ALLOW, else the policy is silent (NONE).
 */
public final class Policy {

    private final List<Statement> statements;
    private final boolean isPublic;

    Policy(List<Statement> statements) {
        this.statements = List.copyOf(statements);
        this.isPublic = PublicPolicy.isPublic(this.statements);
    }

    /**
     * Parses and validates a policy as S3's PutBucketPolicy does for {@code bucket}: every Resource and
     * NotResource must be {@code arn:aws:s3:::} and a bucket part (before any {@code /}) that can be the
     * bucket, wildcards allowed ({@code arn:aws:s3:::buck*} is accepted, {@code arn:aws:s3:::other/*} and
     * {@code *} are not). The 20 KiB size limit is the caller's.
     *
     * @throws S3Exception {@code MalformedPolicy} with S3's message for the first problem
     */
    public static Policy parse(String json, String bucket) {
        return PolicyParser.parse(json, bucket);
    }

    /** The statements, in document order. */
    public List<Statement> statements() {
        return statements;
    }

    /** Evaluates the policy for one request: an applying Deny wins, else an applying Allow, else NONE. */
    public PolicyDecision evaluate(PolicyRequest request) {
        String action = request.action().toLowerCase(Locale.ROOT);
        KeyLookup keys = new RequestKeys(request.context(), request.principal());
        Statement allowing = null;
        Statement nearMiss = null;
        Condition missed = null;
        for (Statement statement : statements) {
            if (!statement.targets(request.principal(), action, request.resourceArn(), keys)) {
                continue;
            }
            Condition failing = statement.firstFailing(keys);
            if (failing == null && statement.effect() == Effect.DENY) {
                return decision(PolicyDecision.Outcome.DENY, statement, "denies", request);
            }
            if (failing == null && allowing == null) {
                allowing = statement;
            } else if (failing != null && nearMiss == null && statement.effect() == Effect.ALLOW) {
                nearMiss = statement;
                missed = failing;
            }
        }
        if (allowing != null) {
            return decision(PolicyDecision.Outcome.ALLOW, allowing, "allows", request);
        }
        String reason = "no bucket policy statement allows " + request.action() + " on " + request.resourceArn();
        if (nearMiss != null) {
            reason += " (" + nearMiss.reference() + " matched but condition " + missed.describe() + " failed: "
                    + missed.describeActual(keys) + ")";
        }
        return new PolicyDecision(PolicyDecision.Outcome.NONE, Optional.empty(), reason);
    }

    private static PolicyDecision decision(PolicyDecision.Outcome outcome, Statement statement, String verb,
                                           PolicyRequest request) {
        String reason = "bucket policy " + statement.reference() + " " + verb + " " + request.action() + " on "
                + request.resourceArn() + statement.heldConditions();
        return new PolicyDecision(outcome, Optional.of(statement.label()), reason);
    }

    /**
     * Whether the policy is public as S3 Block Public Access defines it: some Allow statement grants to
     * an unfixed principal without a condition fixing the request to specific values (see
     * {@link PublicPolicy}).
     */
    public boolean isPublic() {
        return isPublic;
    }

    @Override
    public String toString() {
        return "Policy" + statements;
    }
}
