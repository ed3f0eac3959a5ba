package dev.pail.internal.access;

import dev.pail.User;
import dev.pail.internal.access.policy.ConditionContext;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The condition keys S3 puts in a request's context, from its {@link RequestFacts}: the global
 * {@code aws:} keys (source IP, TLS, time, principal, referer, user agent) and S3's own {@code s3:}
 * keys (listing parameters, ACL, encryption, copy, tagging, Object Lock and signature headers). See
 * "Actions, resources, and condition keys for Amazon S3" and "AWS global condition context keys".
 */
public final class ConditionKeys {

    private static final String[] HEADER_KEYS = {"x-amz-acl", "x-amz-grant-read", "x-amz-grant-write",
        "x-amz-grant-read-acp", "x-amz-grant-write-acp", "x-amz-grant-full-control", "x-amz-server-side-encryption",
        "x-amz-server-side-encryption-aws-kms-key-id", "x-amz-copy-source", "x-amz-metadata-directive",
        "x-amz-storage-class", "x-amz-content-sha256", "x-amz-server-side-encryption-customer-algorithm"};

    private ConditionKeys() {
    }

    /** The context of one request. */
    public static ConditionContext of(RequestFacts facts) {
        ConditionContext.Builder keys = ConditionContext.builder();
        global(facts, keys);
        for (String header : HEADER_KEYS) {
            facts.header(header).ifPresent(value -> keys.put("s3:" + header, value.trim()));
        }
        for (String parameter : new String[] {"prefix", "delimiter", "max-keys"}) {
            Optional.ofNullable(facts.query().get(parameter)).ifPresent(value -> keys.put("s3:" + parameter, value));
        }
        Optional.ofNullable(facts.query().get("versionId")).ifPresent(value -> keys.put("s3:VersionId", value));
        facts.authType().ifPresent(value -> keys.put("s3:authType", value));
        facts.signatureVersion().ifPresent(value -> keys.put("s3:signatureversion", value));
        objectLock(facts, keys);
        requestTags(facts, keys);
        existingTags(facts.existingTags().get(), keys);
        return keys.build();
    }

    private static void global(RequestFacts facts, ConditionContext.Builder keys) {
        keys.put("aws:SourceIp", facts.sourceIp());
        keys.put("aws:SecureTransport", Boolean.toString(facts.secureTransport()));
        keys.put("aws:CurrentTime", facts.now().toString());
        keys.put("aws:EpochTime", Long.toString(facts.now().getEpochSecond()));
        facts.header("referer").ifPresent(value -> keys.put("aws:Referer", value));
        facts.header("user-agent").ifPresent(value -> keys.put("aws:UserAgent", value));
        if (facts.principal().isPresent()) {
            User user = facts.principal().get();
            keys.put("aws:PrincipalArn", user.arn());
            keys.put("aws:PrincipalAccount", user.accountId());
            keys.put("aws:PrincipalType", "User");
            keys.put("aws:username", user.displayName());
            keys.put("aws:userid", user.accessKeyId());
        } else {
            keys.put("aws:PrincipalType", "Anonymous");
        }
    }

    private static void objectLock(RequestFacts facts, ConditionContext.Builder keys) {
        facts.header("x-amz-object-lock-mode").ifPresent(value -> keys.put("s3:object-lock-mode", value.trim()));
        facts.header("x-amz-object-lock-legal-hold").ifPresent(value -> keys.put("s3:object-lock-legal-hold", value.trim()));
        facts.header("x-amz-object-lock-retain-until-date").ifPresent(value -> {
            keys.put("s3:object-lock-retain-until-date", value.trim());
            try {
                long days = Duration.between(facts.now(), Instant.parse(value.trim())).toDays();
                keys.put("s3:object-lock-remaining-retention-days", Long.toString(Math.max(0, days)));
            } catch (DateTimeParseException e) {
                // a malformed date is the handler's to refuse
            }
        });
    }

    private static void requestTags(RequestFacts facts, ConditionContext.Builder keys) {
        Optional<String> tagging = facts.header("x-amz-tagging");
        if (tagging.isEmpty()) {
            return;
        }
        List<String> tagKeys = new ArrayList<>();
        for (String pair : tagging.get().split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            tagKeys.add(key);
            keys.put("s3:RequestObjectTag/" + key, value);
        }
        keys.put("s3:RequestObjectTagKeys", tagKeys);
    }

    /** The {@code s3:ExistingObjectTag/<key>} keys of an object's tags. */
    private static void existingTags(Map<String, String> tags, ConditionContext.Builder keys) {
        tags.forEach((key, value) -> keys.put("s3:ExistingObjectTag/" + key, value));
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
