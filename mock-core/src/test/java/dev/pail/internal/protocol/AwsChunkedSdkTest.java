package dev.pail.internal.protocol;

import static dev.pail.internal.protocol.AwsChunkedTestEncoder.ascii;
import static dev.pail.internal.protocol.AwsChunkedTestEncoder.crc32Base64;
import static dev.pail.internal.protocol.AwsChunkedTestEncoder.randomPayload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pail.internal.protocol.AwsChunkedTestDecoder.Decoded;
import dev.pail.internal.protocol.AwsChunkedTestEncoder.Chunk;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.checksums.DefaultChecksumAlgorithm;
import software.amazon.awssdk.checksums.spi.ChecksumAlgorithm;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/** Decodes bodies exactly as the AWS SDK for Java 2.40.2 frames them, and checks their signatures. */
@Timeout(60)
class AwsChunkedSdkTest {

    private static final String SECRET = "secret";
    private static final int CHUNK = 128 * 1024;

    /**
     * Request bodies captured on the wire from {@code S3Client.putObject} of the SDK 2.40.2 with
     * default settings against a loopback server (access key {@code AKIDEXAMPLE}, secret
     * {@code secret}, us-east-1): over http the sync client signs every chunk, over https it sends
     * unsigned chunks, both with a CRC32 trailer; with {@code RequestChecksumCalculation.WHEN_REQUIRED}
     * over http it signs chunks and sends no trailer.
     */
    static Stream<Arguments> capturedBodies() {
        return Stream.of(
            Arguments.of("STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER", "Hello, Pail!", "20261124T084643Z",
                "ab59b1abe6b1e70e7a86a03a106e1d21818e78515c8863ff77e4a4a42741cff9", 305,
                "c;chunk-signature=cc6581cebb0d38ff9b23c5f45b2ed41d9fe276ff4584d76e01e7ae81383a76b8\r\n"
                    + "Hello, Pail!\r\n"
                    + "0;chunk-signature=627d8efec716490398c36b20800986d888054861275bcd4cf119fb5a1b3f34e7\r\n"
                    + "x-amz-checksum-crc32:YmHUaw==\r\n"
                    + "x-amz-trailer-signature:1a29cfc56f96d49a2d1d904c374e1f523f110cf7fa5056907669325b336af38d\r\n"
                    + "\r\n"),
            Arguments.of("STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER", "", "20261124T084643Z",
                "3f81756083cdbb1fcfa379130c615df2f8433dfa90971e7440de9f8a72dea874", 207,
                "0;chunk-signature=6561997e73bfcfd8252fdfedb75a808fd8ecfe17b71662068a13ee923c414c0c\r\n"
                    + "x-amz-checksum-crc32:AAAAAA==\r\n"
                    + "x-amz-trailer-signature:e9e2e888eb7f5c2c98e1b2eabfead202f90d081a5c700654e389d934c4c5ef8e\r\n"
                    + "\r\n"),
            Arguments.of("STREAMING-UNSIGNED-PAYLOAD-TRAILER", "Hello, Pail!", "20261124T084643Z", "", 53,
                "c\r\nHello, Pail!\r\n0\r\nx-amz-checksum-crc32:YmHUaw==\r\n\r\n"),
            Arguments.of("STREAMING-UNSIGNED-PAYLOAD-TRAILER", "", "20261124T084644Z", "", 36,
                "0\r\nx-amz-checksum-crc32:AAAAAA==\r\n\r\n"),
            Arguments.of("STREAMING-AWS4-HMAC-SHA256-PAYLOAD", "Hello, Pail!", "20261124T084644Z",
                "6bd261928480ba401b59df2bb5ec57f0095854d652564aeb171f7e8b8c859eaf", 184,
                "c;chunk-signature=28915f119c35d551808dcabacf618d8dde74eb3edce670e7b7b138fad1dfda3b\r\n"
                    + "Hello, Pail!\r\n"
                    + "0;chunk-signature=88e68d703ef658708df7cdd32035f720da346f1ce1d4448c3ff47fa6753b26fe\r\n"
                    + "\r\n"),
            Arguments.of("STREAMING-AWS4-HMAC-SHA256-PAYLOAD", "", "20261124T084644Z",
                "9b86a3d3915207f5c423ee9cf2565dde1f89d59a3dad90c7403a8bf2264a6d7a", 86,
                "0;chunk-signature=4f0af8c9454e6337239484064624891bddafc797c7ea28b3149349f0eff5e575\r\n\r\n"));
    }

