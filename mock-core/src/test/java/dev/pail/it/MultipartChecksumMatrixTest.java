package dev.pail.it;

import static dev.pail.it.MultipartIntegrationTest.MIB;
import static dev.pail.it.MultipartIntegrationTest.random;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Checksum;
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;
import software.amazon.awssdk.services.s3.model.ChecksumMode;
import software.amazon.awssdk.services.s3.model.ChecksumType;
import software.amazon.awssdk.services.s3.model.CompleteMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.CompleteMultipartUploadResponse;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ObjectAttributes;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.UploadPartResponse;

/**
 * Every {@code ChecksumAlgorithm} × {@code ChecksumType} of a multipart upload, as S3 answers them
 * (LocalStack's AWS-validated {@code TestS3MultipartUploadChecksum} recordings): which S3 accepts at
 * creation, what completion demands and computes, and what HeadObject and GetObjectAttributes report.
 */
class MultipartChecksumMatrixTest {

    @AutoClose
    static final Fixture fixture = Fixture.start();
    static final byte[] FIRST = random(5 * MIB, 11);
    static final byte[] SECOND = random(1000, 12);

    static Stream<Arguments> combinations() {
        List<Arguments> all = new ArrayList<>();
        for (ChecksumAlgorithm algorithm : List.of(ChecksumAlgorithm.CRC32, ChecksumAlgorithm.CRC32_C,
                ChecksumAlgorithm.CRC64_NVME, ChecksumAlgorithm.SHA1, ChecksumAlgorithm.SHA256)) {
            for (ChecksumType type : List.of(ChecksumType.COMPOSITE, ChecksumType.FULL_OBJECT)) {
                boolean crc = algorithm != ChecksumAlgorithm.SHA1 && algorithm != ChecksumAlgorithm.SHA256;
                boolean allowed = type == ChecksumType.FULL_OBJECT ? crc : algorithm != ChecksumAlgorithm.CRC64_NVME;
                all.add(Arguments.of(algorithm, type, allowed));
            }
        }
        return all.stream();
    }

    static void assertS3Error(ThrowingCallable call, int status, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(S3Exception.class, e -> {
            assertThat(e.statusCode()).as(e.getMessage()).isEqualTo(status);
            assertThat(Fixture.code(e)).as(e.getMessage()).isEqualTo(code);
        });
    }

    /** The checksum S3 gives a single PUT of these bytes, which a FULL_OBJECT completion must equal. */
    static String wholeObjectChecksum(S3Client s3, String bucket, ChecksumAlgorithm algorithm, byte[] bytes) {
        s3.putObject(b -> b.bucket(bucket).key("reference").checksumAlgorithm(algorithm), RequestBody.fromBytes(bytes));
        return checksumOf(s3.headObject(b -> b.bucket(bucket).key("reference").checksumMode(ChecksumMode.ENABLED)),
                algorithm);
    }

    static String checksumOf(HeadObjectResponse head, ChecksumAlgorithm algorithm) {
        return switch (algorithm) {
            case CRC32 -> head.checksumCRC32();
            case CRC32_C -> head.checksumCRC32C();
            case CRC64_NVME -> head.checksumCRC64NVME();
            case SHA1 -> head.checksumSHA1();
            default -> head.checksumSHA256();
        };
    }

    static String checksumOf(Checksum checksum, ChecksumAlgorithm algorithm) {
        return switch (algorithm) {
            case CRC32 -> checksum.checksumCRC32();
            case CRC32_C -> checksum.checksumCRC32C();
            case CRC64_NVME -> checksum.checksumCRC64NVME();
            case SHA1 -> checksum.checksumSHA1();
            default -> checksum.checksumSHA256();
        };
    }

    static String checksumOf(CompleteMultipartUploadResponse done, ChecksumAlgorithm algorithm) {
        return switch (algorithm) {
            case CRC32 -> done.checksumCRC32();
            case CRC32_C -> done.checksumCRC32C();
            case CRC64_NVME -> done.checksumCRC64NVME();
            case SHA1 -> done.checksumSHA1();
            default -> done.checksumSHA256();
        };
    }

    static CompletedPart completed(int number, UploadPartResponse response, boolean withChecksum) {
        CompletedPart.Builder part = CompletedPart.builder().partNumber(number).eTag(response.eTag());
        if (withChecksum) {
            part.checksumCRC32(response.checksumCRC32()).checksumCRC32C(response.checksumCRC32C())
                    .checksumCRC64NVME(response.checksumCRC64NVME()).checksumSHA1(response.checksumSHA1())
                    .checksumSHA256(response.checksumSHA256());
        }
        return part.build();
    }

