package dev.pail.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;
import software.amazon.awssdk.services.s3.model.ChecksumMode;
import software.amazon.awssdk.services.s3.model.ChecksumType;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** Flexible checksums and Content-MD5 through the real SDK, which also validates response checksums. */
class ChecksumsIntegrationTest {

    @AutoClose
    static final Fixture fixture = Fixture.start();

    static Iterable<Arguments> flavoursAndAlgorithms() {
        java.util.List<Arguments> out = new java.util.ArrayList<>();
        for (ClientFlavour flavour : ClientFlavour.values()) {
            for (ChecksumAlgorithm algorithm : new ChecksumAlgorithm[] {ChecksumAlgorithm.CRC32,
                    ChecksumAlgorithm.CRC32_C, ChecksumAlgorithm.SHA1, ChecksumAlgorithm.SHA256}) {
                out.add(Arguments.of(flavour, algorithm));
            }
        }
        return out;
    }

    static String expected(ChecksumAlgorithm algorithm, byte[] data) throws Exception {
        return switch (algorithm) {
            case CRC32 -> {
                CRC32 crc = new CRC32();
                crc.update(data);
                yield Base64.getEncoder().encodeToString(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
            }
            case CRC32_C -> {
                CRC32C crc = new CRC32C();
                crc.update(data);
                yield Base64.getEncoder().encodeToString(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
            }
            case SHA1 -> Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-1").digest(data));
            case SHA256 -> Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(data));
            default -> throw new IllegalArgumentException(algorithm.toString());
        };
    }

    static String checksumOf(HeadObjectResponse head, ChecksumAlgorithm algorithm) {
        return switch (algorithm) {
            case CRC32 -> head.checksumCRC32();
            case CRC32_C -> head.checksumCRC32C();
            case SHA1 -> head.checksumSHA1();
            case SHA256 -> head.checksumSHA256();
            default -> head.checksumCRC64NVME();
        };
    }

    @ParameterizedTest
    @MethodSource("flavoursAndAlgorithms")
    void everyAlgorithmIsStoredAndReturnedWhenAskedFor(ClientFlavour flavour, ChecksumAlgorithm algorithm) throws Exception {
        S3Client s3 = fixture.client(flavour);
        String bucket = fixture.bucket(flavour);
        byte[] data = new byte[300_000];
        new Random(algorithm.ordinal()).nextBytes(data);
        String expected = expected(algorithm, data);

        PutObjectResponse put = s3.putObject(b -> b.bucket(bucket).key("k").checksumAlgorithm(algorithm),
                RequestBody.fromBytes(data));
        assertThat(put.eTag()).isNotBlank();

        HeadObjectResponse head = s3.headObject(b -> b.bucket(bucket).key("k").checksumMode(ChecksumMode.ENABLED));
        assertThat(checksumOf(head, algorithm)).isEqualTo(expected);
        assertThat(head.checksumType()).isEqualTo(ChecksumType.FULL_OBJECT);

        HeadObjectResponse plain = s3.headObject(b -> b.bucket(bucket).key("k"));
        assertThat(checksumOf(plain, algorithm)).isNull();

        ResponseBytes<GetObjectResponse> got = s3.getObjectAsBytes(b -> b.bucket(bucket).key("k")
                .checksumMode(ChecksumMode.ENABLED));
        assertThat(got.asByteArray()).isEqualTo(data);
    }

    @ParameterizedTest
    @EnumSource(ClientFlavour.class)
    void aChecksumValueThatDoesNotMatchIsBadDigestAndStoresNothing(ClientFlavour flavour) throws Exception {
        S3Client s3 = fixture.client(flavour);
        String bucket = fixture.bucket(flavour);
        s3.putObject(b -> b.bucket(bucket).key("k"), RequestBody.fromString("original"));
        String wrong = expected(ChecksumAlgorithm.SHA256, "something else".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> s3.putObject(b -> b.bucket(bucket).key("k").checksumSHA256(wrong),
                RequestBody.fromString("replacement")))
                .isInstanceOfSatisfying(S3Exception.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(Fixture.code(e)).isEqualTo("BadDigest");
                });
        assertThat(s3.getObjectAsBytes(b -> b.bucket(bucket).key("k")).asUtf8String()).isEqualTo("original");
    }

    @ParameterizedTest
    @EnumSource(ClientFlavour.class)
    void contentMd5IsVerified(ClientFlavour flavour) throws Exception {
        S3Client s3 = fixture.client(flavour);
        String bucket = fixture.bucket(flavour);
        byte[] data = "md5 me".getBytes(StandardCharsets.UTF_8);
        String md5 = Base64.getEncoder().encodeToString(MessageDigest.getInstance("MD5").digest(data));
        String other = Base64.getEncoder().encodeToString(MessageDigest.getInstance("MD5").digest(new byte[0]));

        s3.putObject(b -> b.bucket(bucket).key("k").contentMD5(md5), RequestBody.fromBytes(data));
        assertThatThrownBy(() -> s3.putObject(b -> b.bucket(bucket).key("k").contentMD5(other), RequestBody.fromString("x")))
                .isInstanceOfSatisfying(S3Exception.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(Fixture.code(e)).isEqualTo("BadDigest");
                });
        assertThat(s3.getObjectAsBytes(b -> b.bucket(bucket).key("k")).asByteArray()).isEqualTo(data);
    }

    @ParameterizedTest
    @EnumSource(ClientFlavour.class)
    void objectsUploadedWithoutAChecksumGetS3sDefaultCrc64Nvme(ClientFlavour flavour) {
        S3Client s3 = fixture.client(flavour);
        String bucket = fixture.bucket(flavour);
        s3.putObject(b -> b.bucket(bucket).key("k"), RequestBody.fromString("123456789"));
        HeadObjectResponse head = s3.headObject(b -> b.bucket(bucket).key("k").checksumMode(ChecksumMode.ENABLED));
        if (flavour == ClientFlavour.SYNC_DEFAULT || flavour == ClientFlavour.ASYNC_DEFAULT) {
            // The SDK's default is to send CRC32.
            assertThat(head.checksumCRC32()).isEqualTo("y/Q5Jg==");
        } else {
            // CRC-64/NVME of "123456789" is 0xAE8B14860A799888.
            assertThat(head.checksumCRC64NVME()).isEqualTo("rosUhgp5mIg=");
        }
        assertThat(s3.getObjectAsBytes(b -> b.bucket(bucket).key("k").checksumMode(ChecksumMode.ENABLED)).asUtf8String())
                .isEqualTo("123456789");
    }
}
