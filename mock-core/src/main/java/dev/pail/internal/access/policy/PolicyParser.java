package dev.pail.internal.access.policy;

import static dev.pail.internal.access.policy.PolicyErrors.malformed;

import dev.pail.internal.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a bucket policy document and checks it as S3's PutBucketPolicy does, answering the first
 * problem found with S3's message: the body's form as JSON, the document's members ({@code Version},
 * {@code Id}, {@code Statement}), then each statement in order ({@link StatementParser}). The 20 KiB
 * size limit is the caller's.
 *
 * <p>Statement ids need not be unique: unlike IAM ("Statement IDs (SID) in a single policy must be
 * unique"), S3 keeps bucket policies with repeated Sids (cloud-custodian/cloud-custodian#3609: "Sid is
 * optional and can be duplicated" in bucket policies).
 */
final class PolicyParser {

    /** The version under which {@code ${...}} are policy variables. */
    static final String CURRENT_VERSION = "2012-10-17";
    private static final String OLD_VERSION = "2008-10-17";

    private PolicyParser() {
    }

    /** The policy of {@code json} for {@code bucket}; throws {@code MalformedPolicy} for the first problem. */
    static Policy parse(String json, String bucket) {
        if (json == null || json.isEmpty() || json.charAt(0) != '{') {
            throw malformed(PolicyErrors.NOT_JSON);
        }
        Object document;
        try {
            document = Json.parse(json);
        } catch (IllegalArgumentException e) {
            throw malformed(PolicyErrors.INVALID_JSON);
        }
        if (!(document instanceof Map<?, ?> members)) {
            throw malformed(PolicyErrors.NOT_JSON);
        }
        boolean variables = false;
        Object statement = null;
        for (Map.Entry<?, ?> member : members.entrySet()) {
            Object value = member.getValue();
            switch ((String) member.getKey()) {
                case "Version" -> variables = version(value);
                case "Id" -> requireString(value);
                case "Statement" -> statement = value;
                default -> throw malformed(PolicyErrors.SYNTAX);
            }
        }
        return new Policy(statements(statement, bucket, variables));
    }

    private static boolean version(Object value) {
        if (CURRENT_VERSION.equals(value)) {
            return true;
        }
        if (OLD_VERSION.equals(value)) {
            return false;
        }
        throw malformed(PolicyErrors.VERSION);
    }

    private static List<Statement> statements(Object statement, String bucket, boolean variables) {
        if (statement == null) {
            throw malformed(PolicyErrors.MISSING_STATEMENT);
        }
        List<?> items;
        if (statement instanceof List<?> list) {
            items = list;
        } else if (statement instanceof Map<?, ?>) {
            items = List.of(statement);
        } else {
            throw malformed(PolicyErrors.SYNTAX);
        }
        if (items.isEmpty()) {
            throw malformed(PolicyErrors.EMPTY_STATEMENT);
        }
        List<Statement> statements = new ArrayList<>(items.size());
        for (Object item : items) {
            statements.add(new StatementParser(bucket, variables).parse(item, statements.size() + 1));
        }
        return statements;
    }

    /** A string, else the policy's syntax is wrong. */
    static String requireString(Object value) {
        if (value instanceof String text) {
            return text;
        }
        throw malformed(PolicyErrors.SYNTAX);
    }

    /**
     * An element's strings: one, or an array of them ("If the element takes an array ... but only one
     * value is included, the brackets are optional"); {@code problem} for anything else.
     */
    static List<String> strings(Object value, String problem) {
        if (value instanceof String text) {
            return List.of(text);
        }
        if (!(value instanceof List<?> list) || list.isEmpty()) {
            throw malformed(problem);
        }
        List<String> strings = new ArrayList<>(list.size());
        for (Object item : list) {
            if (!(item instanceof String text)) {
                throw malformed(problem);
            }
            strings.add(text);
        }
        return strings;
    }
}
