package dev.pail.internal.auth;

import dev.pail.S3ErrorCode;
import dev.pail.internal.error.S3Exception;
import java.util.Optional;

/**
 * The credential of a SigV4 signature: {@code AKID/yyyyMMdd/region/service/aws4_request}.
 *
 * @param accessKeyId the access key id
 * @param date        the scope's date, {@code yyyyMMdd}
 * @param region      the scope's region
 * @param service     the scope's service
 * @param terminal    the scope's terminator
 */
public record Credential(String accessKeyId, String date, String region, String service, String terminal) {

    /** The credential scope: date/region/service/terminal. */
    public String scope() {
        return date + "/" + region + "/" + service + "/" + terminal;
    }

    /** Parses a credential, or empty when it does not have five non-empty parts (access key ids have no '/'). */
    public static Optional<Credential> parse(String text) {
        String[] parts = text.trim().split("/", -1);
        if (parts.length != 5) {
            return Optional.empty();
        }
        for (String part : parts) {
            if (part.isEmpty()) {
                return Optional.empty();
            }
        }
        return Optional.of(new Credential(parts[0], parts[1], parts[2], parts[3], parts[4]));
    }

    /**
     * Checks the scope as S3 does: the date matches the request's, the region is the one S3 expects,
     * the service is {@code s3}, the terminator {@code aws4_request}.
     *
     * @param amzDate        the request's {@code yyyyMMdd'T'HHmmss'Z'} date
     * @param expectedRegion the region S3 expects, empty when any is accepted
     * @param error          the error code of malformed-scope refusals (header or query form)
     */
    public void check(String amzDate, Optional<String> expectedRegion, S3ErrorCode error) {
        String prefix = error == S3ErrorCode.AUTHORIZATION_HEADER_MALFORMED
                ? "The authorization header is malformed; " : "Error parsing the X-Amz-Credential parameter; ";
        if (!amzDate.startsWith(date) || date.length() != 8) {
            throw new S3Exception(error, prefix + "Invalid credential date \"" + date
                    + "\". This date is not the same as X-Amz-Date: \"" + amzDate.substring(0, Math.min(8, amzDate.length()))
                    + "\".").explain("credential date " + date + " is not the request's date " + amzDate);
        }
        if (expectedRegion.isPresent() && !expectedRegion.get().equals(region)) {
            throw new S3Exception(error, prefix + "the region '" + region + "' is wrong; expecting '"
                    + expectedRegion.get() + "'").detail("Region", expectedRegion.get())
                    .header("x-amz-bucket-region", expectedRegion.get())
                    .explain("signed for region " + region + ", the bucket is in " + expectedRegion.get());
        }
        if (!"s3".equals(service) && !"s3express".equals(service)) { // s3express: directory buckets' sessions
            throw new S3Exception(error, prefix + "incorrect service \"" + service + "\". This endpoint belongs to \"s3\".")
                    .explain("signed for service " + service);
        }
        if (!"aws4_request".equals(terminal)) {
            throw new S3Exception(error, prefix + "incorrect terminal \"" + terminal
                    + "\". This endpoint uses \"aws4_request\".").explain("credential terminal " + terminal);
        }
    }
}
