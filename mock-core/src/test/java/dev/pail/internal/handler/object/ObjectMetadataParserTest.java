package dev.pail.internal.handler.object;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pail.S3ErrorCode;
import dev.pail.internal.error.S3Exception;
import dev.pail.internal.protocol.Headers;
import dev.pail.internal.store.ObjectMetadata;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ObjectMetadataParserTest {

    @Test
    void noHeadersGiveDefaults() {
        ObjectMetadata metadata = ObjectMetadataParser.fromHeaders(Headers.empty());
        assertThat(metadata.contentType()).isEqualTo("binary/octet-stream");
        assertThat(metadata.contentEncoding()).isEmpty();
        assertThat(metadata.storageClass()).isEqualTo("STANDARD");
        assertThat(metadata.userMetadata()).isEmpty();
        assertThat(metadata.tags()).isEmpty();
        assertThat(metadata.systemHeaders()).containsExactly(Map.entry("x-amz-server-side-encryption", "AES256"));
    }

    @Test
    void contentHeadersAreKeptAsSent() {
        ObjectMetadata metadata = ObjectMetadataParser.fromHeaders(headers(
                "Content-Type", "text/plain; charset=utf-8",
                "Content-Disposition", "attachment; filename=\"a.txt\"",
                "Content-Language", "en",
                "Cache-Control", "no-cache",
                "Expires", "Thu, 01 Dec 1994 16:00:00 GMT",
                "x-amz-website-redirect-location", "/other",
                "x-amz-tagging", "a=1"));
        assertThat(metadata.contentType()).isEqualTo("text/plain; charset=utf-8");
        assertThat(metadata.contentDisposition()).contains("attachment; filename=\"a.txt\"");
        assertThat(metadata.contentLanguage()).contains("en");
        assertThat(metadata.cacheControl()).contains("no-cache");
        assertThat(metadata.expires()).contains("Thu, 01 Dec 1994 16:00:00 GMT");
        assertThat(metadata.systemHeaders()).containsEntry("x-amz-website-redirect-location", "/other");
        assertThat(metadata.tags()).containsExactly(Map.entry("a", "1"));
    }

    @Test
    void userMetadataIsCollectedLowerCasedWithoutPrefix() {
        Map<String, String> metadata = ObjectMetadataParser.userMetadata(headers(
                "X-Amz-Meta-Color", "red",
                "x-amz-meta-size", "large",
                "x-amz-metadata-directive", "COPY",
                "x-amz-meta-multi", "a",
                "X-AMZ-META-MULTI", "b",
                "content-type", "text/plain"));
        assertThat(metadata).containsExactly(
                Map.entry("color", "red"), Map.entry("size", "large"), Map.entry("multi", "a,b"));
    }

    @Test
    void userMetadataOfExactlyTwoKilobytesIsAccepted() {
        // key "k" (1 byte) + value of 2047 bytes = 2048
        assertThat(ObjectMetadataParser.userMetadata(headers("x-amz-meta-k", "v".repeat(2047)))).hasSize(1);
        // multibyte: key "\u00e9" (2 bytes) + 682 x "\u20ac" (2046 bytes) = 2048
        assertThat(ObjectMetadataParser.userMetadata(headers("x-amz-meta-\u00e9", "\u20ac".repeat(682)))).hasSize(1);
        // spread over several entries: 2 x (3 + 1021) = 2048
        assertThat(ObjectMetadataParser.userMetadata(headers(
                "x-amz-meta-ab1", "v".repeat(1021), "x-amz-meta-ab2", "v".repeat(1021)))).hasSize(2);
    }

    static Stream<Arguments> overTheLimit() {
        return Stream.of(
                Arguments.of((Object) new String[] {"x-amz-meta-k", "v".repeat(2048)}),
                Arguments.of((Object) new String[] {"x-amz-meta-\u00e9", "\u20ac".repeat(682) + "v"}),
                Arguments.of((Object) new String[] {"x-amz-meta-ab1", "v".repeat(1021), "x-amz-meta-ab2", "v".repeat(1022)}),
                Arguments.of((Object) new String[] {"x-amz-meta-" + "k".repeat(2049), ""}));
    }

    @ParameterizedTest
    @MethodSource("overTheLimit")
    void userMetadataOneByteOverTwoKilobytesIsMetadataTooLarge(String[] namesAndValues) {
        assertThatThrownBy(() -> ObjectMetadataParser.userMetadata(headers(namesAndValues)))
                .isInstanceOfSatisfying(S3Exception.class, e -> {
                    assertThat(e.code()).isEqualTo(S3ErrorCode.METADATA_TOO_LARGE);
                    assertThat(e.details()).containsEntry("MaxSizeAllowed", "2048");
                });
    }

    static Stream<Arguments> contentEncodings() {
        return Stream.of(
                Arguments.of("aws-chunked", null),
                Arguments.of("AWS-Chunked", null),
                Arguments.of("aws-chunked,gzip", "gzip"),
                Arguments.of("gzip,aws-chunked", "gzip"),
                Arguments.of("gzip, aws-chunked", "gzip"),
                Arguments.of("gzip, Aws-Chunked ,br", "gzip,br"),
                Arguments.of("gzip", "gzip"),
                Arguments.of(" , aws-chunked , ", null));
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @MethodSource("contentEncodings")
    void awsChunkedIsStrippedFromContentEncoding(String header, String expected) {
        assertThat(ObjectMetadataParser.contentEncoding(headers("Content-Encoding", header)))
                .isEqualTo(Optional.ofNullable(expected));
        assertThat(ObjectMetadataParser.fromHeaders(headers("Content-Encoding", header)).contentEncoding())
                .isEqualTo(Optional.ofNullable(expected));
    }

    @Test
    void missingContentEncodingIsEmpty() {
        assertThat(ObjectMetadataParser.contentEncoding(Headers.empty())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"STANDARD", "REDUCED_REDUNDANCY", "STANDARD_IA", "ONEZONE_IA", "INTELLIGENT_TIERING",
        "GLACIER", "DEEP_ARCHIVE", "GLACIER_IR", "EXPRESS_ONEZONE"})
    void knownStorageClassesAreKept(String storageClass) {
        assertThat(ObjectMetadataParser.fromHeaders(headers("x-amz-storage-class", storageClass)).storageClass())
                .isEqualTo(storageClass);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"standard", "COLD", ""})
    void unknownStorageClassIsInvalidStorageClass(String storageClass) {
        assertThatThrownBy(() -> ObjectMetadataParser.fromHeaders(headers("x-amz-storage-class", storageClass)))
                .isInstanceOfSatisfying(S3Exception.class, e -> {
                    assertThat(e.code()).isEqualTo(S3ErrorCode.INVALID_STORAGE_CLASS);
                    assertThat(e.details()).containsEntry("StorageClassRequested", storageClass);
                });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"AES256", "aws:kms", "aws:kms:dsse"})
    void knownServerSideEncryptionIsStored(String sse) {
        assertThat(ObjectMetadataParser.fromHeaders(headers("x-amz-server-side-encryption", sse)).systemHeaders())
                .containsEntry("x-amz-server-side-encryption", sse);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"AES128", "aes256", "kms", ""})
    void unknownServerSideEncryptionIsInvalidArgument(String sse) {
        assertThatThrownBy(() -> ObjectMetadataParser.fromHeaders(headers("x-amz-server-side-encryption", sse)))
                .isInstanceOfSatisfying(S3Exception.class, e -> {
                    assertThat(e.code()).isEqualTo(S3ErrorCode.INVALID_ARGUMENT);
                    assertThat(e.details()).containsEntry("ArgumentName", "x-amz-server-side-encryption");
                });
    }

    @Test
    void invalidTaggingHeaderFailsTheWholeParse() {
        assertThatThrownBy(() -> ObjectMetadataParser.fromHeaders(headers("x-amz-tagging", "aws:x=1")))
                .isInstanceOfSatisfying(S3Exception.class,
                        e -> assertThat(e.code()).isEqualTo(S3ErrorCode.INVALID_TAG));
    }

    private static Headers headers(String... namesAndValues) {
        Headers.Builder builder = Headers.builder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            builder.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return builder.build();
    }
}
