package dev.pail.internal.handler.config;

import dev.pail.S3ErrorCode;
import dev.pail.internal.error.S3Exception;
import dev.pail.internal.handler.tagging.Tagging;
import dev.pail.internal.xml.RuleFilter;
import dev.pail.internal.xml.Tag;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Small checks the configuration validators share. */
public final class ConfigurationChecks {

    /** The statuses most configurations accept. */
    public static final Set<String> ENABLED_DISABLED = Set.of("Enabled", "Disabled");
    public static final int MAX_RULE_ID_LENGTH = 255;

    private ConfigurationChecks() {
    }

    /** S3's answer to a document that does not follow its schema. */
    public static S3Exception malformed() {
        return new S3Exception(S3ErrorCode.MALFORMED_XML);
    }

    /** Requires a value from a closed set (a schema enumeration), else {@code MalformedXML}. */
    public static void requireOneOf(String value, Set<String> allowed) {
        if (value == null || !allowed.contains(value)) {
            throw malformed();
        }
    }

    /** Requires a present value, else {@code MalformedXML}. */
    public static <T> T required(T value) {
        if (value == null) {
            throw malformed();
        }
        return value;
    }

    /** Requires a list size within bounds, else {@code MalformedXML}. */
    public static void requireCount(List<?> values, int min, int max) {
        if (values.size() < min || values.size() > max) {
            throw malformed();
        }
    }

    /**
     * Checks a rule filter: at most one condition outside {@code And}, tags with keys and no
     * duplicate keys.
     *
     * @param allowSizes        whether the object size conditions are part of the kind's schema
     * @param allowAccessPoints whether the access point condition is part of the kind's schema
     */
    public static void checkFilter(RuleFilter filter, boolean allowSizes, boolean allowAccessPoints) {
        if (filter == null) {
            return;
        }
        boolean sizes = filter.objectSizeGreaterThan != null || filter.objectSizeLessThan != null
                || (filter.and != null && (filter.and.objectSizeGreaterThan != null || filter.and.objectSizeLessThan != null));
        boolean accessPoints = filter.accessPointArn != null || (filter.and != null && filter.and.accessPointArn != null);
        if (filter.partCount() > 1 || (sizes && !allowSizes) || (accessPoints && !allowAccessPoints)) {
            throw malformed();
        }
        checkTags(filter.tags());
    }

    /** Tags need a key and a value, and keys must differ. */
    public static void checkTags(List<Tag> tags) {
        Set<String> keys = new HashSet<>();
        for (Tag tag : tags) {
            if (tag.key() == null || tag.value() == null) {
                throw malformed();
            }
            if (tag.key().isEmpty() || tag.key().length() > Tagging.MAX_KEY_LENGTH
                    || tag.value().length() > Tagging.MAX_VALUE_LENGTH) {
                throw new S3Exception(S3ErrorCode.INVALID_ARGUMENT, "The TagKey you have provided is invalid");
            }
            if (!keys.add(tag.key())) {
                throw new S3Exception(S3ErrorCode.INVALID_REQUEST, "Duplicate Tag Keys are not allowed.");
            }
        }
    }

    /** An opaque id, as S3 generates for rules and notification configurations named without one. */
    public static String generatedId() {
        return Base64.getEncoder().withoutPadding()
                .encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII));
    }

    /** Rule ids: at most 255 characters and unique within the configuration. */
    public static void checkRuleId(String id, Set<String> seen) {
        if (id == null || id.isEmpty()) {
            return;
        }
        if (id.length() > MAX_RULE_ID_LENGTH) {
            throw new S3Exception(S3ErrorCode.INVALID_ARGUMENT, "ID length should not exceed allowed limit of 255");
        }
        if (!seen.add(id)) {
            throw new S3Exception(S3ErrorCode.INVALID_ARGUMENT,
                    "Rule ID must be unique. Found same ID for more than one rule");
        }
    }
}
