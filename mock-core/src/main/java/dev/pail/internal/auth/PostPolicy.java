package dev.pail.internal.auth;

import dev.pail.S3ErrorCode;
import dev.pail.internal.error.S3Exception;
import dev.pail.internal.json.Json;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The POST policy of a browser form upload: its {@code expiration} and {@code conditions}, decoded
 * from the base64 {@code policy} field, and S3's judgement of a form against them. A document S3
 * cannot read is 400 {@code InvalidPolicyDocument}; a form the policy does not allow is 403
 * {@code AccessDenied} "Invalid according to Policy: ..."; a file outside the
 * {@code content-length-range} is 400 {@code EntityTooSmall} or {@code EntityTooLarge}.
 */
public final class PostPolicy {

    private static final Pattern EXPIRATION = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z");
    /** Fields no condition needs to name: the signature pieces, the policy, the file and {@code x-ignore-*}. */
    private static final List<String> EXEMPT = List.of("x-amz-signature", "awsaccesskeyid", "signature", "policy", "file");

    private final Instant expiration;
    private final List<PostPolicyCondition> conditions;

    private PostPolicy(Instant expiration, List<PostPolicyCondition> conditions) {
        this.expiration = expiration;
        this.conditions = List.copyOf(conditions);
    }

    /** When the policy stops being valid. */
    public Instant expiration() {
        return expiration;
    }

    /** The conditions, in the document's order. */
    public List<PostPolicyCondition> conditions() {
        return conditions;
    }

