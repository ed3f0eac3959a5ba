package dev.pail.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import software.amazon.awssdk.checksums.DefaultChecksumAlgorithm;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignRequest;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/**
 * Requests signed by the AWS SDK's own SigV4 signer (the oracle), turned into bytes a test can
 * send as they are or tampered with, through {@link RawHttp}.
 */
final class SignedRequests {

    /** A signed request: what goes on the wire. */
    record Signed(String method, String target, Map<String, String> headers, byte[] body) {

        Signed withMethod(String other) {
            return new Signed(other, target, headers, body);
        }

        Signed withTarget(String other) {
            return new Signed(method, other, headers, body);
        }

        Signed withHeader(String name, String value) {
            Map<String, String> copy = new LinkedHashMap<>(headers);
            copy.keySet().removeIf(n -> n.equalsIgnoreCase(name));
            copy.put(name, value);
            return new Signed(method, target, copy, body);
        }

        Signed withoutHeader(String name) {
            Map<String, String> copy = new LinkedHashMap<>(headers);
            copy.keySet().removeIf(n -> n.equalsIgnoreCase(name));
            return new Signed(method, target, copy, body);
        }

        Signed withBody(byte[] other) {
            return new Signed(method, target, headers, other);
        }

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue)
                    .findFirst().orElseThrow();
        }

        RawHttp.Response send(RawHttp http) {
            return http.send(method, target, headers, body);
        }
    }

    private final URI endpoint;
    private final String region;

    SignedRequests(URI endpoint, String region) {
        this.endpoint = endpoint;
        this.region = region;
    }

    /**
     * Signs a request with the SDK's signer.
     *
     * @param path    the encoded path, e.g. {@code /bucket/key}
     * @param query   the encoded query, possibly empty
     * @param headers extra headers to sign
     * @param body    the payload (empty for none)
     * @param options signer properties on top of S3's defaults (service s3, the region, no double
     *                encoding, no path normalisation, payload signed)
     */
    Signed sign(String method, String path, String query, Map<String, String> headers, byte[] body,
                String accessKeyId, String secret, Consumer<SignRequest.Builder<AwsCredentialsIdentity>> options) {
        SdkHttpRequest.Builder request = SdkHttpRequest.builder().method(SdkHttpMethod.fromValue(method))
                .uri(URI.create(endpoint + path + (query.isEmpty() ? "" : "?" + query)));
        headers.forEach(request::putHeader);
        request.putHeader("Content-Length", Integer.toString(body.length));
        ContentStreamProvider payload = ContentStreamProvider.fromByteArray(body);
        SignedRequest signed = AwsV4HttpSigner.create().sign(r -> {
            r.identity(AwsCredentialsIdentity.create(accessKeyId, secret))
                    .request(request.build())
                    .payload(payload)
                    .putProperty(AwsV4FamilyHttpSigner.SERVICE_SIGNING_NAME, "s3")
                    .putProperty(AwsV4HttpSigner.REGION_NAME, region)
                    .putProperty(AwsV4FamilyHttpSigner.DOUBLE_URL_ENCODE, false)
                    .putProperty(AwsV4FamilyHttpSigner.NORMALIZE_PATH, false)
                    .putProperty(AwsV4FamilyHttpSigner.PAYLOAD_SIGNING_ENABLED, true);
            options.accept(r);
        });
        return toWire(signed);
    }

    /** Options: the body sent aws-chunked, each chunk signed. */
    static Consumer<SignRequest.Builder<AwsCredentialsIdentity>> chunked() {
        return r -> r.putProperty(AwsV4FamilyHttpSigner.CHUNK_ENCODING_ENABLED, true);
    }

    /** Options: aws-chunked with signed chunks and a signed CRC32 trailer. */
    static Consumer<SignRequest.Builder<AwsCredentialsIdentity>> chunkedWithTrailer() {
        return r -> r.putProperty(AwsV4FamilyHttpSigner.CHUNK_ENCODING_ENABLED, true)
                .putProperty(AwsV4FamilyHttpSigner.CHECKSUM_ALGORITHM, DefaultChecksumAlgorithm.CRC32);
    }

    /** Options: an unsigned payload ({@code UNSIGNED-PAYLOAD}). */
    static Consumer<SignRequest.Builder<AwsCredentialsIdentity>> unsignedPayload() {
        return r -> r.putProperty(AwsV4FamilyHttpSigner.PAYLOAD_SIGNING_ENABLED, false);
    }

    /** Options: a presigned URL valid this long. */
    static Consumer<SignRequest.Builder<AwsCredentialsIdentity>> presigned(Duration validity) {
        return r -> r.putProperty(AwsV4FamilyHttpSigner.AUTH_LOCATION, AwsV4FamilyHttpSigner.AuthLocation.QUERY_STRING)
                .putProperty(AwsV4FamilyHttpSigner.EXPIRATION_DURATION, validity)
                .putProperty(AwsV4FamilyHttpSigner.PAYLOAD_SIGNING_ENABLED, false);
    }

    /** Options: signed at another time. */
    static Consumer<SignRequest.Builder<AwsCredentialsIdentity>> signedAt(Clock clock) {
        return r -> r.putProperty(HttpSigner.SIGNING_CLOCK, clock);
    }

    private static Signed toWire(SignedRequest signed) {
        SdkHttpRequest request = signed.request();
        Map<String, String> headers = new LinkedHashMap<>();
        request.headers().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("host")) {
                headers.put(name, String.join(",", values));
            }
        });
        headers.put("Host", request.host() + ":" + request.port());
        String target = request.encodedPath() + request.encodedQueryParameters().map(q -> "?" + q).orElse("");
        byte[] body = signed.payload().map(SignedRequests::read).orElse(new byte[0]);
        return new Signed(request.method().name(), target, headers, body);
    }

    private static byte[] read(ContentStreamProvider provider) {
        try (InputStream in = provider.newStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
