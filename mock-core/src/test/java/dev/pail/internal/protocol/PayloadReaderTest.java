package dev.pail.internal.protocol;

import static dev.pail.internal.protocol.PayloadRequests.assertS3Error;
import static dev.pail.internal.protocol.PayloadRequests.md5;
import static dev.pail.internal.protocol.PayloadRequests.put;
import static dev.pail.internal.protocol.PayloadRequests.sha256;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pail.S3ErrorCode;
import dev.pail.internal.checksum.ChecksumAlgorithm;
import dev.pail.internal.checksum.ChecksumEncoding;
import dev.pail.internal.error.S3Exception;
import dev.pail.internal.store.StoredChecksum;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PayloadReaderTest {

    private static final long MAX = 1 << 20;
    private static final byte[] DATA = "hello, payload".getBytes(StandardCharsets.UTF_8);

    @Test
    void plainBodyIsReadWithItsMd5() throws IOException {
        Payload payload = PayloadReader.read(put(DATA, "Content-Length", "" + DATA.length), MAX, Optional.empty());
        assertThat(payload.blob().toByteArray()).isEqualTo(DATA);
        assertThat(payload.md5()).isEqualTo(md5(DATA));
        assertThat(payload.checksum()).isEmpty();
        assertThat(payload.clientChecksum()).isFalse();
    }

    @Test
    void plainBodyWithoutContentLengthIsReadToItsEnd() throws IOException {
        byte[] data = random(100_000);
        Payload payload = PayloadReader.read(put(data), MAX, Optional.empty());
        assertThat(payload.blob().toByteArray()).isEqualTo(data);
    }

    @Test
    void emptyBodyIsAnEmptyBlob() throws IOException {
        Payload payload = PayloadReader.read(put(new byte[0], "Content-Length", "0"), MAX, Optional.empty());
        assertThat(payload.blob().size()).isZero();
        assertThat(payload.md5()).isEqualTo(md5(new byte[0]));
    }

    @Test
    void matchingContentMd5IsAccepted() throws IOException {
        Payload payload = PayloadReader.read(put(DATA, "Content-MD5", b64(md5(DATA))), MAX, Optional.empty());
        assertThat(payload.blob().toByteArray()).isEqualTo(DATA);
    }

    @Test
    void mismatchedContentMd5IsBadDigest() {
        String otherMd5 = b64(md5("other".getBytes(StandardCharsets.UTF_8)));
        assertS3Error(() -> PayloadReader.read(put(DATA, "Content-MD5", otherMd5), MAX, Optional.empty()),
                S3ErrorCode.BAD_DIGEST);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"not-base64!", "AAAA", "", "XrY7u+Ae7tCTyyK7j1rNww"})
    void invalidContentMd5IsInvalidDigest(String value) {
        assertS3Error(() -> PayloadReader.read(put(DATA, "Content-MD5", value), MAX, Optional.empty()),
                S3ErrorCode.INVALID_DIGEST);
    }

    @Test
    void matchingHexContentSha256IsAcceptedInEitherCase() throws IOException {
        String hex = HexFormat.of().formatHex(sha256(DATA));
        assertThat(PayloadReader.read(put(DATA, "x-amz-content-sha256", hex), MAX, Optional.empty())
                .blob().toByteArray()).isEqualTo(DATA);
        assertThat(PayloadReader.read(put(DATA, "x-amz-content-sha256", hex.toUpperCase()), MAX, Optional.empty())
                .blob().toByteArray()).isEqualTo(DATA);
    }

    @Test
    void mismatchedHexContentSha256IsContentSha256Mismatch() {
        String hex = HexFormat.of().formatHex(sha256("other".getBytes(StandardCharsets.UTF_8)));
        assertS3Error(() -> PayloadReader.read(put(DATA, "x-amz-content-sha256", hex), MAX, Optional.empty()),
                S3ErrorCode.X_AMZ_CONTENT_SHA256_MISMATCH)
                .satisfies(e -> assertThat(((S3Exception) e).details())
                        .containsEntry("ClientComputedContentSHA256", hex)
                        .containsEntry("S3ComputedContentSHA256", HexFormat.of().formatHex(sha256(DATA))));
    }

    @Test
    void unsignedPayloadIsNotChecked() throws IOException {
        Payload payload = PayloadReader.read(put(DATA, "x-amz-content-sha256", "UNSIGNED-PAYLOAD"), MAX, Optional.empty());
        assertThat(payload.blob().toByteArray()).isEqualTo(DATA);
    }

    @Test
    void shortBodyForContentLengthIsIncompleteBody() {
        assertS3Error(() -> PayloadReader.read(put(DATA, "Content-Length", "" + (DATA.length + 1)), MAX,
                Optional.empty()), S3ErrorCode.INCOMPLETE_BODY);
    }

    @Test
    void invalidContentLengthIsInvalidArgument() {
        assertS3Error(() -> PayloadReader.read(put(DATA, "Content-Length", "abc"), MAX, Optional.empty()),
                S3ErrorCode.INVALID_ARGUMENT);
        assertS3Error(() -> PayloadReader.read(put(DATA, "Content-Length", "-1"), MAX, Optional.empty()),
                S3ErrorCode.INVALID_ARGUMENT);
    }

    @Test
    void declaredSizeOverTheMaximumIsEntityTooLarge() {
        assertS3Error(() -> PayloadReader.read(put(DATA, "Content-Length", "" + DATA.length), DATA.length - 1,
                Optional.empty()), S3ErrorCode.ENTITY_TOO_LARGE)
                .satisfies(e -> assertThat(((S3Exception) e).details())
                        .containsEntry("ProposedSize", "" + DATA.length)
                        .containsEntry("MaxSizeAllowed", "" + (DATA.length - 1)));
    }

    @Test
    void undeclaredSizeOverTheMaximumIsEntityTooLarge() {
        assertS3Error(() -> PayloadReader.read(put(random(5000)), 4999, Optional.empty()),
                S3ErrorCode.ENTITY_TOO_LARGE);
    }

    @Test
    void bodyOfExactlyTheMaximumIsAccepted() throws IOException {
        assertThat(PayloadReader.read(put(DATA), DATA.length, Optional.empty()).blob().size()).isEqualTo(DATA.length);
        assertThat(PayloadReader.read(put(DATA, "Content-Length", "" + DATA.length), DATA.length, Optional.empty())
                .blob().size()).isEqualTo(DATA.length);
    }

    @Test
    void defaultAlgorithmIsComputedWhenTheClientNamesNone() throws IOException {
        Payload payload = PayloadReader.read(put(DATA), MAX, Optional.of(ChecksumAlgorithm.CRC64NVME));
        assertThat(payload.checksum()).contains(new StoredChecksum("CRC64NVME", StoredChecksum.Type.FULL_OBJECT,
                ChecksumEncoding.base64(ChecksumAlgorithm.CRC64NVME.digest(DATA))));
        assertThat(payload.clientChecksum()).isFalse();
    }

    @Test
    void clientNamedAlgorithmWinsOverTheDefault() throws IOException {
        Payload payload = PayloadReader.read(put(DATA, "x-amz-sdk-checksum-algorithm", "SHA256"), MAX,
                Optional.of(ChecksumAlgorithm.CRC64NVME));
        assertThat(payload.checksum()).contains(new StoredChecksum("SHA256", StoredChecksum.Type.FULL_OBJECT,
                b64(sha256(DATA))));
        assertThat(payload.clientChecksum()).isTrue();
    }

    @Test
    void matchingChecksumHeaderIsStoredAsTheClientChecksum() throws IOException {
        String crc32 = ChecksumEncoding.base64(ChecksumAlgorithm.CRC32.digest(DATA));
        Payload payload = PayloadReader.read(put(DATA, "x-amz-checksum-crc32", crc32), MAX,
                Optional.of(ChecksumAlgorithm.CRC64NVME));
        assertThat(payload.checksum()).contains(new StoredChecksum("CRC32", StoredChecksum.Type.FULL_OBJECT, crc32));
        assertThat(payload.clientChecksum()).isTrue();
    }

    @Test
    void mismatchedChecksumHeaderIsBadDigest() {
        String wrong = ChecksumEncoding.base64(ChecksumAlgorithm.SHA1.digest("other".getBytes(StandardCharsets.UTF_8)));
        assertS3Error(() -> PayloadReader.read(put(DATA, "x-amz-checksum-sha1", wrong), MAX, Optional.empty()),
                S3ErrorCode.BAD_DIGEST);
    }

    @Test
    void trailerAnnouncedOnAPlainBodyWithoutTheValueIsMalformedTrailer() {
        assertS3Error(() -> PayloadReader.read(put(DATA, "x-amz-trailer", "x-amz-checksum-crc32"), MAX,
                Optional.empty()), S3ErrorCode.MALFORMED_TRAILER_ERROR);
    }

    @Test
    void readSmallReturnsTheBytes() throws IOException {
        assertThat(PayloadReader.readSmall(put(DATA, "Content-MD5", b64(md5(DATA))), 1024)).isEqualTo(DATA);
    }

    @Test
    void readSmallEnforcesItsMaximum() {
        assertS3Error(() -> PayloadReader.readSmall(put(DATA), DATA.length - 1), S3ErrorCode.ENTITY_TOO_LARGE);
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static byte[] random(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }
}