    @ParameterizedTest(name = "{0}, payload \"{1}\"")
    @MethodSource("capturedBodies")
    void decodesBodiesCapturedFromTheSdk(String contentSha256, String payload, String amzDate, String seedSignature,
                                         int contentLength, String body) throws IOException {
        assertThat(ascii(body)).as("fixture matches its captured Content-Length").hasSize(contentLength);

        Decoded decoded = AwsChunkedTestDecoder.decode(new ByteArrayInputStream(ascii(body)), 5);

        assertThat(decoded.payload()).isEqualTo(ascii(payload));
        assertThat(decoded.stream().isComplete()).isTrue();
        assertThat(decoded.chunks()).extracting(Chunk::size)
            .isEqualTo(payload.isEmpty() ? List.of(0L) : List.of((long) payload.length(), 0L));
        Map<String, String> trailers = decoded.stream().trailers();
        if (contentSha256.contains("TRAILER")) {
            assertThat(trailers).containsEntry("x-amz-checksum-crc32", crc32Base64(ascii(payload)));
        } else {
            assertThat(trailers).isEmpty();
        }
        if (contentSha256.contains("HMAC")) {
            verifySignatures(new SigV4ChunkChain(SECRET, amzDate, "us-east-1", seedSignature), decoded);
        } else {
            assertThat(decoded.chunks()).allSatisfy(chunk -> assertThat(chunk.signature()).isEmpty());
            assertThat(trailers).containsOnlyKeys("x-amz-checksum-crc32");
        }
    }

    static Stream<Arguments> sdkEncodings() {
        List<Arguments> cases = new ArrayList<>();
        for (int size : new int[] {0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 300 * 1024 + 3, 2 * 1024 * 1024}) {
            cases.add(Arguments.of(true, DefaultChecksumAlgorithm.CRC32, size));
            cases.add(Arguments.of(true, null, size));
            cases.add(Arguments.of(false, DefaultChecksumAlgorithm.CRC32, size));
        }
        cases.add(Arguments.of(true, DefaultChecksumAlgorithm.SHA256, 200_000));
        cases.add(Arguments.of(false, DefaultChecksumAlgorithm.CRC32C, 200_000));
        return cases.stream();
    }

    /** Frames with the SDK's own SigV4 signer, as {@code S3Client} does before sending. */
    @ParameterizedTest(name = "signed={0}, checksum={1}, {2} bytes")
    @MethodSource("sdkEncodings")
    void decodesWhatTheSdkSignerEncodes(boolean signed, ChecksumAlgorithm checksum, int size) throws IOException {
        byte[] payload = randomPayload(size, size);
        SignedRequest request = sdkSign(payload, signed, checksum);
        byte[] body;
        try (InputStream encoded = request.payload().orElseThrow().newStream()) {
            body = encoded.readAllBytes();
        }
        assertThat(request.request().firstMatchingHeader("x-amz-content-sha256")).contains(signed
            ? (checksum == null ? "STREAMING-AWS4-HMAC-SHA256-PAYLOAD" : "STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER")
            : "STREAMING-UNSIGNED-PAYLOAD-TRAILER");

        Decoded decoded = AwsChunkedTestDecoder.decode(
            FragmentingInputStream.randomFragments(body, size, 10_000), 4096 + 7);

        assertThat(decoded.payload()).isEqualTo(payload);
        assertThat(decoded.stream().decodedLength()).isEqualTo(size);
        List<Long> expectedSizes = new ArrayList<>();
        for (int left = size; left > 0; left -= CHUNK) {
            expectedSizes.add((long) Math.min(CHUNK, left));
        }
        expectedSizes.add(0L);
        assertThat(decoded.chunks()).extracting(Chunk::size).isEqualTo(expectedSizes);
        Map<String, String> trailers = decoded.stream().trailers();
        if (checksum != null) {
            String name = "x-amz-checksum-" + checksum.algorithmId().toLowerCase(java.util.Locale.ROOT);
            assertThat(trailers).containsEntry(name, checksumBase64(checksum, payload));
            assertThat(trailers).hasSize(signed ? 2 : 1);
        } else {
            assertThat(trailers).isEmpty();
        }
        if (signed) {
            Matcher seed = Pattern.compile("Signature=(\\p{XDigit}{64})")
                .matcher(request.request().firstMatchingHeader("Authorization").orElseThrow());
            assertThat(seed.find()).isTrue();
            String amzDate = request.request().firstMatchingHeader("X-Amz-Date").orElseThrow();
            verifySignatures(new SigV4ChunkChain(SECRET, amzDate, "us-east-1", seed.group(1)), decoded);
        } else {
            assertThat(decoded.chunks()).allSatisfy(chunk -> assertThat(chunk.signature()).isEmpty());
        }
    }

