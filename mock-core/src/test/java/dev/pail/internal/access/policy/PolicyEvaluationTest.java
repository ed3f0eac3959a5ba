package dev.pail.internal.access.policy;

import static dev.pail.internal.access.policy.PolicyDecision.Outcome.ALLOW;
import static dev.pail.internal.access.policy.PolicyDecision.Outcome.DENY;
import static dev.pail.internal.access.policy.PolicyDecision.Outcome.NONE;
import static dev.pail.internal.access.policy.PolicyFixtures.ALICE;
import static dev.pail.internal.access.policy.PolicyFixtures.PARTNER;
import static dev.pail.internal.access.policy.PolicyFixtures.PARTNER_COLLEAGUE;
import static dev.pail.internal.access.policy.PolicyFixtures.context;
import static dev.pail.internal.access.policy.PolicyFixtures.outcome;
import static dev.pail.internal.access.policy.PolicyFixtures.policy;
import static dev.pail.internal.access.policy.PolicyFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Principal, action and resource matching, Deny over Allow, and the decision's reasons. */
class PolicyEvaluationTest {

    private static final String OBJECT = "arn:aws:s3:::b/k";

    private static Policy allowing(String principal) {
        return policy("{\"Effect\":\"Allow\",\"Principal\":" + principal
                + ",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::b/*\"}");
    }

    @Test
    void principalStarAndAwsStarIncludeAnonymous() {
        for (String everyone : new String[] {"\"*\"", "{\"AWS\":\"*\"}", "{\"AWS\":[\"*\"]}"}) {
            assertThat(outcome(allowing(everyone), request(null, "s3:GetObject", OBJECT))).isEqualTo(ALLOW);
            assertThat(outcome(allowing(everyone), request(ALICE, "s3:GetObject", OBJECT))).isEqualTo(ALLOW);
        }
    }

    @Test
    void accountIdAndAccountRootArnMatchEveryUserOfTheAccount() {
        for (String account : new String[] {"{\"AWS\":\"222222222222\"}", "{\"AWS\":\"arn:aws:iam::222222222222:root\"}"}) {
            assertThat(outcome(allowing(account), request(PARTNER, "s3:GetObject", OBJECT))).isEqualTo(ALLOW);
            assertThat(outcome(allowing(account), request(PARTNER_COLLEAGUE, "s3:GetObject", OBJECT))).isEqualTo(ALLOW);
            assertThat(outcome(allowing(account), request(ALICE, "s3:GetObject", OBJECT))).isEqualTo(NONE);
            assertThat(outcome(allowing(account), request(null, "s3:GetObject", OBJECT))).isEqualTo(NONE);
        }
    }

    @Test
    void userArnMatchesThatUserOnly() {
        Policy policy = allowing("{\"AWS\":\"arn:aws:iam::222222222222:user/partner\"}");
        assertThat(outcome(policy, request(PARTNER, "s3:GetObject", OBJECT))).isEqualTo(ALLOW);
        assertThat(outcome(policy, request(PARTNER_COLLEAGUE, "s3:GetObject", OBJECT))).isEqualTo(NONE);
    }

    @Test
    void canonicalUserMatchesTheUserWithThatCanonicalId() {
        Policy policy = allowing("{\"CanonicalUser\":\"" + ALICE.canonicalId() + "\"}");
        assertThat(outcome(policy, request(ALICE, "s3:GetObject", OBJECT))).isEqualTo(ALLOW);
        assertThat(outcome(policy, request(PARTNER, "s3:GetObject", OBJECT))).isEqualTo(NONE);
    }

    @Test
    void serviceAndFederatedPrincipalsNeverMatchAUser() {
        for (String principal : new String[] {"{\"Service\":\"logging.s3.amazonaws.com\"}",
            "{\"Federated\":\"graph.facebook.com\"}"}) {
            assertThat(outcome(allowing(principal), request(ALICE, "s3:GetObject", OBJECT))).isEqualTo(NONE);
            assertThat(outcome(allowing(principal), request(null, "s3:GetObject", OBJECT))).isEqualTo(NONE);
        }
    }

