package dev.pail.internal.auth;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * AWS Signature Version 2 for S3: the StringToSign of a request signed in the {@code Authorization}
 * header ({@code AWS AKID:signature}) or by a presigned URL ({@code AWSAccessKeyId}, {@code Expires},
 * {@code Signature}), and the signature of it.
 *
 * <pre>
 * StringToSign = METHOD \n Content-MD5 \n Content-Type \n Date \n CanonicalizedAmzHeaders CanonicalizedResource
 * </pre>
 *
 * <p>The rules follow AWS's "Signing and authenticating REST requests" and botocore's
 * {@code HmacV1Auth} / {@code HmacV1QueryAuth}, the client these are tested against:
 * <ul>
 *   <li>Date is the {@code Date} header, empty when {@code x-amz-date} is present (as AWS says and the
 *       Java and JavaScript SDKs do); a presigned URL puts its {@code Expires} in that place.</li>
 *   <li>Every {@code x-amz-*} header, lower-cased and sorted, values trimmed, folded lines unfolded,
 *       repeated values joined by commas. A presigned URL also signs its {@code x-amz-*} query
 *       parameters (botocore moves the headers there, {@code x-amz-security-token} included); one
 *       replaces a header of the same name.</li>
 *   <li>The resource is "/" + the Host header's bucket (virtual-hosted style), then the path exactly as
 *       sent; a path-style path naming only a bucket ({@code /bucket}) gets its trailing slash, as
 *       botocore signs it. Then the {@link #SUB_RESOURCES sub-resources} present, sorted by name,
 *       values percent-decoded, the others (prefix, max-keys, ...) left out.</li>
 * </ul>
 */
public final class SigV2 {

    /**
     * The query parameters that are part of the resource: botocore's list, exactly. It contains the
     * lists of the AWS documentation and of the Java and JavaScript SDKs. Newer S3 sub-resources that
     * botocore leaves out ({@code encryption}, {@code retention}, {@code legal-hold},
     * {@code publicAccessBlock}, {@code ownershipControls}, {@code intelligent-tiering}) are not here:
     * botocore does not sign them, so signing them would reject its requests.
     */
    static final Set<String> SUB_RESOURCES = Set.of(
            "accelerate", "acl", "analytics", "cors", "defaultObjectAcl", "delete", "inventory", "lifecycle",
            "location", "logging", "metrics", "notification", "object-lock", "partNumber", "policy",
            "replication", "requestPayment", "restore", "select", "select-type", "storageClass", "tagging",
            "torrent", "uploadId", "uploads", "versionId", "versioning", "versions", "website",
            "response-cache-control", "response-content-disposition", "response-content-encoding",
            "response-content-language", "response-content-type", "response-expires");

    private static final String AMZ_PREFIX = "x-amz-";

    /** Folding whitespace: a line break and the blanks around it. */
    private static final Pattern FOLD = Pattern.compile("[ \\t]*\\r?\\n[ \\t]*");

    private SigV2() {
    }

    /** The StringToSign of a request signed in the Authorization header ("AWS AKID:signature"). */
    public static String stringToSignForHeader(AuthRequest request) {
        String date = request.header("x-amz-date").isPresent() ? "" : standardHeader(request, "date");
        return stringToSign(request, date, amzHeaders(request));
    }

    /**
     * The StringToSign of a presigned URL (query AWSAccessKeyId, Expires, Signature): the Expires value
     * takes the Date's place.
     *
     * @param expires the {@code Expires} query parameter as sent (seconds since the epoch)
     */
    public static String stringToSignForQuery(AuthRequest request, String expires) {
        SortedMap<String, String> amzHeaders = amzHeaders(request);
        amzHeaders.putAll(amzQueryParameters(request));
        return stringToSign(request, expires, amzHeaders);
    }

    /** base64(HMAC-SHA1(secret, stringToSign)) */
    public static String signature(String secretAccessKey, String stringToSign) {
        byte[] mac = Hmac.sha1(secretAccessKey.getBytes(StandardCharsets.UTF_8), stringToSign);
        return Base64.getEncoder().encodeToString(mac);
    }

    private static String stringToSign(AuthRequest request, String date, SortedMap<String, String> amzHeaders) {
        StringBuilder out = new StringBuilder(256)
                .append(request.method().toUpperCase(Locale.ROOT)).append('\n')
                .append(standardHeader(request, "content-md5")).append('\n')
                .append(standardHeader(request, "content-type")).append('\n')
                .append(date).append('\n');
        amzHeaders.forEach((name, value) -> out.append(name).append(':').append(value).append('\n'));
        return out.append(canonicalResource(request)).toString();
    }

    private static String standardHeader(AuthRequest request, String name) {
        return request.header(name).map(String::strip).orElse("");
    }

    /** The x-amz-* headers, name to values joined by ','. */
    private static SortedMap<String, String> amzHeaders(AuthRequest request) {
        SortedMap<String, String> out = new TreeMap<>();
        for (Map.Entry<String, List<String>> header : request.headers().entrySet()) {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            if (name.startsWith(AMZ_PREFIX) && !header.getValue().isEmpty()) {
                List<String> values = new ArrayList<>();
                for (String value : header.getValue()) {
                    values.add(FOLD.matcher(value.strip()).replaceAll(" "));
                }
                out.merge(name, String.join(",", values), (a, b) -> a + "," + b);
            }
        }
        return out;
    }

    /** The x-amz-* query parameters, decoded, name lower-cased to values joined by ','. */
    private static SortedMap<String, String> amzQueryParameters(AuthRequest request) {
        SortedMap<String, String> out = new TreeMap<>();
        for (Map.Entry<String, String> parameter : request.queryParameters()) {
            String name = parameter.getKey().toLowerCase(Locale.ROOT);
            if (name.startsWith(AMZ_PREFIX)) {
                out.merge(name, parameter.getValue().strip(), (a, b) -> a + "," + b);
            }
        }
        return out;
    }

    /** "/" + host bucket, the raw path, and the sub-resources. */
    static String canonicalResource(AuthRequest request) {
        StringBuilder out = new StringBuilder();
        request.hostBucket().ifPresent(bucket -> out.append('/').append(bucket));
        String path = request.rawPath();
        if (path.isEmpty()) {
            path = "/";
        } else if (request.hostBucket().isEmpty() && path.length() > 1 && path.lastIndexOf('/') == 0) {
            path = path + "/";
        }
        out.append(path);
        List<String> subResources = subResources(request.rawQuery());
        if (!subResources.isEmpty()) {
            out.append('?').append(String.join("&", subResources));
        }
        return out.toString();
    }

    /**
     * The sub-resources of a raw query, sorted by name (stably), each "name" when sent without '=' and
     * "name=decoded value" otherwise (an empty value keeps its '=', as botocore signs it).
     */
    private static List<String> subResources(String rawQuery) {
        List<SubResource> found = new ArrayList<>();
        for (String pair : rawQuery.split("&", -1)) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            if (SUB_RESOURCES.contains(name)) {
                String signed = eq < 0 ? name : name + "=" + UriEncoding.decode(pair.substring(eq + 1));
                found.add(new SubResource(name, signed));
            }
        }
        found.sort(Comparator.comparing(SubResource::name));
        List<String> out = new ArrayList<>(found.size());
        for (SubResource subResource : found) {
            out.add(subResource.signed());
        }
        return out;
    }

    /** A sub-resource's name and its form in the resource. */
    private record SubResource(String name, String signed) {
    }
}
