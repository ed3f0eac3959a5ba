package dev.pail.it.robustness;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random and malformed requests for the HTTP front: every method, odd paths and query strings,
 * headers with wrong values, bodies of random bytes, broken XML and broken aws-chunked framing,
 * and bodies cut short by a client that hangs up. Shared by {@link HostileRequestsTest} and the
 * soak main in {@code benchmarks/}.
 *
 * <p>The requests are always valid HTTP/1.1 on the wire (a request line and headers a parser can
 * read); what they say is S3 nonsense.
 */
public final class HostileRequests {

    /** The bucket the requests aim at (create it before sending). */
    public static final String BUCKET = "bkt";
    private static final AtomicLong UNIQUE = new AtomicLong();

    private HostileRequests() {
    }

    /** One request as it goes on the wire, and how much of its body the client sends before it hangs up. */
    public record RawRequest(String method, String target, List<Map.Entry<String, String>> headers, byte[] body,
                             Optional<Integer> hangUpAfter) {

        /** The key this request alone writes to, if it is a plain object write of a fresh key. */
        public Optional<String> freshKey() {
            String prefix = "/" + BUCKET + "/fresh-";
            return target.startsWith(prefix) && !target.contains("?") ? Optional.of(target.substring(BUCKET.length() + 2))
                    : Optional.empty();
        }

        @Override
        public String toString() {
            StringBuilder out = new StringBuilder(method).append(' ').append(target).append('\n');
            headers.forEach(h -> out.append("  ").append(h.getKey()).append(": ").append(h.getValue()).append('\n'));
            out.append("  body: ").append(body.length).append(" bytes");
            hangUpAfter.ifPresent(n -> out.append(", hanging up after ").append(n));
            return out.toString();
        }
    }

    /** A response as it came off the wire. */
    public record RawResponse(byte[] raw, int status, Map<String, String> headers, String body) {

        /** The response to a request, parsed; status 0 when the bytes are no HTTP response. */
        static RawResponse parse(byte[] raw) {
            String text = new String(raw, StandardCharsets.ISO_8859_1);
            while (text.startsWith("HTTP/1.1 1") && text.contains("\r\n\r\n")) { // an interim 100 Continue
                int end = text.indexOf("\r\n\r\n") + 4;
                raw = java.util.Arrays.copyOfRange(raw, end, raw.length);
                text = text.substring(end);
            }
            int split = text.indexOf("\r\n\r\n");
            Matcher status = Pattern.compile("^HTTP/1\\.1 (\\d{3}) ").matcher(text);
            if (split < 0 || !status.find()) {
                return new RawResponse(raw, 0, Map.of(), text);
            }
            Map<String, String> headers = new LinkedHashMap<>();
            for (String line : text.substring(0, split).split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
                }
            }
            String body = new String(raw, split + 4, raw.length - split - 4, StandardCharsets.UTF_8);
            return new RawResponse(raw, Integer.parseInt(status.group(1)), headers, body);
        }