    @Test
    void notPrincipalDeniesEveryoneNotListedIncludingAnonymous() {
        Policy policy = policy("{\"Effect\":\"Deny\",\"NotPrincipal\":{\"AWS\":[\"arn:aws:iam::222222222222:user/partner\","
                + "\"arn:aws:iam::111111111111:root\"]},\"Action\":\"s3:*\",\"Resource\":[\"arn:aws:s3:::b\",\"arn:aws:s3:::b/*\"]}");

        assertThat(outcome(policy, request(PARTNER, "s3:GetObject", OBJECT))).isEqualTo(NONE);
        assertThat(outcome(policy, request(ALICE, "s3:GetObject", OBJECT))).isEqualTo(NONE);
        assertThat(outcome(policy, request(PARTNER_COLLEAGUE, "s3:GetObject", OBJECT))).isEqualTo(DENY);
        assertThat(outcome(policy, request(null, "s3:GetObject", OBJECT))).isEqualTo(DENY);
    }

    @Test
    void notPrincipalStarExemptsEveryone() {
        Policy policy = policy("{\"Effect\":\"Deny\",\"NotPrincipal\":\"*\",\"Action\":\"s3:*\",\"Resource\":\"arn:aws:s3:::b/*\"}");
        assertThat(outcome(policy, request(null, "s3:GetObject", OBJECT))).isEqualTo(NONE);
    }

    @ParameterizedTest(name = "Action {0} vs {1} -> {2}")
    @CsvSource({
        "s3:GetObject, s3:GetObject, true", "s3:GetObject, S3:GETOBJECT, true", "s3:getobject, s3:GetObject, true",
        "s3:Get*, s3:GetObjectVersion, true", "s3:Get*, s3:PutObject, false", "s3:*, s3:DeleteObject, true",
        "*, s3:DeleteObject, true", "s3:*Object, s3:PutObject, true", "s3:*Object, s3:PutObjectAcl, false",
        "s3:GetObject?cl, s3:GetObjectAcl, true", "s3:GetObject?cl, s3:GetObjectVersionAcl, false",
    })
    void actionWildcardsAndCaseInsensitivity(String pattern, String action, boolean allowed) {
        Policy policy = policy("{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"" + pattern
                + "\",\"Resource\":\"arn:aws:s3:::b/*\"}");
        assertThat(outcome(policy, request(null, action, OBJECT))).isEqualTo(allowed ? ALLOW : NONE);
    }

    @ParameterizedTest(name = "Resource {0} vs {1} -> {2}")
    @CsvSource({
        "arn:aws:s3:::b/*, arn:aws:s3:::b/k, true", "arn:aws:s3:::b/*, arn:aws:s3:::b/a/b/c, true",
        "arn:aws:s3:::b/*, arn:aws:s3:::b, false", "arn:aws:s3:::b*, arn:aws:s3:::b, true",
        "arn:aws:s3:::b*, arn:aws:s3:::b/x, true", "arn:aws:s3:::b/k?, arn:aws:s3:::b/k1, true",
        "arn:aws:s3:::b/k?, arn:aws:s3:::b/k12, false", "arn:aws:s3:::b/K, arn:aws:s3:::b/k, false",
        "arn:aws:s3:::b/*.txt, arn:aws:s3:::b/dir/a.txt, true", "arn:aws:s3:::b/*.txt, arn:aws:s3:::b/a.TXT, false",
    })
    void resourceWildcardsAreCaseSensitive(String pattern, String resource, boolean allowed) {
        Policy policy = policy("{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:*\",\"Resource\":\"" + pattern + "\"}");
        assertThat(outcome(policy, request(null, "s3:GetObject", resource))).isEqualTo(allowed ? ALLOW : NONE);
    }

    @Test
    void notActionAppliesToEveryOtherAction() {
        Policy policy = policy("{\"Effect\":\"Deny\",\"Principal\":\"*\",\"NotAction\":\"s3:Get*\",\"Resource\":\"arn:aws:s3:::b/*\"}");
        assertThat(outcome(policy, request(ALICE, "s3:PutObject", OBJECT))).isEqualTo(DENY);
        assertThat(outcome(policy, request(ALICE, "s3:GetObject", OBJECT))).isEqualTo(NONE);
    }

    @Test
    void notResourceAppliesToEveryOtherResource() {
        Policy policy = policy("{\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"s3:*\",\"NotResource\":\"arn:aws:s3:::b/public/*\"}");
        assertThat(outcome(policy, request(ALICE, "s3:GetObject", "arn:aws:s3:::b/secret"))).isEqualTo(DENY);
        assertThat(outcome(policy, request(ALICE, "s3:GetObject", "arn:aws:s3:::b/public/a"))).isEqualTo(NONE);
    }

