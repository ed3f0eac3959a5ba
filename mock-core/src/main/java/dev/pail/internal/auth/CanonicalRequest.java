package dev.pail.internal.auth;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * SigV4's canonical request as S3 builds it: the path decoded and encoded once (S3 does not
 * double-encode), the query sorted by encoded name and value, the signed headers' values trimmed
 * with inner runs of blanks collapsed, and the payload hash as the client declared it.
 */
public final class CanonicalRequest {

    private CanonicalRequest() {
    }

    /**
     * @param request       the request
     * @param signedHeaders the signed header names, lower-case, in the order given
     * @param excludeQuery  a query parameter left out (the signature itself, for presigned URLs), or null
     * @param payloadHash   the last line
     */
    public static String of(AuthRequest request, List<String> signedHeaders, String excludeQuery, String payloadHash) {
        StringBuilder out = new StringBuilder(256);
        out.append(request.method()).append('\n');
        out.append(uri(request.rawPath())).append('\n');
        out.append(query(request, excludeQuery)).append('\n');
        for (String name : signedHeaders) {
            out.append(name).append(':').append(headerValue(request.headers().get(name))).append('\n');
        }
        out.append('\n').append(String.join(";", signedHeaders)).append('\n');
        out.append(payloadHash);
        return out.toString();
    }

    static String uri(String rawPath) {
        if (rawPath.isEmpty()) {
            return "/";
        }
        return UriEncoding.encode(UriEncoding.decode(rawPath), true);
    }

    static String query(AuthRequest request, String excludeQuery) {
        List<String[]> encoded = new ArrayList<>();
        for (Map.Entry<String, String> parameter : request.queryParameters()) {
            if (parameter.getKey().equals(excludeQuery)) {
                continue;
            }
            encoded.add(new String[] {UriEncoding.encode(parameter.getKey(), false),
                UriEncoding.encode(parameter.getValue(), false)});
        }
        encoded.sort((a, b) -> {
            int byName = a[0].compareTo(b[0]);
            return byName != 0 ? byName : a[1].compareTo(b[1]);
        });
        StringBuilder out = new StringBuilder();
        for (String[] pair : encoded) {
            if (out.length() > 0) {
                out.append('&');
            }
            out.append(pair[0]).append('=').append(pair[1]);
        }
        return out.toString();
    }

    /** All values of a header, each trimmed with runs of blanks collapsed, joined with ','. */
    static String headerValue(List<String> values) {
        if (values == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(collapse(values.get(i)));
        }
        return out.toString();
    }

    private static String collapse(String value) {
        String trimmed = value.strip();
        if (trimmed.indexOf("  ") < 0 && trimmed.indexOf('\t') < 0) {
            return trimmed;
        }
        return trimmed.replaceAll("[ \\t]+", " ");
    }

    /** The bytes of a text as S3 lists them in an error: lower-case hex pairs separated by blanks. */
    public static String bytes(String text) {
        byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(bytes.length * 3);
        for (int i = 0; i < bytes.length; i++) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(Character.forDigit((bytes[i] >> 4) & 0xf, 16)).append(Character.forDigit(bytes[i] & 0xf, 16));
        }
        return out.toString();
    }
}
