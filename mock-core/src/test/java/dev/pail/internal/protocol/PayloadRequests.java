package dev.pail.internal.protocol;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pail.S3ErrorCode;
import dev.pail.S3Operation;
import dev.pail.internal.error.S3Exception;
import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Synthetic PutObject requests for payload tests. */
final class PayloadRequests {

    private PayloadRequests() {
    }

    /** A PUT of {@code body} to /bucket/key with the given header names and values. */
    static S3Request put(byte[] body, String... headerNamesAndValues) {
        Headers.Builder headers = Headers.builder();
        for (int i = 0; i < headerNamesAndValues.length; i += 2) {
            headers.add(headerNamesAndValues[i], headerNamesAndValues[i + 1]);
        }
        HttpRequest http = new HttpRequest("request-id", "host-id", "PUT", "/bucket/key", "", headers.build(),
                new ByteArrayInputStream(body), Instant.parse("2024-01-01T00:00:00Z"));
        return new S3Request(http, S3Operation.PUT_OBJECT, S3Address.parse("localhost", "/bucket/key",
                List.of("localhost")), QueryParameters.parse(""));
    }

    static AbstractThrowableAssert<?, ?> assertS3Error(ThrowingCallable call, S3ErrorCode code) {
        return assertThatThrownBy(call).isInstanceOfSatisfying(S3Exception.class,
                e -> org.assertj.core.api.Assertions.assertThat(e.code()).isEqualTo(code));
    }

    static byte[] md5(byte[] data) {
        return digest("MD5", data);
    }

    static byte[] sha256(byte[] data) {
        return digest("SHA-256", data);
    }

    private static byte[] digest(String algorithm, byte[] data) {
        try {
            return MessageDigest.getInstance(algorithm).digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