    @Test
    void anExplicitDenyWinsOverAnAllowWhateverTheOrder() {
        String allow = "{\"Sid\":\"Everyone\",\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:*\",\"Resource\":\"arn:aws:s3:::b/*\"}";
        String deny = "{\"Sid\":\"NoSecrets\",\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"s3:GetObject\","
                + "\"Resource\":\"arn:aws:s3:::b/secret/*\"}";
        for (Policy policy : new Policy[] {policy(allow + "," + deny), policy(deny + "," + allow)}) {
            PolicyDecision decision = policy.evaluate(request(ALICE, "s3:GetObject", "arn:aws:s3:::b/secret/x"));
            assertThat(decision.outcome()).isEqualTo(DENY);
            assertThat(decision.statement()).hasValue("NoSecrets");
            assertThat(outcome(policy, request(ALICE, "s3:GetObject", "arn:aws:s3:::b/public/x"))).isEqualTo(ALLOW);
        }
    }

    @Test
    void theDecisionNamesTheStatementBySidOrIndex() {
        Policy policy = policy("{\"Sid\":\"Listing\",\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:ListBucket\","
                + "\"Resource\":\"arn:aws:s3:::b\"},{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:GetObject\","
                + "\"Resource\":\"arn:aws:s3:::b/incoming/*\"}");

        PolicyDecision byIndex = policy.evaluate(request(null, "s3:GetObject", "arn:aws:s3:::b/incoming/a.txt"));
        assertThat(byIndex.statement()).hasValue("statement #2");
        assertThat(byIndex.reason()).isEqualTo("bucket policy statement #2 allows s3:GetObject on arn:aws:s3:::b/incoming/a.txt");
        PolicyDecision bySid = policy.evaluate(request(null, "s3:ListBucket", "arn:aws:s3:::b"));
        assertThat(bySid.statement()).hasValue("Listing");
        assertThat(bySid.reason()).isEqualTo("bucket policy statement \"Listing\" allows s3:ListBucket on arn:aws:s3:::b");
        PolicyDecision none = policy.evaluate(request(null, "s3:PutObject", "arn:aws:s3:::b/x"));
        assertThat(none.statement()).isEmpty();
        assertThat(none.reason()).isEqualTo("no bucket policy statement allows s3:PutObject on arn:aws:s3:::b/x");
    }

    @Test
    void aDenyReasonNamesTheConditionThatHeld() {
        Policy policy = policy("{\"Sid\":\"DenyUnencrypted\",\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"s3:PutObject\","
                + "\"Resource\":\"arn:aws:s3:::b/*\",\"Condition\":{\"Null\":{\"s3:x-amz-server-side-encryption\":\"true\"}}}");

        PolicyDecision decision = policy.evaluate(request(ALICE, "s3:PutObject", OBJECT));

        assertThat(decision.reason()).isEqualTo("bucket policy statement \"DenyUnencrypted\" denies s3:PutObject on "
                + "arn:aws:s3:::b/k: condition Null s3:x-amz-server-side-encryption = true held");
    }

    @Test
    void aNoneReasonNamesTheClosestMissAndWhatTheRequestHad() {
        Policy policy = policy("{\"Sid\":\"PartnerIncoming\",\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:ListBucket\","
                + "\"Resource\":\"arn:aws:s3:::b\",\"Condition\":{\"StringLike\":{\"s3:prefix\":\"incoming/*\"}}}");

        PolicyDecision secret = policy.evaluate(request(PARTNER, "s3:ListBucket", "arn:aws:s3:::b", context("s3:prefix", "secret/")));
        PolicyDecision absent = policy.evaluate(request(PARTNER, "s3:ListBucket", "arn:aws:s3:::b"));

        assertThat(secret.outcome()).isEqualTo(NONE);
        assertThat(secret.reason()).isEqualTo("no bucket policy statement allows s3:ListBucket on arn:aws:s3:::b (statement "
                + "\"PartnerIncoming\" matched but condition StringLike s3:prefix = incoming/* failed: s3:prefix is \"secret/\")");
        assertThat(absent.reason()).endsWith("failed: s3:prefix is absent)");
        assertThat(secret.reason()).doesNotContain("\n");
    }

