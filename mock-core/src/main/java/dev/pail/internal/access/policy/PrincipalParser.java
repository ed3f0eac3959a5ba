package dev.pail.internal.access.policy;

import static dev.pail.internal.access.policy.PolicyErrors.malformed;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a {@code Principal} or {@code NotPrincipal}: {@code "*"}, or an object of {@code AWS},
 * {@code CanonicalUser}, {@code Service} and {@code Federated} to one value or an array. An {@code AWS}
 * value is {@code "*"} alone, a 12-digit account id, or an IAM/STS ARN of an account's root, a user,
 * a role or an assumed-role session (IAM User Guide, "AWS JSON policy elements: Principal"); anything
 * else is "Invalid principal in policy", as S3 answers a principal it cannot resolve (versitygw#649).
 * Regular expressions run here, at parse time only.
 */
final class PrincipalParser {

    private static final Pattern ACCOUNT = Pattern.compile("[0-9]{12}");
    private static final Pattern ROOT = Pattern.compile("arn:aws:iam::([0-9]{12}):root");
    private static final Pattern IDENTITY = Pattern.compile(
            "arn:aws:iam::[0-9]{12}:(user|role)/.+|arn:aws:sts::[0-9]{12}:assumed-role/[^/]+/.+");

    private PrincipalParser() {
    }

    /** The principals of the element. */
    static PrincipalSpec parse(Object value, boolean not) {
        if ("*".equals(value)) {
            return new PrincipalSpec(not, true, Set.of(), Set.of(), Set.of(), List.of(), List.of());
        }
        if (!(value instanceof Map<?, ?> kinds) || kinds.isEmpty()) {
            throw malformed(PolicyErrors.INVALID_PRINCIPAL);
        }
        boolean everyone = false;
        Set<String> accounts = new HashSet<>();
        Set<String> arns = new HashSet<>();
        Set<String> canonicalIds = new HashSet<>();
        List<String> services = new ArrayList<>();
        List<String> federated = new ArrayList<>();
        for (Map.Entry<?, ?> kind : kinds.entrySet()) {
            List<String> values = PolicyParser.strings(kind.getValue(), PolicyErrors.INVALID_PRINCIPAL);
            if (values.stream().anyMatch(String::isBlank)) {
                throw malformed(PolicyErrors.INVALID_PRINCIPAL);
            }
            switch ((String) kind.getKey()) {
                case "AWS" -> everyone |= aws(values, accounts, arns);
                case "CanonicalUser" -> canonicalIds.addAll(noStar(values));
                case "Service" -> services.addAll(noStar(values));
                case "Federated" -> federated.addAll(noStar(values));
                default -> throw malformed(PolicyErrors.INVALID_PRINCIPAL);
            }
        }
        return new PrincipalSpec(not, everyone, accounts, arns, canonicalIds, services, federated);
    }

    /** Reads {@code AWS} values into accounts and ARNs; whether they are {@code "*"}. */
    private static boolean aws(List<String> values, Set<String> accounts, Set<String> arns) {
        if (values.contains("*")) {
            if (values.size() > 1) {
                throw malformed(PolicyErrors.INVALID_PRINCIPAL);
            }
            return true;
        }
        for (String value : values) {
            var root = ROOT.matcher(value);
            if (ACCOUNT.matcher(value).matches()) {
                accounts.add(value);
            } else if (root.matches()) {
                accounts.add(root.group(1));
            } else if (IDENTITY.matcher(value).matches()) {
                arns.add(value);
            } else {
                throw malformed(PolicyErrors.INVALID_PRINCIPAL);
            }
        }
        return false;
    }

    private static List<String> noStar(List<String> values) {
        if (values.contains("*")) {
            throw malformed(PolicyErrors.INVALID_PRINCIPAL);
        }
        return values;
    }
}