    /**
     * Decodes a policy: base64 of a UTF-8 JSON object with exactly the members {@code expiration}
     * (ISO 8601 in UTC) and {@code conditions} (a list).
     *
     * @param base64 the {@code policy} field as sent
     * @throws S3Exception 400 {@code InvalidPolicyDocument}, with S3's words for what is wrong
     */
    public static PostPolicy parse(String base64) {
        Objects.requireNonNull(base64, "base64");
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.replaceAll("[\\s]", ""));
        } catch (IllegalArgumentException e) {
            throw invalid("invalid Base64 encoding.");
        }
        Object document;
        try {
            document = Json.parse(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (IllegalArgumentException | CharacterCodingException e) {
            throw invalid("Invalid JSON.").explain("the POST policy is not JSON: " + e.getMessage());
        }
        if (!(document instanceof Map<?, ?> members)) {
            throw invalid("Invalid JSON.").explain("the POST policy is not a JSON object");
        }
        for (Object name : members.keySet()) {
            if (!name.equals("expiration") && !name.equals("conditions")) {
                throw invalid("Unexpected: '" + ((String) name).toLowerCase(Locale.ROOT) + "'");
            }
        }
        return new PostPolicy(expiration(members.get("expiration")), conditions(members.get("conditions")));
    }

    private static Instant expiration(Object value) {
        if (value == null) {
            throw invalid("Policy missing expiration.");
        }
        String text = value instanceof String s ? s : String.valueOf(value);
        if (value instanceof String && EXPIRATION.matcher(text).matches()) {
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException e) {
                // a date such as February 30th: refused below
            }
        }
        throw invalid("Invalid 'expiration' value: '" + text + "'");
    }

    private static List<PostPolicyCondition> conditions(Object value) {
        if (value == null) {
            throw invalid("Policy missing conditions.");
        }
        if (!(value instanceof List<?> items)) {
            throw invalid("Invalid 'conditions' value: must be a List.");
        }
        List<PostPolicyCondition> conditions = new ArrayList<>();
        for (Object item : items) {
            conditions.add(condition(item));
        }
        return conditions;
    }

    @SuppressWarnings("unchecked")
    private static PostPolicyCondition condition(Object item) {
        if (item instanceof Map<?, ?> simple) {
            if (simple.size() != 1) {
                throw invalid("Invalid Simple-Condition: Simple-Conditions must have exactly one property specified.");
            }
            Map.Entry<String, Object> member = ((Map<String, Object>) simple).entrySet().iterator().next();
            if (member.getValue() == Json.NULL) {
                throw invalid("Invalid JSON.");
            }
            if (!(member.getValue() instanceof String)) {
                throw invalid("Invalid Simple-Condition: value must be a string.");
            }
            return PostPolicyCondition.simple(member);
        }
        if (item instanceof List<?> array) {
            return arrayCondition((List<Object>) array);
        }
        throw invalid("Invalid condition test: must be a List or Object.");
    }

    private static PostPolicyCondition arrayCondition(List<Object> items) {
        if (items.isEmpty() || !(items.get(0) instanceof String operation)) {
            throw invalid("Invalid Condition: missing operation identifier.");
        }
        PostPolicyCondition.Kind kind = switch (operation.toLowerCase(Locale.ROOT)) {
            case "eq" -> PostPolicyCondition.Kind.EQ;
            case "starts-with" -> PostPolicyCondition.Kind.STARTS_WITH;
            case "content-length-range" -> PostPolicyCondition.Kind.CONTENT_LENGTH_RANGE;
            default -> throw invalid("Invalid Condition: unknown operation '" + operation + "'.");
        };
        if (items.size() != 3) {
            throw invalid("Invalid " + operation + ": wrong number of arguments.");
        }
        for (Object operand : items.subList(1, 3)) {
            boolean number = operand instanceof BigDecimal;
            if (!(operand instanceof String) && !(number && kind == PostPolicyCondition.Kind.CONTENT_LENGTH_RANGE)) {
                throw invalid("Invalid JSON.").explain("a POST policy condition with an operand of the wrong type: " + items);
            }
            if (number && ((BigDecimal) operand).scale() != 0) {
                throw invalid("Invalid JSON.").explain("a content-length-range bound that is not a whole number: " + items);
            }
            if (number && ((BigDecimal) operand).signum() < 0) {
                throw invalid("Invalid content-length-range: the bounds must not be negative.");
            }
        }
        return PostPolicyCondition.of(kind, items);
    }

    /**
     * Judges the form against the policy before its file is read: the expiration by the server's
     * clock, then each condition in order, then that every field is named by a condition.
     *
     * @param form   the fields before the file, {@code ${filename}} replaced
     * @param bucket the bucket the form was posted to
     * @param now    the server's time
     * @throws S3Exception 403 {@code AccessDenied} "Invalid according to Policy: ..."
     */
    public void check(PostPolicyForm form, String bucket, Instant now) {
        if (!now.isBefore(expiration)) {
            throw refused("Policy expired.", "the policy expired at " + expiration + "; the server's time is " + now);
        }
        for (PostPolicyCondition condition : conditions) {
            if (!condition.holds(form, bucket)) {
                throw refused("Policy Condition failed: " + condition, "policy condition failed: " + condition
                        + (condition.fieldName().map(f -> " (the form's " + f + ": "
                        + (f.equals("bucket") ? bucket : form.value(f).orElse("absent")) + ")").orElse("")));
            }
        }
        for (String name : form.names()) {
            if (!EXEMPT.contains(name) && !name.startsWith("x-ignore-") && !covered(name)) {
                throw refused("Extra input fields: " + form.spelling(name),
                        "no policy condition names the form field " + form.spelling(name));
            }
        }
    }

    private boolean covered(String name) {
        for (PostPolicyCondition condition : conditions) {
            if (condition.fieldName().filter(name::equals).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** The largest file every {@code content-length-range} allows ({@link Long#MAX_VALUE} without one). */
    public long maxSize() {
        long max = Long.MAX_VALUE;
        for (PostPolicyCondition condition : conditions) {
            max = Math.min(max, condition.range().map(r -> r[1]).orElse(Long.MAX_VALUE));
        }
        return max;
    }

    /**
     * Judges the file's size against every {@code content-length-range} (bounds included).
     *
     * @throws S3Exception 400 {@code EntityTooSmall} or {@code EntityTooLarge}, with the sizes
     */
    public void checkSize(long size) {
        for (PostPolicyCondition condition : conditions) {
            long[] range = condition.range().orElse(null);
            if (range != null && size < range[0]) {
                throw new S3Exception(S3ErrorCode.ENTITY_TOO_SMALL, "Your proposed upload is smaller than the minimum allowed size")
                        .detail("ProposedSize", Long.toString(size)).detail("MinSizeAllowed", Long.toString(range[0]))
                        .explain("the file has " + size + " bytes; the policy's " + condition + " wants at least " + range[0]);
            }
            if (range != null && size > range[1]) {
                throw tooLarge(size, range[1]).explain("the file has " + size + " bytes; the policy's " + condition
                        + " allows at most " + range[1]);
            }
        }
    }

    /** S3's answer to a file larger than allowed. */
    public static S3Exception tooLarge(long size, long max) {
        return new S3Exception(S3ErrorCode.ENTITY_TOO_LARGE, "Your proposed upload exceeds the maximum allowed size")
                .detail("ProposedSize", Long.toString(size)).detail("MaxSizeAllowed", Long.toString(max));
    }

    private static S3Exception invalid(String what) {
        return new S3Exception(S3ErrorCode.INVALID_POLICY_DOCUMENT, "Invalid Policy: " + what)
                .explain("the POST policy cannot be read: " + what);
    }

    private static S3Exception refused(String what, String why) {
        return new S3Exception(S3ErrorCode.ACCESS_DENIED, "Invalid according to Policy: " + what).explain(why);
    }
}
