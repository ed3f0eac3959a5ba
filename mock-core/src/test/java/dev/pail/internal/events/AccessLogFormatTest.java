package dev.pail.internal.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pail.S3Operation;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The text of access log records, checked against the example log of "Amazon S3 server access log format"
 * (https://docs.aws.amazon.com/AmazonS3/latest/userguide/LogFormat.html).
 */
class AccessLogFormatTest {

    private static final String OWNER = "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be";

    /** The first record of the documentation's example log (current page, all 27 fields). */
    private static final String DOC_RECORD_1 = OWNER + " amzn-s3-demo-bucket1 [06/Feb/2019:00:00:38 +0000] 192.0.2.3 "
            + OWNER + " 3E57427F3EXAMPLE REST.GET.VERSIONING - \"GET /amzn-s3-demo-bucket1?versioning HTTP/1.1\" "
            + "200 - 113 - 7 - \"-\" \"S3Console/0.4\" - "
            + "s9lzHYrFp76ZVxRcpX9+5cjAnEH2ROuNkd2BHfIa6UkFVdtjf5mKR3/eTPFvsiP/XV/VLi31234= SigV4 "
            + "ECDHE-RSA-AES128-GCM-SHA256 AuthHeader amzn-s3-demo-bucket1.s3.us-west-1.amazonaws.com TLSV1.2 "
            + "arn:aws:s3:us-west-1:123456789012:accesspoint/example-AP Yes us-east-1";

    /** The second record of the documentation's example log (no access point, no ACL). */
    private static final String DOC_RECORD_2 = OWNER + " amzn-s3-demo-bucket1 [06/Feb/2019:00:00:38 +0000] 192.0.2.3 "
            + OWNER + " 891CE47D2EXAMPLE REST.GET.LOGGING_STATUS - \"GET /amzn-s3-demo-bucket1?logging HTTP/1.1\" "
            + "200 - 242 - 11 - \"-\" \"S3Console/0.4\" - "
            + "9vKBE6vMhrNiWHZmb2L0mXOcqPGzQOI5XLnCtZNPxev+Hf+7tpT6sxDwDty4LHBUOZJG96N1234= SigV4 "
            + "ECDHE-RSA-AES128-GCM-SHA256 AuthHeader amzn-s3-demo-bucket1.s3.us-west-1.amazonaws.com TLSV1.2 - - us-east-1";

    /** The fifth record of the older page's example log (24 fields, before aclRequired and Source Region). */
    private static final String DOC_V24_RECORD_5 = OWNER + " awsexamplebucket1 [06/Feb/2019:00:01:57 +0000] 192.0.2.3 "
            + OWNER + " DD6CC733AEXAMPLE REST.PUT.OBJECT s3-dg.pdf \"PUT /awsexamplebucket1/s3-dg.pdf HTTP/1.1\" "
            + "200 - - 4406583 41754 28 \"-\" \"S3Console/0.4\" - "
            + "10S62Zv81kBW7BB6SX4XJ48o6kpcl6LPwEoizZQQxJd5qDSCTLX0TgS37kYUBKQW3+bPdrg1234= SigV4 "
            + "ECDHE-RSA-AES128-SHA AuthHeader awsexamplebucket1.s3.us-west-1.amazonaws.com TLSV1.1";

    /** The third record of the older page's example log: an error. */
    private static final String DOC_V24_RECORD_3 = OWNER + " awsexamplebucket1 [06/Feb/2019:00:00:38 +0000] 192.0.2.3 "
            + OWNER + " A1206F460EXAMPLE REST.GET.BUCKETPOLICY - \"GET /awsexamplebucket1?policy HTTP/1.1\" "
            + "404 NoSuchBucketPolicy 297 - 38 - \"-\" \"S3Console/0.4\" - "
            + "BNaBsXZQQDbssi6xMBdBU2sLt+Yf5kZDmeBUP35sFoKa3sLLeMC78iwEIWxs99CRUrbS4n11234= SigV2 "
            + "ECDHE-RSA-AES128-GCM-SHA256 AuthHeader awsexamplebucket1.s3.us-west-1.amazonaws.com TLSV1.1";

    private static AccessLogEntry.Builder console(String bucket, String time, String requestId, S3Operation op,
                                                  String requestTarget) {
        return AccessLogEntry.builder().bucketOwner(OWNER).bucket(bucket).time(Instant.parse(time))
                .remoteIp("192.0.2.3").requester(OWNER).requestId(requestId).operation(AccessLogOperations.name(op))
                .requestUri(AccessLogFormat.requestLine(op.httpMethod(), requestTarget, "HTTP/1.1"))
                .httpStatus(200).userAgent("S3Console/0.4").cipherSuite("ECDHE-RSA-AES128-GCM-SHA256")
                .authenticationType("AuthHeader").hostHeader(bucket + ".s3.us-west-1.amazonaws.com");
    }

    @Test
    void theDocumentedFirstRecordIsFormattedExactly() {
        AccessLogEntry entry = console("amzn-s3-demo-bucket1", "2019-02-06T00:00:38Z", "3E57427F3EXAMPLE",
                S3Operation.GET_BUCKET_VERSIONING, "/amzn-s3-demo-bucket1?versioning")
                .bytesSent(113).totalTimeMillis(7L)
                .hostId("s9lzHYrFp76ZVxRcpX9+5cjAnEH2ROuNkd2BHfIa6UkFVdtjf5mKR3/eTPFvsiP/XV/VLi31234=")
                .signatureVersion("SigV4").tlsVersion("TLSV1.2")
                .accessPointArn("arn:aws:s3:us-west-1:123456789012:accesspoint/example-AP").aclRequired(true)
                .sourceRegion("us-east-1").build();

        assertThat(AccessLogFormat.line(entry)).isEqualTo(DOC_RECORD_1);
    }

    @Test
    void theDocumentedSecondRecordIsFormattedExactly() {
        AccessLogEntry entry = console("amzn-s3-demo-bucket1", "2019-02-06T00:00:38Z", "891CE47D2EXAMPLE",
                S3Operation.GET_BUCKET_LOGGING, "/amzn-s3-demo-bucket1?logging")
                .bytesSent(242).totalTimeMillis(11L)
                .hostId("9vKBE6vMhrNiWHZmb2L0mXOcqPGzQOI5XLnCtZNPxev+Hf+7tpT6sxDwDty4LHBUOZJG96N1234=")
                .signatureVersion("SigV4").tlsVersion("TLSV1.2").sourceRegion("us-east-1").build();

        assertThat(AccessLogFormat.line(entry)).isEqualTo(DOC_RECORD_2);
    }

    @Test
    void aPutWithNoBytesSentWritesADashAndTheObjectSize() {
        AccessLogEntry entry = console("awsexamplebucket1", "2019-02-06T00:01:57Z", "DD6CC733AEXAMPLE",
                S3Operation.PUT_OBJECT, "/awsexamplebucket1/s3-dg.pdf")
                .key("s3-dg.pdf").bytesSent(0).objectSize(4406583L).totalTimeMillis(41754L).turnAroundTimeMillis(28L)
                .hostId("10S62Zv81kBW7BB6SX4XJ48o6kpcl6LPwEoizZQQxJd5qDSCTLX0TgS37kYUBKQW3+bPdrg1234=")
                .signatureVersion("SigV4").cipherSuite("ECDHE-RSA-AES128-SHA").tlsVersion("TLSV1.1").build();

        assertThat(AccessLogFormat.line(entry)).isEqualTo(DOC_V24_RECORD_5 + " - - -");
    }

    @Test
    void anErrorRecordCarriesItsStatusAndCode() {
        AccessLogEntry entry = console("awsexamplebucket1", "2019-02-06T00:00:38Z", "A1206F460EXAMPLE",
                S3Operation.GET_BUCKET_POLICY, "/awsexamplebucket1?policy")
                .httpStatus(404).errorCode("NoSuchBucketPolicy").bytesSent(297).totalTimeMillis(38L)
                .hostId("BNaBsXZQQDbssi6xMBdBU2sLt+Yf5kZDmeBUP35sFoKa3sLLeMC78iwEIWxs99CRUrbS4n11234=")
                .signatureVersion("SigV2").tlsVersion("TLSV1.1").build();

        assertThat(AccessLogFormat.line(entry)).isEqualTo(DOC_V24_RECORD_3 + " - - -");
    }

    @Test
    void everyRecordHasTheTwentySevenDocumentedFields() {
        assertThat(AccessLogFormat.FIELD_NAMES).hasSize(27).startsWith("Bucket Owner", "Bucket", "Time")
                .endsWith("TLS version", "Access Point ARN", "aclRequired", "Source Region");
        assertThat(AccessLogLineParser.fields(DOC_RECORD_1)).hasSize(27);
        assertThat(AccessLogLineParser.fields(AccessLogFormat.line(AccessLogEntry.builder().build()))).hasSize(27);
    }

    @Test
    void theParserReturnsQuotedAndBracketedFieldsWithoutTheirDelimiters() {
        List<String> fields = AccessLogLineParser.fields(DOC_RECORD_1);

        assertThat(fields.get(2)).isEqualTo("06/Feb/2019:00:00:38 +0000");
        assertThat(fields.get(6)).isEqualTo("REST.GET.VERSIONING");
        assertThat(fields.get(8)).isEqualTo("GET /amzn-s3-demo-bucket1?versioning HTTP/1.1");
        assertThat(fields.get(15)).isEqualTo("-");
        assertThat(fields.get(16)).isEqualTo("S3Console/0.4");
        assertThat(fields.subList(24, 27))
                .containsExactly("arn:aws:s3:us-west-1:123456789012:accesspoint/example-AP", "Yes", "us-east-1");
    }

    @Test
    void anEmptyEntryIsAllDashesButTheTimeAndTheQuotes() {
        String line = AccessLogFormat.line(AccessLogEntry.builder().time(Instant.parse("2024-03-05T07:08:09Z")).build());

        assertThat(line).isEqualTo("- - [05/Mar/2024:07:08:09 +0000] - - - - - \"-\" - - - - - - \"-\" \"-\" - - - - - - - - - -");
    }

    @Test
    void anAnonymousRequestHasADashAsRequesterSignatureAndAuthenticationType() {
        List<String> fields = AccessLogLineParser.fields(AccessLogFormat.line(AccessLogEntry.builder()
                .bucket("b").requester(null).signatureVersion(null).authenticationType(null).build()));

        assertThat(fields.get(4)).isEqualTo("-");
        assertThat(fields.get(19)).isEqualTo("-");
        assertThat(fields.get(21)).isEqualTo("-");
    }

    @Test
    void timeIsInUtcWithEnglishMonthAndTwoDigitDay() {
        assertThat(AccessLogFormat.time(Instant.parse("2019-02-06T00:00:38Z"))).isEqualTo("[06/Feb/2019:00:00:38 +0000]");
        assertThat(AccessLogFormat.time(Instant.parse("2023-12-31T23:59:59.999Z"))).isEqualTo("[31/Dec/2023:23:59:59 +0000]");
    }

    @Test
    void bytesSentIsADashWhenZeroButAnEmptyObjectHasSizeZero() {
        List<String> fields = AccessLogLineParser.fields(AccessLogFormat.line(AccessLogEntry.builder()
                .bytesSent(0).objectSize(0L).totalTimeMillis(0L).turnAroundTimeMillis(0L).build()));

        assertThat(fields.subList(11, 15)).containsExactly("-", "0", "0", "0");
    }

    @Test
    void theKeyIsUrlEncodedKeepingSlashes() {
        assertThat(AccessLogFormat.encodeKey("photos/2019/08/puppy.jpg")).isEqualTo("photos/2019/08/puppy.jpg");
        assertThat(AccessLogFormat.encodeKey("my dir/a+b=ü~_-.txt")).isEqualTo("my%20dir/a%2Bb%3D%C3%BC~_-.txt");
        String line = AccessLogFormat.line(AccessLogEntry.builder().key("a b\"c").build());
        assertThat(AccessLogLineParser.fields(line).get(7)).isEqualTo("a%20b%22c");
    }

    @Test
    void aQuoteABackslashAndANewlineInAQuotedFieldAreEscapedOnOneLine() {
        String agent = "evil\" agent\\1\n\r\tend\u2028";
        String line = AccessLogFormat.line(AccessLogEntry.builder().userAgent(agent).referer("http://x/?a=\"b\"").build());

        assertThat(line).doesNotContain("\n", "\r", "\t", "\u2028")
                .contains("\"evil\\\" agent\\\\1\\x0A\\x0D\\x09end\\u2028\"");
        List<String> fields = AccessLogLineParser.fields(line);
        assertThat(fields).hasSize(27);
        assertThat(fields.get(15)).isEqualTo("http://x/?a=\"b\"");
        assertThat(fields.get(16)).isEqualTo(agent);
    }

    @Test
    void blanksInAnUnquotedFieldAreEscapedSoTheFieldsStaySeparate() {
        String line = AccessLogFormat.line(AccessLogEntry.builder().requester("arn:aws:iam::1:user/a b")
                .errorCode("Bad\"Code\\").build());

        assertThat(line).contains("arn:aws:iam::1:user/a\\x20b", "Bad\\x22Code\\x5C");
        List<String> fields = AccessLogLineParser.fields(line);
        assertThat(fields).hasSize(27);
        assertThat(fields.get(4)).isEqualTo("arn:aws:iam::1:user/a b");
        assertThat(fields.get(10)).isEqualTo("Bad\"Code\\");
    }

    @Test
    void anEntryRejectsNullsAndNegativeCounts() {
        assertThatThrownBy(() -> AccessLogEntry.builder().bytesSent(-1).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AccessLogEntry.builder().time(null)).isInstanceOf(NullPointerException.class);
    }

    /** The Operation field: {@link AccessLogOperations}. */
    @Nested
    class Operations {

        @Test
        void theDocumentedAndObservedNamesAreThoseOfS3() {
            assertThat(AccessLogOperations.name(S3Operation.GET_OBJECT)).isEqualTo("REST.GET.OBJECT");
            assertThat(AccessLogOperations.name(S3Operation.PUT_OBJECT)).isEqualTo("REST.PUT.OBJECT");
            assertThat(AccessLogOperations.name(S3Operation.HEAD_OBJECT)).isEqualTo("REST.HEAD.OBJECT");
            assertThat(AccessLogOperations.name(S3Operation.DELETE_OBJECT)).isEqualTo("REST.DELETE.OBJECT");
            assertThat(AccessLogOperations.name(S3Operation.LIST_OBJECTS)).isEqualTo("REST.GET.BUCKET");
            assertThat(AccessLogOperations.name(S3Operation.LIST_OBJECTS_V2)).isEqualTo("REST.GET.BUCKET");
            assertThat(AccessLogOperations.name(S3Operation.LIST_OBJECT_VERSIONS)).isEqualTo("REST.GET.BUCKETVERSIONS");
            assertThat(AccessLogOperations.name(S3Operation.CREATE_MULTIPART_UPLOAD)).isEqualTo("REST.POST.UPLOADS");
            assertThat(AccessLogOperations.name(S3Operation.UPLOAD_PART)).isEqualTo("REST.PUT.PART");
            assertThat(AccessLogOperations.name(S3Operation.COMPLETE_MULTIPART_UPLOAD)).isEqualTo("REST.POST.UPLOAD");
            assertThat(AccessLogOperations.name(S3Operation.ABORT_MULTIPART_UPLOAD)).isEqualTo("REST.DELETE.UPLOAD");
            assertThat(AccessLogOperations.name(S3Operation.LIST_PARTS)).isEqualTo("REST.GET.UPLOAD");
            assertThat(AccessLogOperations.name(S3Operation.LIST_MULTIPART_UPLOADS)).isEqualTo("REST.GET.UPLOADS");
            assertThat(AccessLogOperations.name(S3Operation.COPY_OBJECT)).isEqualTo("REST.COPY.OBJECT");
            assertThat(AccessLogOperations.name(S3Operation.UPLOAD_PART_COPY)).isEqualTo("REST.COPY.PART");
            assertThat(AccessLogOperations.name(S3Operation.DELETE_OBJECTS)).isEqualTo("REST.POST.MULTI_OBJECT_DELETE");
        }

        @Test
        void bucketAndObjectSubresourcesAreNamedAfterTheQuery() {
            assertThat(AccessLogOperations.name(S3Operation.GET_BUCKET_ACL)).isEqualTo("REST.GET.ACL");
            assertThat(AccessLogOperations.name(S3Operation.GET_OBJECT_ACL)).isEqualTo("REST.GET.ACL");
            assertThat(AccessLogOperations.name(S3Operation.PUT_OBJECT_ACL)).isEqualTo("REST.PUT.ACL");
            assertThat(AccessLogOperations.name(S3Operation.GET_BUCKET_LOCATION)).isEqualTo("REST.GET.LOCATION");
            assertThat(AccessLogOperations.name(S3Operation.GET_BUCKET_VERSIONING)).isEqualTo("REST.GET.VERSIONING");
            assertThat(AccessLogOperations.name(S3Operation.GET_BUCKET_TAGGING)).isEqualTo("REST.GET.TAGGING");
            assertThat(AccessLogOperations.name(S3Operation.GET_OBJECT_TAGGING)).isEqualTo("REST.GET.OBJECT_TAGGING");
            assertThat(AccessLogOperations.name(S3Operation.GET_BUCKET_POLICY)).isEqualTo("REST.GET.BUCKETPOLICY");
            assertThat(AccessLogOperations.name(S3Operation.GET_BUCKET_POLICY_STATUS)).isEqualTo("REST.GET.POLICY_STATUS");
            assertThat(AccessLogOperations.name(S3Operation.PUT_BUCKET_LOGGING)).isEqualTo("REST.PUT.LOGGING_STATUS");
            assertThat(AccessLogOperations.name(S3Operation.GET_PUBLIC_ACCESS_BLOCK))
                    .isEqualTo("REST.GET.PUBLIC_ACCESS_BLOCK");
            assertThat(AccessLogOperations.name(S3Operation.GET_BUCKET_INTELLIGENT_TIERING_CONFIGURATION))
                    .isEqualTo("REST.GET.INTELLIGENT_TIERING");
            assertThat(AccessLogOperations.name(S3Operation.GET_BUCKET_REQUEST_PAYMENT)).isEqualTo("REST.GET.REQUEST_PAYMENT");
            assertThat(AccessLogOperations.name(S3Operation.PUT_OBJECT_LEGAL_HOLD)).isEqualTo("REST.PUT.LEGAL_HOLD");
            assertThat(AccessLogOperations.name(S3Operation.RESTORE_OBJECT)).isEqualTo("REST.POST.RESTORE");
            assertThat(AccessLogOperations.name(S3Operation.SELECT_OBJECT_CONTENT)).isEqualTo("REST.POST.SELECT");
            assertThat(AccessLogOperations.name(S3Operation.GET_OBJECT_LOCK_CONFIGURATION))
                    .isEqualTo("REST.GET.OBJECT_LOCK_CONFIGURATION");
        }

        @Test
        void bucketServiceAndFormRequestsAreNamedAfterTheirPath() {
            assertThat(AccessLogOperations.name(S3Operation.CREATE_BUCKET)).isEqualTo("REST.PUT.BUCKET");
            assertThat(AccessLogOperations.name(S3Operation.HEAD_BUCKET)).isEqualTo("REST.HEAD.BUCKET");
            assertThat(AccessLogOperations.name(S3Operation.DELETE_BUCKET)).isEqualTo("REST.DELETE.BUCKET");
            assertThat(AccessLogOperations.name(S3Operation.POST_OBJECT)).isEqualTo("REST.POST.BUCKET");
            assertThat(AccessLogOperations.name(S3Operation.LIST_BUCKETS)).isEqualTo("REST.GET.SERVICE");
        }

        @Test
        void everyModelledOperationHasAWellFormedName() {
            Arrays.stream(S3Operation.values()).filter(op -> op != S3Operation.UNKNOWN).forEach(op ->
                    assertThat(AccessLogOperations.name(op)).as(op.name()).matches("REST\\.[A-Z]+\\.[A-Z][A-Z_]*"));
        }

        @Test
        void anUnknownRequestIsNamedAfterItsMethod() {
            assertThat(AccessLogOperations.name(S3Operation.UNKNOWN)).isEqualTo("-");
            assertThat(AccessLogOperations.name(S3Operation.UNKNOWN, "patch", true)).isEqualTo("REST.PATCH.OBJECT");
            assertThat(AccessLogOperations.name(S3Operation.UNKNOWN, "GET", false)).isEqualTo("REST.GET.BUCKET");
            assertThat(AccessLogOperations.name(S3Operation.UNKNOWN, "OPTIONS", true)).isEqualTo("REST.OPTIONS.PREFLIGHT");
            assertThat(AccessLogOperations.name(S3Operation.UNKNOWN, "", true)).isEqualTo("-");
            assertThat(AccessLogOperations.name(S3Operation.GET_OBJECT, "PUT", false)).isEqualTo("REST.GET.OBJECT");
        }

        @Test
        void aCopyHasASecondRecordForItsGet() {
            assertThat(AccessLogOperations.copySourceName(S3Operation.COPY_OBJECT)).contains("REST.COPY.OBJECT_GET");
            assertThat(AccessLogOperations.copySourceName(S3Operation.UPLOAD_PART_COPY)).contains("REST.COPY.PART_GET");
            assertThat(AccessLogOperations.copySourceName(S3Operation.PUT_OBJECT)).isEmpty();
        }

        @Test
        void subresourcesBecomeUpperSnakeCase() {
            assertThat(AccessLogOperations.upperSnake("publicAccessBlock")).isEqualTo("PUBLIC_ACCESS_BLOCK");
            assertThat(AccessLogOperations.upperSnake("legal-hold")).isEqualTo("LEGAL_HOLD");
            assertThat(AccessLogOperations.upperSnake("cors")).isEqualTo("CORS");
        }
    }
}