    @Test
    void policyVariablesResolveFromTheContextAndThePrincipal() {
        Policy policy = policy("{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:GetObject\","
                + "\"Resource\":\"arn:aws:s3:::b/home/${aws:username}/*\"},{\"Effect\":\"Allow\",\"Principal\":\"*\","
                + "\"Action\":\"s3:ListBucket\",\"Resource\":\"arn:aws:s3:::b\",\"Condition\":{\"StringLike\":"
                + "{\"s3:prefix\":\"team/${aws:PrincipalTag/team, 'none'}/*\"}}}");

        assertThat(outcome(policy, request(ALICE, "s3:GetObject", "arn:aws:s3:::b/home/alice/x"))).isEqualTo(ALLOW);
        assertThat(outcome(policy, request(ALICE, "s3:GetObject", "arn:aws:s3:::b/home/partner/x"))).isEqualTo(NONE);
        assertThat(outcome(policy, request(null, "s3:GetObject", "arn:aws:s3:::b/home/alice/x"))).isEqualTo(NONE);
        ConditionContext red = ConditionContext.builder().put("s3:prefix", "team/red/x").put("aws:PrincipalTag/team", "red").build();
        assertThat(outcome(policy, request(ALICE, "s3:ListBucket", "arn:aws:s3:::b", red))).isEqualTo(ALLOW);
        assertThat(outcome(policy, request(ALICE, "s3:ListBucket", "arn:aws:s3:::b", context("s3:prefix", "team/none/x"))))
                .isEqualTo(ALLOW);
    }

    @Test
    void escapesStandForLiteralWildcardsAndVariablesAreTextUnderVersion2008() {
        Policy escaped = policy("{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:GetObject\","
                + "\"Resource\":\"arn:aws:s3:::b/${*}${?}${$}\"}");
        assertThat(outcome(escaped, request(null, "s3:GetObject", "arn:aws:s3:::b/*?$"))).isEqualTo(ALLOW);
        assertThat(outcome(escaped, request(null, "s3:GetObject", "arn:aws:s3:::b/ab$"))).isEqualTo(NONE);

        Policy old = Policy.parse("{\"Version\":\"2008-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Principal\":\"*\","
                + "\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::b/${aws:username}\"}}", "b");
        assertThat(outcome(old, request(ALICE, "s3:GetObject", "arn:aws:s3:::b/${aws:username}"))).isEqualTo(ALLOW);
        assertThat(outcome(old, request(ALICE, "s3:GetObject", "arn:aws:s3:::b/alice"))).isEqualTo(NONE);
    }

    @Test
    void anUnresolvableVariableMatchesNothing() {
        Policy policy = policy("{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:GetObject\","
                + "\"Resource\":\"arn:aws:s3:::b/${aws:PrincipalTag/team}/*\"}");
        assertThat(outcome(policy, request(ALICE, "s3:GetObject", "arn:aws:s3:::b//x"))).isEqualTo(NONE);
        ConditionContext twoTeams = context("aws:PrincipalTag/team", "red", "blue");
        assertThat(outcome(policy, request(ALICE, "s3:GetObject", "arn:aws:s3:::b/red/x", twoTeams))).isEqualTo(NONE);
    }

    @Test
    void evaluationOfATypicalPolicyTakesMicroseconds() {
        Policy policy = policy("{\"Sid\":\"A\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"222222222222\"},\"Action\":"
                + "[\"s3:GetObject\",\"s3:PutObject\"],\"Resource\":\"arn:aws:s3:::b/incoming/*\"},{\"Sid\":\"L\",\"Effect\":"
                + "\"Allow\",\"Principal\":{\"AWS\":\"222222222222\"},\"Action\":\"s3:ListBucket\",\"Resource\":\"arn:aws:s3:::b\","
                + "\"Condition\":{\"StringLike\":{\"s3:prefix\":\"incoming/*\"}}},{\"Sid\":\"TLS\",\"Effect\":\"Deny\","
                + "\"Principal\":\"*\",\"Action\":\"s3:*\",\"Resource\":\"arn:aws:s3:::b/*\",\"Condition\":{\"Bool\":"
                + "{\"aws:SecureTransport\":\"false\"}}}");
        PolicyRequest request = request(PARTNER, "s3:GetObject", "arn:aws:s3:::b/incoming/a.txt",
                context("aws:SecureTransport", "true"));
        for (int i = 0; i < 20_000; i++) {
            policy.evaluate(request);
        }
        int rounds = 100_000;
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            policy.evaluate(request);
        }
        long nanosEach = (System.nanoTime() - start) / rounds;
        assertThat(policy.evaluate(request).outcome()).isEqualTo(ALLOW);
        assertThat(nanosEach).as("nanoseconds per evaluation").isLessThan(20_000);
    }
}
