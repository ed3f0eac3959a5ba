package dev.pail.internal.events;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.StringJoiner;

/**
 * The text of S3's server access log records: one line per {@link AccessLogEntry}, space-delimited fields in
 * the documented order, as described by "Amazon S3 server access log format"
 * (https://docs.aws.amazon.com/AmazonS3/latest/userguide/LogFormat.html).
 *
 * <ul>
 *   <li>Any absent or unknown value is {@code -}; Bytes Sent is {@code -} when zero ("or - if zero"), and so is
 *       an HTTP status of 0. Object Size, Total Time and Turn-Around Time are {@code -} only when absent.</li>
 *   <li>Time is {@code [%d/%b/%Y:%H:%M:%S %z]} in UTC: {@code [06/Feb/2019:00:00:38 +0000]}.</li>
 *   <li>Request-URI, Referer and User-Agent are in double quotes ({@code "-"} when absent).</li>
 *   <li>Key is URL-encoded (UTF-8, RFC 3986 unreserved characters and {@code /} kept).</li>
 *   <li>aclRequired is {@code Yes} or {@code -}.</li>
 * </ul>
 *
 * <p>Escaping, which the documentation does not describe: inside a quoted field {@code "} becomes
 * {@code \"}, {@code \} becomes {@code \\} and control characters become {@code \xHH} (as Apache httpd's
 * access log does; {@code \}{@code uHHHH} above U+00FF, for U+2028 and U+2029); in an unquoted field, whitespace,
 * control characters, {@code "} and {@code \} are escaped the same way ({@code \x20}, {@code \x22}, {@code \x5C}).
 * A record therefore never spans lines and always splits into {@link #FIELD_NAMES}{@code .size()} fields.
 */
public final class AccessLogFormat {

    /** The fields of a record, in order, named as the documentation names them. */
    public static final List<String> FIELD_NAMES = List.of("Bucket Owner", "Bucket", "Time", "Remote IP",
            "Requester", "Request ID", "Operation", "Key", "Request-URI", "HTTP status", "Error Code", "Bytes Sent",
            "Object Size", "Total Time", "Turn-Around Time", "Referer", "User-Agent", "Version Id", "Host Id",
            "Signature Version", "Cipher Suite", "Authentication Type", "Host Header", "TLS version",
            "Access Point ARN", "aclRequired", "Source Region");

    /** What S3 writes for an absent, unknown or not applicable value. */
    public static final String ABSENT = "-";

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.US).withZone(ZoneOffset.UTC);
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private AccessLogFormat() {
    }

    /** The record as one line of text, without a line terminator. */
    public static String line(AccessLogEntry entry) {
        StringJoiner line = new StringJoiner(" ");
        line.add(token(entry.bucketOwner())).add(token(entry.bucket())).add(time(entry.time()))
                .add(token(entry.remoteIp())).add(token(entry.requester())).add(token(entry.requestId()))
                .add(token(entry.operation())).add(token(entry.key().map(AccessLogFormat::encodeKey)))
                .add(quoted(entry.requestUri())).add(countOrAbsent(entry.httpStatus()))
                .add(token(entry.errorCode())).add(countOrAbsent(entry.bytesSent()))
                .add(number(entry.objectSize())).add(number(entry.totalTimeMillis()))
                .add(number(entry.turnAroundTimeMillis())).add(quoted(entry.referer()))
                .add(quoted(entry.userAgent())).add(token(entry.versionId())).add(token(entry.hostId()))
                .add(token(entry.signatureVersion())).add(token(entry.cipherSuite()))
                .add(token(entry.authenticationType())).add(token(entry.hostHeader()))
                .add(token(entry.tlsVersion())).add(token(entry.accessPointArn()))
                .add(entry.aclRequired() ? "Yes" : ABSENT).add(token(entry.sourceRegion()));
        return line.toString();
    }

    /** The Time field: {@code [06/Feb/2019:00:00:38 +0000]}, always in UTC. */
    public static String time(Instant time) {
        return "[" + TIME.format(time) + "]";
    }

    /** The Request-URI field's content: {@code GET /bucket/key?acl HTTP/1.1}, the target as received. */
    public static String requestLine(String method, String requestTarget, String protocol) {
        return Objects.requireNonNull(method, "method") + " " + Objects.requireNonNull(requestTarget, "requestTarget")
                + " " + Objects.requireNonNull(protocol, "protocol");
    }

    /** An unquoted field: {@code -} when empty, otherwise the value with blanks and controls escaped. */
    public static String token(String value) {
        if (value == null || value.isEmpty()) {
            return ABSENT;
        }
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ' ' || c == '"' || c == '\\' || isControl(c) || Character.isWhitespace(c)) {
                hexEscape(out, c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** An unquoted field from an optional value. */
    public static String token(Optional<String> value) {
        return token(value.orElse(null));
    }

    /** A quoted field: {@code "-"} when empty, otherwise the value in quotes, escaped. */
    public static String quoted(String value) {
        if (value == null || value.isEmpty()) {
            return "\"" + ABSENT + "\"";
        }
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (isControl(c)) {
                hexEscape(out, c);
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /** A quoted field from an optional value. */
    public static String quoted(Optional<String> value) {
        return quoted(value.orElse(null));
    }

    /** A count that S3 writes as {@code -} when zero (Bytes Sent, HTTP status). */
    public static String countOrAbsent(long value) {
        return value == 0 ? ABSENT : Long.toString(value);
    }

    /** A number that is {@code -} only when absent (Object Size, Total Time, Turn-Around Time). */
    public static String number(OptionalLong value) {
        return value.isPresent() ? Long.toString(value.getAsLong()) : ABSENT;
    }

    /**
     * The Key field's encoding: UTF-8 percent-encoding of everything but the RFC 3986 unreserved characters
     * ({@code A-Z a-z 0-9 - . _ ~}) and {@code /}, with upper-case hex digits.
     */
    public static String encodeKey(String key) {
        byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(bytes.length);
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (isUnreserved(c) || c == '/') {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return out.toString();
    }

    private static boolean isUnreserved(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
    }

    /** C0 and C1 controls, DEL, and the Unicode line and paragraph separators. */
    private static boolean isControl(char c) {
        return c < ' ' || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029;
    }

    private static void hexEscape(StringBuilder out, char c) {
        if (c > 0xFF) {
            out.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xF]);
        } else {
            out.append("\\x");
        }
        out.append(HEX[(c >> 4) & 0xF]).append(HEX[c & 0xF]);
    }
}
