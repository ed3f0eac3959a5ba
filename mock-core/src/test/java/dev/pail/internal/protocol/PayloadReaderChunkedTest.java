package dev.pail.internal.protocol;

import static dev.pail.internal.protocol.AwsChunkedTestEncoder.crc32Base64;
import static dev.pail.internal.protocol.PayloadRequests.assertS3Error;
import static dev.pail.internal.protocol.PayloadRequests.md5;
import static dev.pail.internal.protocol.PayloadRequests.put;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pail.S3ErrorCode;
import dev.pail.internal.checksum.ChecksumAlgorithm;
import dev.pail.internal.checksum.ChecksumEncoding;
import dev.pail.internal.protocol.AwsChunkedTestEncoder.Encoded;
import dev.pail.internal.protocol.AwsChunkedTestEncoder.Mode;
import dev.pail.internal.store.StoredChecksum;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PayloadReaderChunkedTest {

    private static final long MAX = 5L << 20;
    private static final String UNSIGNED_TRAILER = "STREAMING-UNSIGNED-PAYLOAD-TRAILER";
    private static final String SIGNED = "STREAMING-AWS4-HMAC-SHA256-PAYLOAD";
    private static final String SIGNED_TRAILER = "STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER";
    private static final String CRC32_HEADER = "x-amz-checksum-crc32";

    /** Random bytes, which include CR, LF and digits, split over several chunks. */
    private final byte[] data = AwsChunkedTestEncoder.randomPayload(70_000, 42);

    @Test
    void unsignedChunksWithMatchingCrc32TrailerAreDecodedAndVerified() throws IOException {
        Encoded encoded = AwsChunkedTestEncoder.encode(Mode.UNSIGNED_TRAILER, data, 8192);
        Payload payload = PayloadReader.read(put(encoded.body(), unsignedTrailerHeaders(data.length)), MAX,
                Optional.of(ChecksumAlgorithm.CRC64NVME));
        assertThat(payload.blob().toByteArray()).isEqualTo(data);
        assertThat(payload.md5()).isEqualTo(md5(data));
        assertThat(payload.checksum()).contains(
                new StoredChecksum("CRC32", StoredChecksum.Type.FULL_OBJECT, crc32Base64(data)));
        assertThat(payload.clientChecksum()).isTrue();
    }

    @Test
    void mismatchedCrc32TrailerIsBadDigest() {
        byte[] other = Arrays.copyOf(data, data.length);
        other[0] ^= 1;
        Encoded encoded = AwsChunkedTestEncoder.encode(Mode.UNSIGNED_TRAILER, data, 8192,
                Map.of(CRC32_HEADER, crc32Base64(other)));
        assertS3Error(() -> PayloadReader.read(put(encoded.body(), unsignedTrailerHeaders(data.length)), MAX,
                Optional.empty()), S3ErrorCode.BAD_DIGEST);
    }

    @Test
    void invalidCrc32TrailerValueIsInvalidRequest() {
        Encoded encoded = AwsChunkedTestEncoder.encode(Mode.UNSIGNED_TRAILER, data, 8192, Map.of(CRC32_HEADER, "AAAA"));
        assertS3Error(() -> PayloadReader.read(put(encoded.body(), unsignedTrailerHeaders(data.length)), MAX,
                Optional.empty()), S3ErrorCode.INVALID_REQUEST);
    }

    @Test
    void announcedTrailerMissingFromTheBodyIsMalformedTrailer() {
        Encoded encoded = AwsChunkedTestEncoder.encode(Mode.UNSIGNED_TRAILER, data, 8192, Map.of());
        assertS3Error(() -> PayloadReader.read(put(encoded.body(), unsignedTrailerHeaders(data.length)), MAX,
                Optional.empty()), S3ErrorCode.MALFORMED_TRAILER_ERROR);
    }

    @Test
    void announcedTrailerSentAsAHeaderInsteadIsAccepted() throws IOException {
        Encoded encoded = AwsChunkedTestEncoder.encode(Mode.UNSIGNED_TRAILER, data, 8192, Map.of());
        String[] headers = concat(unsignedTrailerHeaders(data.length), CRC32_HEADER, crc32Base64(data));
        Payload payload = PayloadReader.read(put(encoded.body(), headers), MAX, Optional.empty());
        assertThat(payload.blob().toByteArray()).isEqualTo(data);
        assertThat(payload.checksum()).map(StoredChecksum::value).contains(crc32Base64(data));
    }

    @Test
    void announcedTrailerSentAsAWrongHeaderIsBadDigest() {
        Encoded encoded = AwsChunkedTestEncoder.encode(Mode.UNSIGNED_TRAILER, data, 8192, Map.of());
        String[] headers = concat(unsignedTrailerHeaders(data.length), CRC32_HEADER, crc32Base64(new byte[1]));
        assertS3Error(() -> PayloadReader.read(put(encoded.body(), headers), MAX, Optional.empty()),
                S3ErrorCode.BAD_DIGEST);
    }

    @Test
    void signedChunksAreDecodedWithoutFraming() throws IOException {
        Encoded encoded = AwsChunkedTestEncoder.encode(Mode.SIGNED, data, 10_000);
        Payload payload = PayloadReader.read(put(encoded.body(),
                "x-amz-content-sha256", SIGNED,
                "Content-Encoding", "aws-chunked",
                "Content-Length", "" + encoded.body().length,
                "x-amz-decoded-content-length", "" + data.length), MAX, Optional.empty());
        assertThat(payload.blob().toByteArray()).isEqualTo(data);
        assertThat(payload.md5()).isEqualTo(md5(data));
        assertThat(payload.checksum()).isEmpty();
        assertThat(payload.clientChecksum()).isFalse();
    }

    @Test
    void signedChunksWithTrailerAreVerified() throws IOException {
        Encoded encoded = AwsChunkedTestEncoder.encode(Mode.SIGNED_TRAILER, data, 65_536);
        Payload payload = PayloadReader.read(put(encoded.body(),
                "x-amz-content-sha256", SIGNED_TRAILER,
                "x-amz-decoded-content-length", "" + data.length,
                "x-amz-trailer", CRC32_HEADER), MAX, Optional.empty());
        assertThat(payload.blob().toByteArray()).isEqualTo(data);
        assertThat(payload.checksum()).map(StoredChecksum::value).contains(crc32Base64(data));
    }

    @Test
    void contentEncodingAloneMarksTheBodyAsChunked() throws IOException {
        Encoded encoded = AwsChunkedTestEncoder.encode(Mode.SIGNED, data, 4096);
        Payload payload = PayloadReader.read(put(encoded.body(),
                "Content-Encoding", "gzip, AWS-Chunked",
                "x-amz-decoded-content-length", "" + data.length), MAX, Optional.empty());
        assertThat(payload.blob().toByteArray()).isEqualTo(data);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Mode.class)
    void storedBlobNeverContainsFraming(Mode mode) throws IOException {
        byte[] small = "0\r\n\r\nx-amz-checksum-crc32:AAAAAA==\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        Encoded encoded = AwsChunkedTestEncoder.encode(mode, small, 7);
        Payload payload = PayloadReader.read(put(encoded.body(),
                "x-amz-content-sha256", mode == Mode.SIGNED ? SIGNED : mode == Mode.SIGNED_TRAILER ? SIGNED_TRAILER
                        : UNSIGNED_TRAILER,
                "x-amz-decoded-content-length", "" + small.length), MAX, Optional.empty());
        assertThat(payload.blob().toByteArray()).isEqualTo(small);
        assertThat(payload.blob().size()).isEqualTo(small.length);
    }

    @Test
    void decodedLengthLongerThanTheChunksIsIncompleteBody() {
        Encoded encoded = AwsChunkedTestEncoder.encode(Mode.UNSIGNED_TRAILER, data, 8192);
        assertS3Error(() -> PayloadReader.read(put(encoded.body(), unsignedTrailerHeaders(data.length + 1)), MAX,
                Optional.empty()), S3ErrorCode.INCOMPLETE_BODY);
    }

    @Test
    void decodedLengthShorterThanTheChunksIsIncompleteBody() {
        Encoded encoded = AwsChunkedTestEncoder.encode(Mode.UNSIGNED_TRAILER, data, 8192);
        assertS3Error(() -> PayloadReader.read(put(encoded.body(), unsignedTrailerHeaders(data.length - 1)), MAX,
                Optional.empty()), S3ErrorCode.INCOMPLETE_BODY);
    }

    @Test
    void truncatedChunkedBodyIsIncompleteBody() {
        Encoded encoded = AwsChunkedTestEncoder.encode(Mode.SIGNED, data, 8192);
        byte[] truncated = Arrays.copyOf(encoded.body(), encoded.body().length / 2);
        assertS3Error(() -> PayloadReader.read(put(truncated, "x-amz-content-sha256", SIGNED), MAX, Optional.empty()),
                S3ErrorCode.INCOMPLETE_BODY);
    }

    @Test
    void declaredDecodedLengthOverTheMaximumIsEntityTooLarge() {
        Encoded encoded = AwsChunkedTestEncoder.encode(Mode.UNSIGNED_TRAILER, data, 8192);
        assertS3Error(() -> PayloadReader.read(put(encoded.body(), unsignedTrailerHeaders(data.length)),
                data.length - 1, Optional.empty()), S3ErrorCode.ENTITY_TOO_LARGE);
    }

    @Test
    void undeclaredDecodedLengthOverTheMaximumIsEntityTooLarge() {
        Encoded encoded = AwsChunkedTestEncoder.encode(Mode.SIGNED, data, 8192);
        assertS3Error(() -> PayloadReader.read(put(encoded.body(), "x-amz-content-sha256", SIGNED),
                data.length - 1, Optional.empty()), S3ErrorCode.ENTITY_TOO_LARGE);
    }

    @Test
    void framingIsNotCountedAgainstTheMaximum() throws IOException {
        Encoded encoded = AwsChunkedTestEncoder.encode(Mode.SIGNED, data, 1024);
        assertThat(encoded.body().length).isGreaterThan(data.length);
        Payload payload = PayloadReader.read(put(encoded.body(), "x-amz-content-sha256", SIGNED,
                "Content-Length", "" + encoded.body().length), data.length, Optional.empty());
        assertThat(payload.blob().size()).isEqualTo(data.length);
    }

    @Test
    void defaultAlgorithmIsComputedOverTheDecodedBytes() throws IOException {
        Encoded encoded = AwsChunkedTestEncoder.encode(Mode.SIGNED, data, 8192);
        Payload payload = PayloadReader.read(put(encoded.body(), "x-amz-content-sha256", SIGNED), MAX,
                Optional.of(ChecksumAlgorithm.CRC64NVME));
        assertThat(payload.checksum()).contains(new StoredChecksum("CRC64NVME", StoredChecksum.Type.FULL_OBJECT,
                ChecksumEncoding.base64(ChecksumAlgorithm.CRC64NVME.digest(data))));
        assertThat(payload.clientChecksum()).isFalse();
    }

    @Test
    void readSmallDecodesChunkedBodies() throws IOException {
        byte[] xml = "<CreateBucketConfiguration/>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Encoded encoded = AwsChunkedTestEncoder.encode(Mode.UNSIGNED_TRAILER, xml, 10);
        assertThat(PayloadReader.readSmall(put(encoded.body(), unsignedTrailerHeaders(xml.length)), 1024))
                .isEqualTo(xml);
    }

    private static String[] unsignedTrailerHeaders(long decodedLength) {
        return new String[] {
            "x-amz-content-sha256", UNSIGNED_TRAILER,
            "Content-Encoding", "aws-chunked",
            "x-amz-decoded-content-length", Long.toString(decodedLength),
            "x-amz-trailer", CRC32_HEADER,
            "x-amz-sdk-checksum-algorithm", "CRC32"};
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
