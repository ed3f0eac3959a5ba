package dev.pail.internal.auth;

import dev.pail.S3ErrorCode;
import dev.pail.internal.error.S3Exception;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The SigV4 elements of a request, from its {@code Authorization} header or from its query
 * (a presigned URL), checked for form as S3 checks them.
 *
 * @param credential    the credential and its scope
 * @param signedHeaders the signed header names, lower-case
 * @param signature     the signature sent
 * @param amzDate       the request time as signed, {@code yyyyMMdd'T'HHmmss'Z'}
 * @param time          the same as an instant
 * @param expires       for a presigned URL, how long it is valid
 */
public record SigV4Request(Credential credential, List<String> signedHeaders, String signature, String amzDate,
                           Instant time, Optional<Duration> expires) {

    /** The algorithm of SigV4 with HMAC-SHA256. */
    public static final String ALGORITHM = "AWS4-HMAC-SHA256";
    /** The longest validity of a presigned URL: 7 days. */
    public static final long MAX_EXPIRES_SECONDS = 604_800;

    private static final String MALFORMED = "The authorization header is malformed; ";

    /** Whether this came from the query. */
    public boolean presigned() {
        return expires.isPresent();
    }

    /** Parses {@code AWS4-HMAC-SHA256 Credential=.., SignedHeaders=.., Signature=..}. */
    public static SigV4Request fromHeader(AuthRequest request, String authorization) {
        String rest = authorization.substring(ALGORITHM.length()).trim();
        String credential = null;
        String signedHeaders = null;
        String signature = null;
        for (String part : rest.split(",")) {
            String item = part.trim();
            int eq = item.indexOf('=');
            if (eq < 0) {
                throw malformedHeader("the authorization component \"" + item + "\" is malformed.");
            }
            String value = item.substring(eq + 1).trim();
            switch (item.substring(0, eq).trim()) {
                case "Credential" -> credential = value;
                case "SignedHeaders" -> signedHeaders = value;
                case "Signature" -> signature = value;
                default -> throw malformedHeader("the authorization component \"" + item + "\" is malformed.");
            }
        }
        List<String> missing = new ArrayList<>();
        if (credential == null) {
            missing.add("Authorization header requires 'Credential' parameter.");
        }
        if (signature == null) {
            missing.add("Authorization header requires 'Signature' parameter.");
        }
        if (signedHeaders == null) {
            missing.add("Authorization header requires 'SignedHeaders' parameter.");
        }
        if (!missing.isEmpty()) {
            throw new S3Exception(S3ErrorCode.AUTHORIZATION_HEADER_MALFORMED, MALFORMED + String.join(" ", missing)
                    + " Authorization=" + authorization).explain("incomplete Authorization header");
        }
        Credential parsed = Credential.parse(credential).orElseThrow(() -> malformedHeader(
                "the Credential is mal-formed; expecting \"<YOUR-AKID>/YYYYMMDD/REGION/SERVICE/aws4_request\"."));
        String amzDate = headerDate(request);
        return new SigV4Request(parsed, signedHeaderList(signedHeaders), signature, amzDate,
                AmzDates.parseBasic(amzDate).orElseThrow(), Optional.empty());
    }

    private static String headerDate(AuthRequest request) {
        Optional<String> amzDate = request.header("x-amz-date").map(String::trim);
        if (amzDate.isPresent()) {
            if (AmzDates.parseBasic(amzDate.get()).isEmpty()) {
                throw AmzDates.missingDate().explain("x-amz-date " + amzDate.get() + " is not yyyyMMdd'T'HHmmss'Z'");
            }
            return amzDate.get();
        }
        return request.header("date").flatMap(AmzDates::parseHttp).map(AmzDates::basic)
                .orElseThrow(() -> AmzDates.missingDate().explain("no x-amz-date and no valid Date header"));
    }

    private static S3Exception malformedHeader(String what) {
        return new S3Exception(S3ErrorCode.AUTHORIZATION_HEADER_MALFORMED, MALFORMED + what)
                .explain("malformed Authorization header: " + what);
    }

    /** Parses the {@code X-Amz-*} parameters of a presigned URL. */
    public static SigV4Request fromQuery(AuthRequest request) {
        Optional<String> algorithm = request.queryParameter("X-Amz-Algorithm");
        Optional<String> credential = request.queryParameter("X-Amz-Credential");
        Optional<String> signature = request.queryParameter("X-Amz-Signature");
        Optional<String> date = request.queryParameter("X-Amz-Date");
        Optional<String> signedHeaders = request.queryParameter("X-Amz-SignedHeaders");
        Optional<String> expires = request.queryParameter("X-Amz-Expires");
        if (algorithm.isEmpty() || credential.isEmpty() || signature.isEmpty() || date.isEmpty()
                || signedHeaders.isEmpty() || expires.isEmpty()) {
            throw queryError("Query-string authentication version 4 requires the X-Amz-Algorithm, X-Amz-Credential, "
                    + "X-Amz-Signature, X-Amz-Date, X-Amz-SignedHeaders, and X-Amz-Expires parameters.");
        }
        if (!ALGORITHM.equals(algorithm.get())) {
            throw queryError("X-Amz-Algorithm only supports \"AWS4-HMAC-SHA256\"");
        }
        Instant time = AmzDates.parseBasic(date.get()).orElseThrow(() -> queryError(
                "X-Amz-Date must be in the ISO8601 Long Format \"yyyyMMdd'T'HHmmss'Z'\""));
        Credential parsed = Credential.parse(credential.get()).orElseThrow(() -> queryError(
                "Error parsing the X-Amz-Credential parameter; the Credential is mal-formed; expecting "
                        + "\"<YOUR-AKID>/YYYYMMDD/REGION/SERVICE/aws4_request\"."));
        return new SigV4Request(parsed, signedHeaderList(signedHeaders.get()), signature.get(), date.get(), time,
                Optional.of(Duration.ofSeconds(expiresSeconds(expires.get()))));
    }

    private static long expiresSeconds(String text) {
        long seconds;
        try {
            seconds = Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw queryError("X-Amz-Expires should be a number");
        }
        if (seconds < 0) {
            throw queryError("X-Amz-Expires must be non-negative");
        }
        if (seconds > MAX_EXPIRES_SECONDS) {
            throw queryError("X-Amz-Expires must be less than a week (in seconds) that is 604800");
        }
        return seconds;
    }

    static S3Exception queryError(String message) {
        return new S3Exception(S3ErrorCode.AUTHORIZATION_QUERY_PARAMETERS_ERROR, message)
                .explain("malformed presigned URL: " + message);
    }

    private static List<String> signedHeaderList(String text) {
        return Arrays.stream(text.split(";")).map(String::trim).filter(s -> !s.isEmpty())
                .map(s -> s.toLowerCase(java.util.Locale.ROOT)).toList();
    }
}
