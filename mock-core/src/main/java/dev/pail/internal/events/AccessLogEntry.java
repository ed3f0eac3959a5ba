package dev.pail.internal.events;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One record of S3's server access log: every field S3 documents, in the documented order
 * ("Amazon S3 server access log format", https://docs.aws.amazon.com/AmazonS3/latest/userguide/LogFormat.html).
 * Values are kept as S3 means them; {@link AccessLogFormat#line(AccessLogEntry)} renders them (the {@code -}
 * for absent values, the quotes, the brackets, the URL encoding of the key).
 *
 * <p>An empty string in a plain {@code String} component is rendered as {@code -} too, as S3 does for any
 * field it does not know ("Any field can be set to - to indicate that the data was unknown or unavailable").
 *
 * @param bucketOwner          canonical user id of the owner of the source bucket
 * @param bucket               the bucket the request was processed against
 * @param time                 when the request was received (rendered in UTC)
 * @param remoteIp             the apparent address of the requester
 * @param requester            canonical user id or IAM ARN of the requester; empty for anonymous requests
 * @param requestId            the request id ({@code x-amz-request-id})
 * @param operation            {@code REST.GET.OBJECT} and the like, see {@link AccessLogOperations}
 * @param key                  the object key, unencoded (the format URL-encodes it); empty when the operation takes none
 * @param requestUri           the request line, {@code GET /bucket/key?x HTTP/1.1}, see {@link AccessLogFormat#requestLine}
 * @param httpStatus           the response status ({@code 0} renders as {@code -})
 * @param errorCode            the S3 error code, empty when no error occurred
 * @param bytesSent            response bytes sent without HTTP overhead ({@code 0} renders as {@code -})
 * @param objectSize           the total size of the object in question, empty when there is none
 * @param totalTimeMillis      milliseconds from the request's first byte to the response's last
 * @param turnAroundTimeMillis milliseconds from the request's last byte to the response's first
 * @param referer              the {@code Referer} header
 * @param userAgent            the {@code User-Agent} header
 * @param versionId            the version id in the request, empty when the operation takes none
 * @param hostId               the {@code x-amz-id-2} extended request id
 * @param signatureVersion     {@code SigV2} or {@code SigV4}; empty for anonymous requests
 * @param cipherSuite          the negotiated TLS cipher; empty for plain HTTP
 * @param authenticationType   {@code AuthHeader} or {@code QueryString}; empty for anonymous requests
 * @param hostHeader           the endpoint used to connect ({@code bucket.s3.us-west-1.amazonaws.com})
 * @param tlsVersion           the negotiated TLS version ({@code TLSv1.2}); empty for plain HTTP
 * @param accessPointArn       the ARN of the access point of the request, if one was used
 * @param aclRequired          whether an ACL was needed to authorize the request (rendered {@code Yes} or {@code -})
 * @param sourceRegion         the AWS Region the request came from, when known
 */
public record AccessLogEntry(String bucketOwner, String bucket, Instant time, String remoteIp,
                             Optional<String> requester, String requestId, String operation, Optional<String> key,
                             String requestUri, int httpStatus, Optional<String> errorCode, long bytesSent,
                             OptionalLong objectSize, OptionalLong totalTimeMillis, OptionalLong turnAroundTimeMillis,
                             Optional<String> referer, Optional<String> userAgent, Optional<String> versionId,
                             String hostId, Optional<String> signatureVersion, Optional<String> cipherSuite,
                             Optional<String> authenticationType, Optional<String> hostHeader,
                             Optional<String> tlsVersion, Optional<String> accessPointArn, boolean aclRequired,
                             Optional<String> sourceRegion) {

    /** Checks that no component is null and that the counts are not negative. */
    public AccessLogEntry {
        Objects.requireNonNull(bucketOwner, "bucketOwner");
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(remoteIp, "remoteIp");
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(requestUri, "requestUri");
        Objects.requireNonNull(errorCode, "errorCode");
        Objects.requireNonNull(objectSize, "objectSize");
        Objects.requireNonNull(totalTimeMillis, "totalTimeMillis");
        Objects.requireNonNull(turnAroundTimeMillis, "turnAroundTimeMillis");
        Objects.requireNonNull(referer, "referer");
        Objects.requireNonNull(userAgent, "userAgent");
        Objects.requireNonNull(versionId, "versionId");
        Objects.requireNonNull(hostId, "hostId");
        Objects.requireNonNull(signatureVersion, "signatureVersion");
        Objects.requireNonNull(cipherSuite, "cipherSuite");
        Objects.requireNonNull(authenticationType, "authenticationType");
        Objects.requireNonNull(hostHeader, "hostHeader");
        Objects.requireNonNull(tlsVersion, "tlsVersion");
        Objects.requireNonNull(accessPointArn, "accessPointArn");
        Objects.requireNonNull(sourceRegion, "sourceRegion");
        if (httpStatus < 0 || bytesSent < 0) {
            throw new IllegalArgumentException("httpStatus and bytesSent must not be negative");
        }
    }

    /** A builder with every optional field absent, the counts zero and {@code aclRequired} false. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds an {@link AccessLogEntry} field by field; a {@code null} argument means "absent" (rendered
     * {@code -}). The setters are named after the record components.
     */
    public static final class Builder {
        private String bucketOwner = "";
        private String bucket = "";
        private Instant time = Instant.EPOCH;
        private String remoteIp = "";
        private String requester;
        private String requestId = "";
        private String operation = "";
        private String key;
        private String requestUri = "";
        private int httpStatus;
        private String errorCode;
        private long bytesSent;
        private Long objectSize;
        private Long totalTimeMillis;
        private Long turnAroundTimeMillis;
        private String referer;
        private String userAgent;
        private String versionId;
        private String hostId = "";
        private String signatureVersion;
        private String cipherSuite;
        private String authenticationType;
        private String hostHeader;
        private String tlsVersion;
        private String accessPointArn;
        private boolean aclRequired;
        private String sourceRegion;

        private Builder() {
        }

        /** Sets {@link AccessLogEntry#bucketOwner()}. */
        public Builder bucketOwner(String value) { bucketOwner = orEmpty(value); return this; }

        /** Sets {@link AccessLogEntry#bucket()}. */
        public Builder bucket(String value) { bucket = orEmpty(value); return this; }

        /** Sets {@link AccessLogEntry#time()}. */
        public Builder time(Instant value) { time = Objects.requireNonNull(value, "time"); return this; }

        /** Sets {@link AccessLogEntry#remoteIp()}. */
        public Builder remoteIp(String value) { remoteIp = orEmpty(value); return this; }

        /** Sets {@link AccessLogEntry#requester()}; {@code null} for an anonymous request. */
        public Builder requester(String value) { requester = value; return this; }

        /** Sets {@link AccessLogEntry#requestId()}. */
        public Builder requestId(String value) { requestId = orEmpty(value); return this; }

        /** Sets {@link AccessLogEntry#operation()}. */
        public Builder operation(String value) { operation = orEmpty(value); return this; }

        /** Sets {@link AccessLogEntry#key()}, unencoded. */
        public Builder key(String value) { key = value; return this; }

        /** Sets {@link AccessLogEntry#requestUri()}, the whole request line. */
        public Builder requestUri(String value) { requestUri = orEmpty(value); return this; }

        /** Sets {@link AccessLogEntry#httpStatus()}. */
        public Builder httpStatus(int value) { httpStatus = value; return this; }

        /** Sets {@link AccessLogEntry#errorCode()}. */
        public Builder errorCode(String value) { errorCode = value; return this; }

        /** Sets {@link AccessLogEntry#bytesSent()}. */
        public Builder bytesSent(long value) { bytesSent = value; return this; }

        /** Sets {@link AccessLogEntry#objectSize()}. */
        public Builder objectSize(Long value) { objectSize = value; return this; }

        /** Sets {@link AccessLogEntry#totalTimeMillis()}. */
        public Builder totalTimeMillis(Long value) { totalTimeMillis = value; return this; }

        /** Sets {@link AccessLogEntry#turnAroundTimeMillis()}. */
        public Builder turnAroundTimeMillis(Long value) { turnAroundTimeMillis = value; return this; }

        /** Sets {@link AccessLogEntry#referer()}. */
        public Builder referer(String value) { referer = value; return this; }

        /** Sets {@link AccessLogEntry#userAgent()}. */
        public Builder userAgent(String value) { userAgent = value; return this; }

        /** Sets {@link AccessLogEntry#versionId()}. */
        public Builder versionId(String value) { versionId = value; return this; }

        /** Sets {@link AccessLogEntry#hostId()}. */
        public Builder hostId(String value) { hostId = orEmpty(value); return this; }

        /** Sets {@link AccessLogEntry#signatureVersion()}. */
        public Builder signatureVersion(String value) { signatureVersion = value; return this; }

        /** Sets {@link AccessLogEntry#cipherSuite()}. */
        public Builder cipherSuite(String value) { cipherSuite = value; return this; }

        /** Sets {@link AccessLogEntry#authenticationType()}. */
        public Builder authenticationType(String value) { authenticationType = value; return this; }

        /** Sets {@link AccessLogEntry#hostHeader()}. */
        public Builder hostHeader(String value) { hostHeader = value; return this; }

        /** Sets {@link AccessLogEntry#tlsVersion()}. */
        public Builder tlsVersion(String value) { tlsVersion = value; return this; }

        /** Sets {@link AccessLogEntry#accessPointArn()}. */
        public Builder accessPointArn(String value) { accessPointArn = value; return this; }

        /** Sets {@link AccessLogEntry#aclRequired()}. */
        public Builder aclRequired(boolean value) { aclRequired = value; return this; }

        /** Sets {@link AccessLogEntry#sourceRegion()}. */
        public Builder sourceRegion(String value) { sourceRegion = value; return this; }

        /** The entry with the values set so far. */
        public AccessLogEntry build() {
            return new AccessLogEntry(bucketOwner, bucket, time, remoteIp, Optional.ofNullable(requester), requestId,
                    operation, Optional.ofNullable(key), requestUri, httpStatus, Optional.ofNullable(errorCode),
                    bytesSent, optionalLong(objectSize), optionalLong(totalTimeMillis),
                    optionalLong(turnAroundTimeMillis), Optional.ofNullable(referer), Optional.ofNullable(userAgent),
                    Optional.ofNullable(versionId), hostId, Optional.ofNullable(signatureVersion),
                    Optional.ofNullable(cipherSuite), Optional.ofNullable(authenticationType),
                    Optional.ofNullable(hostHeader), Optional.ofNullable(tlsVersion),
                    Optional.ofNullable(accessPointArn), aclRequired, Optional.ofNullable(sourceRegion));
        }

        private static String orEmpty(String value) {
            return value == null ? "" : value;
        }

        private static OptionalLong optionalLong(Long value) {
            return value == null ? OptionalLong.empty() : OptionalLong.of(value);
        }
    }
}
