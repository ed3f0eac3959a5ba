package dev.pail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class S3ErrorCodeTest {

    @Test
    void everyCodeRoundTripsThroughFromCode() {
        for (S3ErrorCode errorCode : S3ErrorCode.values()) {
            assertThat(S3ErrorCode.fromCode(errorCode.code())).as(errorCode.name()).contains(errorCode);
        }
    }

    @Test
    void codesAreUnique() {
        List<String> codes = Arrays.stream(S3ErrorCode.values()).map(S3ErrorCode::code).toList();
        assertThat(codes).doesNotHaveDuplicates();
    }

    @Test
    void constantNamesAreTheUpperSnakeCaseOfTheirCodes() {
        for (S3ErrorCode errorCode : S3ErrorCode.values()) {
            assertThat(upperSnakeCase(errorCode.code())).as(errorCode.code()).isEqualTo(errorCode.name());
        }
    }

    @Test
    void constantsAreSortedAlphabetically() {
        List<String> names = Arrays.stream(S3ErrorCode.values()).map(Enum::name).toList();
        assertThat(names).isSorted();
    }

    @Test
    void messagesAreNonEmptyAndStatusesAreHttpStatuses() {
        for (S3ErrorCode errorCode : S3ErrorCode.values()) {
            assertThat(errorCode.defaultMessage()).as(errorCode.code()).isNotBlank().isEqualTo(errorCode.defaultMessage().strip());
            assertThat(errorCode.httpStatus()).as(errorCode.code()).isBetween(300, 599);
        }
    }

    static Stream<Arguments> importantCodes() {
        return Stream.of(
                Arguments.of(S3ErrorCode.ACCESS_DENIED, "AccessDenied", 403),
                Arguments.of(S3ErrorCode.AUTHORIZATION_HEADER_MALFORMED, "AuthorizationHeaderMalformed", 400),
                Arguments.of(S3ErrorCode.BAD_DIGEST, "BadDigest", 400),
                Arguments.of(S3ErrorCode.BUCKET_ALREADY_EXISTS, "BucketAlreadyExists", 409),
                Arguments.of(S3ErrorCode.BUCKET_ALREADY_OWNED_BY_YOU, "BucketAlreadyOwnedByYou", 409),
                Arguments.of(S3ErrorCode.BUCKET_NOT_EMPTY, "BucketNotEmpty", 409),
                Arguments.of(S3ErrorCode.CONDITIONAL_REQUEST_CONFLICT, "ConditionalRequestConflict", 409),
                Arguments.of(S3ErrorCode.ENTITY_TOO_LARGE, "EntityTooLarge", 400),
                Arguments.of(S3ErrorCode.ENTITY_TOO_SMALL, "EntityTooSmall", 400),
                Arguments.of(S3ErrorCode.ILLEGAL_LOCATION_CONSTRAINT_EXCEPTION, "IllegalLocationConstraintException", 400),
                Arguments.of(S3ErrorCode.INCOMPLETE_BODY, "IncompleteBody", 400),
                Arguments.of(S3ErrorCode.INTERNAL_ERROR, "InternalError", 500),
                Arguments.of(S3ErrorCode.INVALID_ACCESS_KEY_ID, "InvalidAccessKeyId", 403),
                Arguments.of(S3ErrorCode.INVALID_ARGUMENT, "InvalidArgument", 400),
                Arguments.of(S3ErrorCode.INVALID_BUCKET_NAME, "InvalidBucketName", 400),
                Arguments.of(S3ErrorCode.INVALID_BUCKET_STATE, "InvalidBucketState", 409),
                Arguments.of(S3ErrorCode.INVALID_DIGEST, "InvalidDigest", 400),
                Arguments.of(S3ErrorCode.INVALID_LOCATION_CONSTRAINT, "InvalidLocationConstraint", 400),
                Arguments.of(S3ErrorCode.INVALID_OBJECT_STATE, "InvalidObjectState", 403),
                Arguments.of(S3ErrorCode.INVALID_PART, "InvalidPart", 400),
                Arguments.of(S3ErrorCode.INVALID_PART_ORDER, "InvalidPartOrder", 400),
                Arguments.of(S3ErrorCode.INVALID_RANGE, "InvalidRange", 416),
                Arguments.of(S3ErrorCode.INVALID_REQUEST, "InvalidRequest", 400),
                Arguments.of(S3ErrorCode.INVALID_STORAGE_CLASS, "InvalidStorageClass", 400),
                Arguments.of(S3ErrorCode.INVALID_TAG, "InvalidTag", 400),
                Arguments.of(S3ErrorCode.INVALID_URI, "InvalidURI", 400),
                Arguments.of(S3ErrorCode.KEY_TOO_LONG_ERROR, "KeyTooLongError", 400),
                Arguments.of(S3ErrorCode.MALFORMED_TRAILER_ERROR, "MalformedTrailerError", 400),
                Arguments.of(S3ErrorCode.MALFORMED_XML, "MalformedXML", 400),
                Arguments.of(S3ErrorCode.METADATA_TOO_LARGE, "MetadataTooLarge", 400),
                Arguments.of(S3ErrorCode.METHOD_NOT_ALLOWED, "MethodNotAllowed", 405),
                Arguments.of(S3ErrorCode.MISSING_CONTENT_LENGTH, "MissingContentLength", 411),
                Arguments.of(S3ErrorCode.NO_SUCH_BUCKET, "NoSuchBucket", 404),
                Arguments.of(S3ErrorCode.NO_SUCH_BUCKET_POLICY, "NoSuchBucketPolicy", 404),
                Arguments.of(S3ErrorCode.NO_SUCH_CORS_CONFIGURATION, "NoSuchCORSConfiguration", 404),
                Arguments.of(S3ErrorCode.NO_SUCH_KEY, "NoSuchKey", 404),
                Arguments.of(S3ErrorCode.NO_SUCH_LIFECYCLE_CONFIGURATION, "NoSuchLifecycleConfiguration", 404),
                Arguments.of(S3ErrorCode.NO_SUCH_OBJECT_LOCK_CONFIGURATION, "NoSuchObjectLockConfiguration", 404),
                Arguments.of(S3ErrorCode.NO_SUCH_PUBLIC_ACCESS_BLOCK_CONFIGURATION, "NoSuchPublicAccessBlockConfiguration", 404),
                Arguments.of(S3ErrorCode.NO_SUCH_TAG_SET, "NoSuchTagSet", 404),
                Arguments.of(S3ErrorCode.NO_SUCH_UPLOAD, "NoSuchUpload", 404),
                Arguments.of(S3ErrorCode.NO_SUCH_VERSION, "NoSuchVersion", 404),
                Arguments.of(S3ErrorCode.NO_SUCH_WEBSITE_CONFIGURATION, "NoSuchWebsiteConfiguration", 404),
                Arguments.of(S3ErrorCode.NOT_IMPLEMENTED, "NotImplemented", 501),
                Arguments.of(S3ErrorCode.NOT_MODIFIED, "NotModified", 304),
                Arguments.of(S3ErrorCode.OBJECT_LOCK_CONFIGURATION_NOT_FOUND_ERROR, "ObjectLockConfigurationNotFoundError", 404),
                Arguments.of(S3ErrorCode.OWNERSHIP_CONTROLS_NOT_FOUND_ERROR, "OwnershipControlsNotFoundError", 404),
                Arguments.of(S3ErrorCode.PRECONDITION_FAILED, "PreconditionFailed", 412),
                Arguments.of(S3ErrorCode.REPLICATION_CONFIGURATION_NOT_FOUND_ERROR, "ReplicationConfigurationNotFoundError", 404),
                Arguments.of(S3ErrorCode.REQUEST_TIME_TOO_SKEWED, "RequestTimeTooSkewed", 403),
                Arguments.of(S3ErrorCode.REQUEST_TIMEOUT, "RequestTimeout", 400),
                Arguments.of(S3ErrorCode.SERVER_SIDE_ENCRYPTION_CONFIGURATION_NOT_FOUND_ERROR,
                        "ServerSideEncryptionConfigurationNotFoundError", 404),
                Arguments.of(S3ErrorCode.SERVICE_UNAVAILABLE, "ServiceUnavailable", 503),
                Arguments.of(S3ErrorCode.SIGNATURE_DOES_NOT_MATCH, "SignatureDoesNotMatch", 403),
                Arguments.of(S3ErrorCode.SLOW_DOWN, "SlowDown", 503),
                Arguments.of(S3ErrorCode.TOO_MANY_BUCKETS, "TooManyBuckets", 400),
                Arguments.of(S3ErrorCode.X_AMZ_CONTENT_SHA256_MISMATCH, "XAmzContentSHA256Mismatch", 400),
                Arguments.of(S3ErrorCode.KMS_NOT_FOUND_EXCEPTION, "KMS.NotFoundException", 400));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("importantCodes")
    void importantCodesHaveTheirWireCodeAndStatus(S3ErrorCode errorCode, String wireCode, int httpStatus) {
        assertThat(errorCode.code()).isEqualTo(wireCode);
        assertThat(errorCode.httpStatus()).isEqualTo(httpStatus);
        assertThat(S3ErrorCode.fromCode(wireCode)).contains(errorCode);
    }

    @Test
    void keepsTheMessagesOtherCodeReliesOn() {
        assertThat(S3ErrorCode.ACCESS_DENIED.defaultMessage()).isEqualTo("Access Denied");
        assertThat(S3ErrorCode.X_AMZ_CONTENT_SHA256_MISMATCH.defaultMessage())
                .isEqualTo("The provided 'x-amz-content-sha256' header does not match what was computed.");
        assertThat(S3ErrorCode.NO_SUCH_KEY.defaultMessage()).isEqualTo("The specified key does not exist.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "NoSuchThing", "nosuchkey", "NOSUCHKEY", "noSuchKey", "NoSuchKey ", "NO_SUCH_KEY",
            "invalidURI", "InvalidUri", "XAmzContentSha256Mismatch", "kms.NotFoundException"})
    void unknownOrMiscasedCodesAreNotFound(String code) {
        assertThat(S3ErrorCode.fromCode(code)).isEmpty();
    }

    @Test
    void nullCodeIsNotFound() {
        assertThat(S3ErrorCode.fromCode(null)).isEmpty();
    }

    /** {@code XAmzContentSHA256Mismatch} to {@code X_AMZ_CONTENT_SHA256_MISMATCH}. */
    private static String upperSnakeCase(String code) {
        return code.replace('.', '_')
                .replaceAll("([a-z0-9])([A-Z])", "$1_$2")
                .replaceAll("([A-Z]+)([A-Z][a-z])", "$1_$2")
                .toUpperCase(Locale.ROOT);
    }
}