    /** Checks every chunk signature and the trailer signature the listener and trailers report. */
    private static void verifySignatures(SigV4ChunkChain chain, Decoded decoded) {
        int offset = 0;
        for (Chunk chunk : decoded.chunks()) {
            byte[] data = Arrays.copyOfRange(decoded.payload(), offset, offset + (int) chunk.size());
            offset += (int) chunk.size();
            assertThat(chunk.signature()).contains(chain.nextChunk(data));
        }
        Map<String, String> trailers = new LinkedHashMap<>(decoded.stream().trailers());
        Optional<String> trailerSignature = Optional.ofNullable(trailers.remove("x-amz-trailer-signature"));
        if (!trailers.isEmpty()) {
            assertThat(trailerSignature).contains(chain.trailer(trailers));
        } else {
            assertThat(trailerSignature).isEmpty();
        }
    }

    private static SignedRequest sdkSign(byte[] payload, boolean signed, ChecksumAlgorithm checksum) {
        SdkHttpRequest request = SdkHttpRequest.builder().method(SdkHttpMethod.PUT)
            .uri(URI.create("https://127.0.0.1/bucket/key"))
            .putHeader("x-amz-decoded-content-length", String.valueOf(payload.length))
            .putHeader("Content-Length", String.valueOf(payload.length))
            .build();
        return AwsV4HttpSigner.create().sign(r -> {
            r.identity(AwsCredentialsIdentity.create("AKIDEXAMPLE", SECRET))
                .request(request)
                .payload(ContentStreamProvider.fromByteArray(payload))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "s3")
                .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1")
                .putProperty(AwsV4HttpSigner.SIGNING_CLOCK, Clock.fixed(Instant.parse("2026-01-15T12:00:00Z"), ZoneOffset.UTC))
                .putProperty(AwsV4HttpSigner.CHUNK_ENCODING_ENABLED, true)
                .putProperty(AwsV4HttpSigner.PAYLOAD_SIGNING_ENABLED, signed);
            if (checksum != null) {
                r.putProperty(AwsV4HttpSigner.CHECKSUM_ALGORITHM, checksum);
            }
        });
    }

    private static String checksumBase64(ChecksumAlgorithm algorithm, byte[] payload) {
        byte[] digest = switch (algorithm.algorithmId()) {
            case "CRC32" -> Base64.getDecoder().decode(crc32Base64(payload));
            case "CRC32C" -> {
                CRC32C crc = new CRC32C();
                crc.update(payload);
                yield ByteBuffer.allocate(4).putInt((int) crc.getValue()).array();
            }
            case "SHA256" -> sha256(payload);
            default -> throw new AssertionError(algorithm.algorithmId());
        };
        return Base64.getEncoder().encodeToString(digest);
    }

    private static byte[] sha256(byte[] payload) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(payload);
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