    static CompleteMultipartUploadRequest.Builder withWholeChecksum(CompleteMultipartUploadRequest.Builder request,
                                                                    ChecksumAlgorithm algorithm, String value) {
        return switch (algorithm) {
            case CRC32 -> request.checksumCRC32(value);
            case CRC32_C -> request.checksumCRC32C(value);
            case CRC64_NVME -> request.checksumCRC64NVME(value);
            case SHA1 -> request.checksumSHA1(value);
            default -> request.checksumSHA256(value);
        };
    }

    @ParameterizedTest(name = "{0} {1} allowed={2}")
    @MethodSource("combinations")
    void eachCombinationIsAcceptedRefusedStoredAndReportedAsS3Does(ChecksumAlgorithm algorithm, ChecksumType type,
                                                                   boolean allowed) {
        S3Client s3 = fixture.client(ClientFlavour.SYNC_DEFAULT);
        String bucket = fixture.bucket(ClientFlavour.SYNC_DEFAULT);
        if (!allowed) {
            assertS3Error(() -> s3.createMultipartUpload(b -> b.bucket(bucket).key("k").checksumAlgorithm(algorithm)
                    .checksumType(type)), 400, "InvalidRequest");
            return;
        }
        var created = s3.createMultipartUpload(b -> b.bucket(bucket).key("k").checksumAlgorithm(algorithm).checksumType(type));
        assertThat(created.checksumAlgorithm()).isEqualTo(algorithm);
        assertThat(created.checksumType()).isEqualTo(type);
        String upload = created.uploadId();
        UploadPartResponse one = s3.uploadPart(b -> b.bucket(bucket).key("k").uploadId(upload).partNumber(1)
                .checksumAlgorithm(algorithm), RequestBody.fromBytes(FIRST));
        UploadPartResponse two = s3.uploadPart(b -> b.bucket(bucket).key("k").uploadId(upload).partNumber(2)
                .checksumAlgorithm(algorithm), RequestBody.fromBytes(SECOND));

        CompletedPart bare1 = completed(1, one, false);
        CompletedPart bare2 = completed(2, two, false);
        if (type == ChecksumType.COMPOSITE) {
            assertS3Error(() -> s3.completeMultipartUpload(b -> b.bucket(bucket).key("k").uploadId(upload)
                    .multipartUpload(m -> m.parts(bare1, bare2))), 400, "InvalidRequest");
        }
        assertS3Error(() -> s3.completeMultipartUpload(b -> b.bucket(bucket).key("k").uploadId(upload)
                .checksumType(type == ChecksumType.COMPOSITE ? ChecksumType.FULL_OBJECT : ChecksumType.COMPOSITE)
                .multipartUpload(m -> m.parts(completed(1, one, true), completed(2, two, true)))), 400, "InvalidRequest");

        byte[] whole = new byte[FIRST.length + SECOND.length];
        System.arraycopy(FIRST, 0, whole, 0, FIRST.length);
        System.arraycopy(SECOND, 0, whole, FIRST.length, SECOND.length);
        String expectedWhole = type == ChecksumType.FULL_OBJECT ? wholeObjectChecksum(s3, bucket, algorithm, whole) : null;
        if (type == ChecksumType.FULL_OBJECT) {
            String wrong = wholeObjectChecksum(s3, bucket, algorithm, SECOND);
            assertS3Error(() -> s3.completeMultipartUpload(withWholeChecksum(CompleteMultipartUploadRequest.builder()
                    .bucket(bucket).key("k").uploadId(upload).checksumType(ChecksumType.FULL_OBJECT)
                    .multipartUpload(m -> m.parts(bare1, bare2)), algorithm, wrong).build()), 400, "BadDigest");
        }

        boolean listChecksums = type == ChecksumType.COMPOSITE;
        CompleteMultipartUploadRequest.Builder request = CompleteMultipartUploadRequest.builder().bucket(bucket).key("k")
                .uploadId(upload).multipartUpload(m -> m.parts(completed(1, one, listChecksums), completed(2, two, listChecksums)));
        if (type == ChecksumType.FULL_OBJECT) {
            withWholeChecksum(request.checksumType(ChecksumType.FULL_OBJECT), algorithm, expectedWhole);
        }
        CompleteMultipartUploadResponse done = s3.completeMultipartUpload(request.build());

        assertThat(done.checksumType()).isEqualTo(type);
        String stored = checksumOf(done, algorithm);
        if (type == ChecksumType.COMPOSITE) {
            assertThat(stored).endsWith("-2");
        } else {
            assertThat(stored).isEqualTo(expectedWhole);
        }
        HeadObjectResponse head = s3.headObject(b -> b.bucket(bucket).key("k").checksumMode(ChecksumMode.ENABLED));
        assertThat(checksumOf(head, algorithm)).isEqualTo(stored);
        assertThat(head.checksumType()).isEqualTo(type);
        assertThat(s3.headObject(b -> b.bucket(bucket).key("k")).checksumType()).as("only with checksum mode").isNull();

        var attributes = s3.getObjectAttributes(b -> b.bucket(bucket).key("k")
                .objectAttributes(ObjectAttributes.CHECKSUM, ObjectAttributes.OBJECT_PARTS));
        assertThat(checksumOf(attributes.checksum(), algorithm)).as("GetObjectAttributes leaves out -N")
                .isEqualTo(stored.replaceAll("-2$", ""));
        assertThat(attributes.checksum().checksumType()).isEqualTo(type);
        assertThat(attributes.objectParts().totalPartsCount()).isEqualTo(2);
        if (type == ChecksumType.COMPOSITE) {
            assertThat(attributes.objectParts().parts()).hasSize(2);
        } else {
            assertThat(attributes.objectParts().parts()).as("FULL_OBJECT: only the count").isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(value = ClientFlavour.class, names = {"SYNC_DEFAULT", "ASYNC_DEFAULT"})
    void anUploadWithoutAnAlgorithmRefusesPartChecksumsAndGetsCrc64Nvme(ClientFlavour flavour) {
        S3Client s3 = fixture.client(flavour);
        String bucket = fixture.bucket(flavour);
        String upload = s3.createMultipartUpload(b -> b.bucket(bucket).key("k")).uploadId();
        UploadPartResponse one = s3.uploadPart(b -> b.bucket(bucket).key("k").uploadId(upload).partNumber(1)
                .checksumAlgorithm(ChecksumAlgorithm.CRC32), RequestBody.fromString("abc"));
        assertS3Error(() -> s3.completeMultipartUpload(b -> b.bucket(bucket).key("k").uploadId(upload)
                .multipartUpload(m -> m.parts(completed(1, one, true)))), 400, "InvalidPart");
        assertS3Error(() -> s3.completeMultipartUpload(b -> b.bucket(bucket).key("k").uploadId(upload)
                .checksumType(ChecksumType.FULL_OBJECT).multipartUpload(m -> m.parts(completed(1, one, false)))),
                400, "InvalidRequest");
        var done = s3.completeMultipartUpload(b -> b.bucket(bucket).key("k").uploadId(upload)
                .multipartUpload(m -> m.parts(completed(1, one, false))));
        assertThat(done.checksumCRC32()).isNull();
        var head = s3.headObject(b -> b.bucket(bucket).key("k").checksumMode(ChecksumMode.ENABLED));
        assertThat(head.checksumCRC64NVME()).isNotBlank();
        assertThat(head.checksumType()).isEqualTo(ChecksumType.FULL_OBJECT);
    }

    @Test
    void aPartInAnotherAlgorithmIsInvalidRequestAndAnUnknownAlgorithmIsUnsupported() {
        S3Client s3 = fixture.client(ClientFlavour.SYNC_DEFAULT);
        String bucket = fixture.bucket(ClientFlavour.SYNC_DEFAULT);
        String upload = s3.createMultipartUpload(b -> b.bucket(bucket).key("k").checksumAlgorithm(ChecksumAlgorithm.SHA256))
                .uploadId();
        assertThatThrownBy(() -> s3.uploadPart(b -> b.bucket(bucket).key("k").uploadId(upload).partNumber(1)
                .checksumAlgorithm(ChecksumAlgorithm.CRC32), RequestBody.fromString("x")))
                .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(e.awsErrorDetails().errorMessage())
                        .isEqualTo("Checksum Type mismatch occurred, expected checksum Type: sha256, actual checksum Type: crc32"));
        RawHttp.Response unknown = new RawHttp(fixture.pail.endpoint().getPort()).send("POST", "/" + bucket + "/u?uploads",
                java.util.Map.of("x-amz-checksum-algorithm", "MD4"), new byte[0]);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.text()).contains("<Code>InvalidRequest</Code>", "Checksum algorithm provided is unsupported.");
    }

    @ParameterizedTest
    @EnumSource(value = ClientFlavour.class, names = {"SYNC_DEFAULT", "ASYNC_DEFAULT"})
    void aPutWhoseSha256OrCrc64NvmeDoesNotMatchIsBadDigest(ClientFlavour flavour) {
        S3Client s3 = fixture.client(flavour);
        String bucket = fixture.bucket(flavour);
        String otherSha = "n4bQgYhMfWWaL+qgxVrQFaO/TxsrC4Is0V1sFbDwCgg="; // SHA-256 of "1"
        assertS3Error(() -> s3.putObject(b -> b.bucket(bucket).key("k").checksumSHA256(otherSha),
                RequestBody.fromString("not 1")), 400, "BadDigest");
        assertS3Error(() -> s3.putObject(b -> b.bucket(bucket).key("k").checksumCRC64NVME("AAAAAAAAAAA="),
                RequestBody.fromString("not zero")), 400, "BadDigest");
        assertThatThrownBy(() -> s3.headObject(b -> b.bucket(bucket).key("k"))).as("nothing stored")
                .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(e.statusCode()).isEqualTo(404));
    }
}
