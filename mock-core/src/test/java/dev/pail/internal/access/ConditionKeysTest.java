package dev.pail.internal.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pail.User;
import dev.pail.internal.access.policy.ConditionContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The keys S3 puts in a request's context ("Actions, resources, and condition keys for Amazon S3"). */
class ConditionKeysTest {

    static final User ALICE = User.builder("alice", "s").displayName("alice").accountId("123456789012").build();
    static final Instant NOW = Instant.parse("2026-12-01T10:15:30Z");

    static ConditionContext keys(Optional<User> who, Map<String, List<String>> headers, Map<String, String> query,
                                 Map<String, String> tags) {
        return ConditionKeys.of(new RequestFacts(who, "192.0.2.7", false, NOW, headers, query,
                Optional.of("REST-HEADER"), Optional.of("AWS4-HMAC-SHA256"), () -> tags));
    }

    @Test
    void globalKeysDescribeTheCallerTheConnectionAndTheTime() {
        ConditionContext context = keys(Optional.of(ALICE), Map.of("user-agent", List.of("aws-cli/2"),
                "referer", List.of("https://example.com/")), Map.of(), Map.of());
        assertThat(context.values("aws:SourceIp")).contains(List.of("192.0.2.7"));
        assertThat(context.values("aws:SecureTransport")).contains(List.of("false"));
        assertThat(context.values("aws:CurrentTime")).contains(List.of("2026-12-01T10:15:30Z"));
        assertThat(context.values("aws:EpochTime")).contains(List.of(Long.toString(NOW.getEpochSecond())));
        assertThat(context.values("aws:PrincipalArn")).contains(List.of("arn:aws:iam::123456789012:user/alice"));
        assertThat(context.values("aws:PrincipalAccount")).contains(List.of("123456789012"));
        assertThat(context.values("aws:UserAgent")).contains(List.of("aws-cli/2"));
        assertThat(context.values("aws:Referer")).contains(List.of("https://example.com/"));
        assertThat(context.values("s3:authType")).contains(List.of("REST-HEADER"));
        assertThat(context.values("s3:signatureversion")).contains(List.of("AWS4-HMAC-SHA256"));
    }

    @Test
    void anonymousHasNoPrincipalKeys() {
        ConditionContext context = keys(Optional.empty(), Map.of(), Map.of(), Map.of());
        assertThat(context.values("aws:PrincipalArn")).isEmpty();
        assertThat(context.values("aws:PrincipalAccount")).isEmpty();
    }

    @Test
    void s3KeysComeFromTheHeadersAndTheQuery() {
        ConditionContext context = keys(Optional.of(ALICE), Map.of(
                "x-amz-acl", List.of("public-read"),
                "x-amz-grant-read", List.of("id=abc"),
                "x-amz-server-side-encryption", List.of("aws:kms"),
                "x-amz-server-side-encryption-aws-kms-key-id", List.of("arn:aws:kms:us-east-1:123456789012:key/k"),
                "x-amz-copy-source", List.of("/src/key"),
                "x-amz-metadata-directive", List.of("REPLACE"),
                "x-amz-content-sha256", List.of("UNSIGNED-PAYLOAD"),
                "x-amz-object-lock-mode", List.of("GOVERNANCE"),
                "x-amz-object-lock-retain-until-date", List.of("2026-12-31T10:15:30Z"),
                "x-amz-object-lock-legal-hold", List.of("ON")),
                Map.of("prefix", "incoming/", "delimiter", "/", "max-keys", "10", "versionId", "v1"), Map.of());
        assertThat(context.values("s3:x-amz-acl")).contains(List.of("public-read"));
        assertThat(context.values("s3:x-amz-grant-read")).contains(List.of("id=abc"));
        assertThat(context.values("s3:x-amz-server-side-encryption")).contains(List.of("aws:kms"));
        assertThat(context.values("s3:x-amz-server-side-encryption-aws-kms-key-id")).isPresent();
        assertThat(context.values("s3:x-amz-copy-source")).contains(List.of("/src/key"));
        assertThat(context.values("s3:x-amz-metadata-directive")).contains(List.of("REPLACE"));
        assertThat(context.values("s3:x-amz-content-sha256")).contains(List.of("UNSIGNED-PAYLOAD"));
        assertThat(context.values("s3:prefix")).contains(List.of("incoming/"));
        assertThat(context.values("s3:delimiter")).contains(List.of("/"));
        assertThat(context.values("s3:max-keys")).contains(List.of("10"));
        assertThat(context.values("s3:VersionId")).contains(List.of("v1"));
        assertThat(context.values("s3:object-lock-mode")).contains(List.of("GOVERNANCE"));
        assertThat(context.values("s3:object-lock-legal-hold")).contains(List.of("ON"));
        assertThat(context.values("s3:object-lock-remaining-retention-days")).contains(List.of("30"));
        assertThat(context.values("s3:x-amz-server-side-encryption-customer-algorithm")).isEmpty();
    }

    @Test
    void tagKeysComeFromTheTaggingHeaderAndTheObjectsTags() {
        ConditionContext context = keys(Optional.of(ALICE), Map.of("x-amz-tagging", List.of("project=blue%20sky&tier=gold")),
                Map.of(), Map.of("Classification", "secret"));
        assertThat(context.values("s3:RequestObjectTag/project")).contains(List.of("blue sky"));
        assertThat(context.values("s3:RequestObjectTagKeys")).contains(List.of("project", "tier"));
        assertThat(context.values("s3:ExistingObjectTag/Classification")).contains(List.of("secret"));
    }
}
