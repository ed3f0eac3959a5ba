package dev.pail.internal.auth;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What authentication sees of a request: its line and headers as sent, and the two clocks it is
 * judged by. No server or protocol types, so verification is tested apart from HTTP.
 *
 * @param method     the HTTP method
 * @param rawPath    the path as on the request line, percent-encoded as the client sent it
 * @param rawQuery   the query string as sent, without '?', possibly empty
 * @param headers    the headers, names lower-cased, values as sent, in arrival order
 * @param hostBucket the bucket named by the Host header (virtual-hosted style), if any: SigV2's
 *                   canonical resource starts with it
 * @param serverTime now by the server's clock (a test may move it): presigned and policy expiry
 * @param systemTime now by the system clock: the 15-minute skew allowance
 */
public record AuthRequest(String method, String rawPath, String rawQuery, Map<String, List<String>> headers,
                          Optional<String> hostBucket, Instant serverTime, Instant systemTime) {

    /** Validates the components. */
    public AuthRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(rawPath, "rawPath");
        Objects.requireNonNull(rawQuery, "rawQuery");
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(hostBucket, "hostBucket");
        Objects.requireNonNull(serverTime, "serverTime");
        Objects.requireNonNull(systemTime, "systemTime");
    }

    /** The first value of a header (name in lower case). */
    public Optional<String> header(String lowerCaseName) {
        List<String> values = headers.get(lowerCaseName);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /**
     * The query's parameters in order, names and values percent-decoded ({@code +} stays {@code +});
     * a parameter without {@code =} has the value "".
     */
    public List<Map.Entry<String, String>> queryParameters() {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        if (rawQuery.isEmpty()) {
            return out;
        }
        for (String pair : rawQuery.split("&", -1)) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            out.add(Map.entry(UriEncoding.decode(name), UriEncoding.decode(value)));
        }
        return out;
    }

    /** The first value of a query parameter, decoded. */
    public Optional<String> queryParameter(String name) {
        for (Map.Entry<String, String> parameter : queryParameters()) {
            if (parameter.getKey().equals(name)) {
                return Optional.of(parameter.getValue());
            }
        }
        return Optional.empty();
    }
}
