package dev.pail.internal.auth;

import dev.pail.S3ErrorCode;
import dev.pail.internal.error.S3Exception;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The fields of a browser form upload as its POST policy sees them: the fields before the file, in
 * order, their {@code ${filename}} already replaced. Names are matched in any case ("the post
 * parameters are case insensitive"); a field sent several times has its values joined with commas,
 * as the policy must then name them ("Ninja,Stallman"). Immutable; no server or protocol types.
 */
public final class PostPolicyForm {

    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, String> spellings = new LinkedHashMap<>();

    /**
     * @param fields the fields, names and values as sent, in order
     */
    public PostPolicyForm(List<Map.Entry<String, String>> fields) {
        Objects.requireNonNull(fields, "fields");
        for (Map.Entry<String, String> field : fields) {
            String lower = field.getKey().toLowerCase(Locale.ROOT);
            spellings.putIfAbsent(lower, field.getKey());
            values.merge(lower, field.getValue(), (a, b) -> a + "," + b);
        }
    }

    /** The value of a field, its name in any case; a repeated field's values joined with commas. */
    public Optional<String> value(String name) {
        return Optional.ofNullable(values.get(name.toLowerCase(Locale.ROOT)));
    }

    /** Whether the form has the field, its name in any case. */
    public boolean has(String name) {
        return values.containsKey(name.toLowerCase(Locale.ROOT));
    }

    /** The field names, lower-cased, in the order they first appear. */
    public List<String> names() {
        return new ArrayList<>(values.keySet());
    }

    /** A field's name as the form first spelled it. */
    public String spelling(String lowerCaseName) {
        return spellings.getOrDefault(lowerCaseName, lowerCaseName);
    }

    /** The value of a field the request needs, or S3's refusal naming it as S3 spells it. */
    public String required(String canonicalName) {
        return value(canonicalName).orElseThrow(() -> missingField(canonicalName));
    }

    /**
     * S3's answer to a form without a field it needs (fields after the file are never seen, hence
     * the hint): 400 {@code InvalidArgument}, naming the field.
     */
    public static S3Exception missingField(String canonicalName) {
        return new S3Exception(S3ErrorCode.INVALID_ARGUMENT, "Bucket POST must contain a field named '" + canonicalName
                + "'.  If it is specified, please check the order of the fields.")
                .detail("ArgumentName", canonicalName).detail("ArgumentValue", "")
                .explain("the form has no field " + canonicalName + " before its file");
    }
}