        /**
         * What is wrong with this as an answer from S3, or empty when nothing is: no reply, a 5xx
         * of Pail's own making, no request id, or an error without S3's XML document.
         */
        public Optional<String> problem(String method) {
            if (raw.length == 0) {
                return Optional.of("an empty reply");
            }
            if (status == 0) {
                return Optional.of("not an HTTP response");
            }
            if (status >= 500 && !(status == 501 && body.contains("<Code>NotImplemented</Code>"))) {
                return Optional.of("status " + status); // 501 NotImplemented is S3's own answer to some headers
            }
            if (!headers.containsKey("x-amz-request-id")) {
                return Optional.of("no x-amz-request-id header");
            }
            if (status >= 400 && !method.equals("HEAD")
                    && !(body.contains("<Error>") && body.contains("<Code>") && body.contains("<RequestId>"))) {
                return Optional.of("an error without S3's XML error document");
            }
            return Optional.empty();
        }
    }

    /** Sends the request on a connection of its own and reads the answer (empty when the client hung up). */
    public static RawResponse send(String host, int port, RawRequest request) throws IOException {
        try (Socket socket = new Socket(host, port)) {
            socket.setSoTimeout(20_000);
            socket.setTcpNoDelay(true);
            OutputStream out = socket.getOutputStream();
            StringBuilder head = new StringBuilder(request.method()).append(' ').append(request.target())
                    .append(" HTTP/1.1\r\nHost: ").append(host).append(':').append(port).append("\r\n");
            request.headers().forEach(h -> head.append(h.getKey()).append(": ").append(h.getValue()).append("\r\n"));
            head.append("Content-Length: ").append(request.body().length).append("\r\nConnection: close\r\n\r\n");
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            if (request.hangUpAfter().isPresent()) {
                out.write(request.body(), 0, Math.min(request.body().length, request.hangUpAfter().get()));
                out.flush();
                socket.setSoLinger(true, 0);
                return new RawResponse(new byte[0], 0, Map.of(), "");
            }
            out.write(request.body());
            out.flush();
            return RawResponse.parse(readAll(socket.getInputStream()));
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                out.write(buffer, 0, n);
            }
        } catch (SocketTimeoutException e) {
            throw new IOException("no complete answer within 20 s; got: " + out.toString(StandardCharsets.ISO_8859_1), e);
        } catch (IOException e) {
            // a reset after the answer: keep what arrived
        }
        return out.toByteArray();
    }

    /** Sends bytes exactly as given, in one write, and reads the answer. */
    public static RawResponse sendBytes(String host, int port, byte[] request) throws IOException {
        try (Socket socket = new Socket(host, port)) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(request);
            socket.getOutputStream().flush();
            socket.shutdownOutput();
            return RawResponse.parse(readAll(socket.getInputStream()));
        }
    }

    // ---- generators ------------------------------------------------------------------------------

    /**
     * Requests broken at the HTTP level, which Undertow's parser refuses before Pail sees them:
     * malformed or contradictory lengths, header lines without a colon, control bytes in names,
     * oversized header sections, chunked framing that lies.
     */
    public static Arbitrary<byte[]> malformedHttp() {
        Arbitrary<String> method = Arbitraries.of("GET", "PUT", "POST", "HEAD", "DELETE");
        // not the seeded key "k": a breakage Undertow accepts (chunked framing beside a Content-Length, which
        // RFC 9112 resolves in favour of the chunks) makes a real DELETE or PUT that would change it
        Arbitrary<String> target = Arbitraries.of("/" + BUCKET + "/broken-http", "/" + BUCKET + "/new-key", "/", "/" + BUCKET);
        // each breakage with a body that does not read as a second, pipelined request: the answer to
        // one that did would race the reset of a connection closed with unread bytes
        Arbitrary<String[]> breakage = Arbitraries.of(
                new String[] {"Content-Length: abc\r\n", "hello"}, new String[] {"Content-Length: -1\r\n", ""},
                new String[] {"Content-Length: 1, 2\r\n", "x"}, new String[] {"Content-Length: 3\r\nContent-Length: 4\r\n", "abc"},
                new String[] {"Content-Length: 99999999999999999999999\r\n", ""},
                new String[] {"Header Without Colon\r\n", ""}, new String[] {"Bad\u0001Name: x\r\n", ""},
                new String[] {": no name\r\n", ""},
                new String[] {"Transfer-Encoding: chunked\r\n", "zz\r\nnot hex\r\n0\r\n\r\n"},
                new String[] {"Transfer-Encoding: chunked\r\nContent-Length: 5\r\n", "5\r\nhello\r\n0\r\n\r\n"},
                new String[] {"x-amz-meta-big: " + "x".repeat(9000) + "\r\n", ""});
        return Combinators.combine(method, target, breakage).as((m, t, b) ->
                (m + " " + t + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + b[0] + "\r\n" + b[1])
                        .getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Requests whose whole body is sent. */
    public static Arbitrary<RawRequest> requests() {
        return Combinators.combine(methods(), targets(), headers(), bodies())
                .as((method, target, headers, body) -> new RawRequest(method, target, headers, body, Optional.empty()));
    }

    /** Object writes of fresh keys whose client hangs up part-way through the body. */
    public static Arbitrary<RawRequest> abandonedUploads() {
        Arbitrary<List<Map.Entry<String, String>>> uploadHeaders = header()
                .filter(h -> !h.getKey().equals("x-amz-copy-source")) // that would be a copy, whose body does not matter
                .list().ofMaxSize(6);
        return Combinators.combine(Arbitraries.of("", "?uploads", "?partNumber=1&uploadId=x"), uploadHeaders,
                        Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(50_000), Arbitraries.doubles()
                                .between(0, 0.99))
                .as((query, headers, body, fraction) -> new RawRequest("PUT", "/" + BUCKET + "/fresh-"
                        + UNIQUE.incrementAndGet() + query, headers, body, Optional.of((int) (body.length * fraction))));
    }

    static Arbitrary<String> methods() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.of("GET", "PUT", "POST", "DELETE", "HEAD")),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("OPTIONS", "PATCH", "TRACE", "PROPFIND", "BREW")));
    }

    static Arbitrary<String> targets() {
        Arbitrary<String> path = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.just("/")),
                net.jqwik.api.Tuple.of(2, Arbitraries.of("/" + BUCKET, "/" + BUCKET + "/", "/nosuchbucket",
                        "/Bad_Bucket", "/ab", "/" + "x".repeat(70), "/nosuchbucket/k")),
                net.jqwik.api.Tuple.of(4, keys().map(k -> "/" + BUCKET + "/" + k)),
                net.jqwik.api.Tuple.of(2, Arbitraries.create(() -> "/" + BUCKET + "/fresh-" + UNIQUE.incrementAndGet())));
        return Combinators.combine(path, queries()).as((p, q) -> q.isEmpty() ? p : p + "?" + q);
    }

    static Arbitrary<String> keys() {
        Arbitrary<String> plain = Arbitraries.strings().withChars("abcXYZ019._-~!*'()/").ofMinLength(1).ofMaxLength(40);
        Arbitrary<String> escaped = Arbitraries.of("%2F", "%20", "%2B", "+", "%25", "%E2%82%AC", "%F0%9F%98%80", "%00",
                "%0A", "%7F", "%C3%A9", "%FF", "..", ".", "%2E%2E");
        Arbitrary<String> mixed = Combinators.combine(plain, escaped, plain).as((a, b, c) -> a + b + c);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, plain),
                net.jqwik.api.Tuple.of(4, mixed),
                net.jqwik.api.Tuple.of(1, Arbitraries.just("k".repeat(1100))));
    }

    static Arbitrary<String> queries() {
        Arbitrary<String> name = Arbitraries.of("acl", "tagging", "uploads", "uploadId", "partNumber", "versionId",
                "versions", "list-type", "max-keys", "prefix", "delimiter", "continuation-token", "start-after",
                "encoding-type", "delete", "versioning", "policy", "policyStatus", "cors", "lifecycle", "location",
                "website", "logging", "notification", "replication", "encryption", "object-lock", "retention",
                "legal-hold", "attributes", "restore", "select", "select-type", "torrent", "x-id", "marker",
                "key-marker", "upload-id-marker", "version-id-marker", "max-uploads", "max-parts", "part-number-marker",
                "response-content-type", "response-expires", "analytics", "inventory", "metrics", "id",
                "intelligent-tiering", "ownershipControls", "publicAccessBlock", "requestPayment", "accelerate",
                "fetch-owner", "max-buckets", "bucket-region", "renameObject", "session", "unknown");
        Arbitrary<String> value = Arbitraries.of("", "=", "=1", "=0", "=-1", "=abc", "=99999999999999999999",
                "=%20", "=true", "=2", "=url", "=" + "z".repeat(300), "=bogus%2Fvalue", "=10001");
        Arbitrary<String> parameter = Combinators.combine(name, value).as((n, v) -> n + v);
        return parameter.list().ofMaxSize(3).map(list -> String.join("&", list));
    }

    static Arbitrary<List<Map.Entry<String, String>>> headers() {
        return header().list().ofMaxSize(6);
    }

    static Arbitrary<Map.Entry<String, String>> header() {
        Arbitrary<String> base64 = Arbitraries.bytes().array(byte[].class).ofMinSize(0).ofMaxSize(33)
                .map(b -> Base64.getEncoder().encodeToString(b));
        Arbitrary<String> junk = Arbitraries.strings().withCharRange('!', '~').ofMaxLength(40);
        Arbitrary<String> number = Arbitraries.of("0", "1", "-1", "abc", "99999999999999999999", "5368709121", "10");
        return Arbitraries.oneOf(
                entry("Content-MD5", Arbitraries.oneOf(base64, junk)),
                entry("x-amz-content-sha256", Arbitraries.oneOf(Arbitraries.of("UNSIGNED-PAYLOAD",
                        "STREAMING-UNSIGNED-PAYLOAD-TRAILER", "STREAMING-AWS4-HMAC-SHA256-PAYLOAD",
                        "STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
                        junk)),
                entry("x-amz-decoded-content-length", number),
                entry("Content-Encoding", Arbitraries.of("aws-chunked", "gzip", "aws-chunked,gzip", "identity")),
                entry("x-amz-trailer", Arbitraries.of("x-amz-checksum-crc32", "x-amz-checksum-crc64nvme", "bogus", "")),
                entry(Arbitraries.of("x-amz-checksum-crc32", "x-amz-checksum-crc32c", "x-amz-checksum-sha1",
                        "x-amz-checksum-sha256", "x-amz-checksum-crc64nvme"), Arbitraries.oneOf(base64, junk)),
                entry("x-amz-sdk-checksum-algorithm", Arbitraries.of("CRC32", "CRC64NVME", "SHA256", "MD5", "bogus")),
                entry("x-amz-checksum-type", Arbitraries.of("COMPOSITE", "FULL_OBJECT", "bogus")),
                entry("Range", Arbitraries.oneOf(Arbitraries.of("bytes=0-1", "bytes=9-3", "bytes=-5", "bytes=5-",
                        "chars=1-2", "bytes=-", "bytes=0-1,3-4"), junk)),
                entry(Arbitraries.of("If-Match", "If-None-Match", "x-amz-copy-source-if-match"),
                        Arbitraries.oneOf(Arbitraries.of("*", "\"abc\"", "\"\""), junk)),
                entry(Arbitraries.of("If-Modified-Since", "If-Unmodified-Since", "x-amz-object-lock-retain-until-date"),
                        Arbitraries.oneOf(Arbitraries.of("Wed, 21 Oct 2015 07:28:00 GMT", "2030-01-01T00:00:00Z"), junk)),
                entry("x-amz-copy-source", Arbitraries.oneOf(Arbitraries.of("bkt/k", "/bkt/k", "/nosuchbucket/k", "bkt",
                        "bkt/%ZZ", "bkt/k?versionId=bogus", "/"), junk)),
                entry("x-amz-copy-source-range", Arbitraries.of("bytes=0-1", "bytes=5-1", "junk")),
                entry("x-amz-tagging", Arbitraries.oneOf(Arbitraries.of("a=b&c", "%%", "=", "a=b&a=c",
                        "k".repeat(200) + "=v"), junk)),
                entry(Arbitraries.of("x-amz-meta-x", "x-amz-meta-", "x-amz-meta-a.b"), junk),
                entry(Arbitraries.of("x-amz-acl", "x-amz-grant-read", "x-amz-grant-full-control"),
                        Arbitraries.oneOf(Arbitraries.of("private", "public-read", "id=abc", "uri=\"x\""), junk)),
                entry(Arbitraries.of("x-amz-server-side-encryption", "x-amz-server-side-encryption-customer-algorithm"),
                        Arbitraries.of("AES256", "aws:kms", "aws:kms:dsse", "bogus")),
                entry(Arbitraries.of("x-amz-server-side-encryption-customer-key",
                        "x-amz-server-side-encryption-customer-key-MD5"), Arbitraries.oneOf(base64, junk)),
                entry("x-amz-storage-class", Arbitraries.of("STANDARD", "GLACIER", "DEEP_ARCHIVE", "bogus")),
                entry(Arbitraries.of("x-amz-object-lock-mode", "x-amz-object-lock-legal-hold"),
                        Arbitraries.of("GOVERNANCE", "COMPLIANCE", "ON", "OFF", "bogus")),
                entry(Arbitraries.of("x-amz-mp-object-size", "x-amz-max-parts", "x-amz-part-number-marker"), number),
                entry(Arbitraries.of("x-amz-expected-bucket-owner", "x-amz-request-payer", "x-amz-bypass-governance-retention",
                        "x-amz-metadata-directive", "x-amz-tagging-directive", "x-amz-object-attributes",
                        "x-amz-bucket-object-lock-enabled", "x-amz-object-ownership", "x-amz-mfa"), junk),
                entry("Expect", Arbitraries.just("100-continue")),
                entry("Authorization", Arbitraries.oneOf(Arbitraries.of("AWS4-HMAC-SHA256 Credential=garbage",
                        "AWS pail:c2lnbmF0dXJl", "Bearer x"), junk)),
                entry(Arbitraries.of("Content-Type", "Cache-Control", "Content-Disposition", "Content-Language",
                        "Expires"), junk));
    }

    private static Arbitrary<Map.Entry<String, String>> entry(String name, Arbitrary<String> value) {
        return value.map(v -> Map.entry(name, v));
    }

    private static Arbitrary<Map.Entry<String, String>> entry(Arbitrary<String> name, Arbitrary<String> value) {
        return Combinators.combine(name, value).as(Map::entry);
    }

    static Arbitrary<byte[]> bodies() {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(3000);
        Arbitrary<String> xml = Arbitraries.of(
                "<Tagging><TagSet>",
                "<Tagging><TagSet><Tag><Key>a</Key><Value>b</Value></Tag></TagSet></Tagging>",
                "<?xml version=\"1.0\"?><Delete><Object><Key>a</Key></Object></Delete>",
                "<Delete><Quiet>maybe</Quiet></Delete>",
                "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><Tagging>&e;</Tagging>",
                "<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                        + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]><Tagging>&c;</Tagging>",
                "<a>".repeat(5000),
                "<CompleteMultipartUpload><Part><PartNumber>x</PartNumber></Part></CompleteMultipartUpload>",
                "<CreateBucketConfiguration><LocationConstraint>mars-1</LocationConstraint></CreateBucketConfiguration>",
                "<VersioningConfiguration><Status>Sometimes</Status></VersioningConfiguration>",
                "<CORSConfiguration><CORSRule></CORSRule></CORSConfiguration>",
                "<LifecycleConfiguration><Rule><Status>Enabled</Status></Rule></LifecycleConfiguration>",
                "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\"}]}",
                "{\"Version\": ",
                "<Retention><Mode>FOREVER</Mode></Retention>",
                "<Tagging xmlns=\"http://wrong.example/\"><TagSet/></Tagging>",
                "\u00ef\u00bb\u00bf<Tagging><TagSet/></Tagging>");
        Arbitrary<byte[]> notUtf8 = Arbitraries.just(new byte[] {'<', 'T', 'a', 'g', 'g', 'i', 'n', 'g', '>', (byte) 0xC3,
                (byte) 0x28, '<', '/', 'T', 'a', 'g', 'g', 'i', 'n', 'g', '>'});
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.just(new byte[0])),
                net.jqwik.api.Tuple.of(3, random),
                net.jqwik.api.Tuple.of(3, xml.map(x -> x.getBytes(StandardCharsets.UTF_8))),
                net.jqwik.api.Tuple.of(1, notUtf8),
                net.jqwik.api.Tuple.of(3, awsChunked()));
    }

    /** aws-chunked bodies, well framed or broken in one of the ways a buggy client breaks them. */
    static Arbitrary<byte[]> awsChunked() {
        Arbitrary<String> chunk = Arbitraries.strings().withChars("abc").ofMinLength(1).ofMaxLength(20);
        Arbitrary<String> breakage = Arbitraries.of("none", "hex", "crlf", "truncated", "size", "signature", "trailer",
                "no-end");
        return Combinators.combine(chunk.list().ofMaxSize(4), breakage).as((chunks, how) -> {
            StringBuilder out = new StringBuilder();
            for (String data : chunks) {
                String size = how.equals("hex") ? "zz" : Integer.toHexString(data.length() + (how.equals("size") ? 3 : 0));
                String extension = how.equals("signature") ? ";chunk-signature=nothex" : "";
                out.append(size).append(extension).append(how.equals("crlf") ? "\n" : "\r\n").append(data).append("\r\n");
            }
            if (!how.equals("no-end")) {
                out.append("0\r\n");
                out.append(how.equals("trailer") ? "x-amz-checksum-crc32 AAAA\r\n" : "x-amz-checksum-crc32:AAAAAA==\r\n");
                out.append("\r\n");
            }
            String body = out.toString();
            if (how.equals("truncated") && body.length() > 3) {
                body = body.substring(0, body.length() / 2);
            }
            return body.getBytes(StandardCharsets.US_ASCII);
        });
    }

    /** Makes a list of every header of a request, for reports. */
    static List<String> names(RawRequest request) {
        List<String> names = new ArrayList<>();
        request.headers().forEach(h -> names.add(h.getKey()));
        return names;
    }
}
