package dev.pail.assertj;

import dev.pail.S3ErrorCode;
import dev.pail.S3Operation;
import dev.pail.recording.RecordedRequest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/** Assertions on one recorded request. */
public final class RecordedRequestAssert extends AbstractAssert<RecordedRequestAssert, RecordedRequest> {

    RecordedRequestAssert(RecordedRequest actual) {
        super(actual, RecordedRequestAssert.class);
    }

    /** Verifies the response status. */
    public RecordedRequestAssert hasStatus(int status) {
        isNotNull();
        if (actual.status() != status) {
            throw failureWithActualExpected(actual.status(), status, "%nExpecting %s%nto have status %d but was %d",
                    actual, status, actual.status());
        }
        return myself;
    }

    /** Verifies the operation. */
    public RecordedRequestAssert hasOperation(S3Operation operation) {
        isNotNull();
        if (actual.operation() != operation) {
            throw failureWithActualExpected(actual.operation(), operation, "%nExpecting %s%nto be %s but was %s",
                    actual, operation, actual.operation());
        }
        return myself;
    }

    /** Verifies the object key. */
    public RecordedRequestAssert hasKey(String key) {
        isNotNull();
        String found = actual.key().orElse(null);
        if (!Objects.equals(found, key)) {
            throw failureWithActualExpected(found, key, "%nExpecting %s%nto have key %s but was %s",
                    actual, key, found == null ? "(none)" : found);
        }
        return myself;
    }

    /** Verifies a request header's (first) value; the name is case-insensitive. */
    public RecordedRequestAssert hasHeader(String name, String value) {
        isNotNull();
        String found = actual.header(name).orElse(null);
        if (!Objects.equals(found, value)) {
            throw failureWithActualExpected(found, value, "%nExpecting %s%nto have header %s: %s but was %s",
                    actual, name, value, found == null ? "(absent)" : found);
        }
        return myself;
    }

    /** Verifies a request header is present. */
    public RecordedRequestAssert hasHeader(String name) {
        isNotNull();
        if (actual.header(name).isEmpty()) {
            throw failure("%nExpecting %s%nto have header %s, but it had: %s", actual, name, actual.headers().keySet());
        }
        return myself;
    }

    /** Verifies a query parameter's value. */
    public RecordedRequestAssert hasQueryParameter(String name, String value) {
        isNotNull();
        String found = actual.queryParameter(name).orElse(null);
        if (!Objects.equals(found, value)) {
            throw failureWithActualExpected(found, value, "%nExpecting %s%nto have query parameter %s=%s but was %s",
                    actual, name, value, found == null ? "(absent)" : found);
        }
        return myself;
    }

    /** Verifies the decoded body, byte for byte (the body must be within the capture limit). */
    public RecordedRequestAssert hasBody(byte[] body) {
        isNotNull();
        if (actual.isBodyTruncated() || !Arrays.equals(actual.body(), body)) {
            throw failureWithActualExpected(actual.body(), body, "%nExpecting %s%nto have a body of %d bytes%s",
                    actual, body.length, actual.isBodyTruncated()
                            ? " but its body of " + actual.bodySize() + " bytes was captured only in part"
                            : " but it differs (" + actual.body().length + " bytes)");
        }
        return myself;
    }

    /** Verifies the decoded body as UTF-8 text. */
    public RecordedRequestAssert hasUtf8Body(String body) {
        isNotNull();
        String found = actual.bodyAsUtf8();
        if (actual.isBodyTruncated() || !found.equals(body)) {
            throw failureWithActualExpected(found, body, "%nExpecting %s%nto have body%n  %s%nbut was%n  %s",
                    actual, body, found);
        }
        return myself;
    }

    /** Verifies the S3 error code of the response, by its wire name (null: no error code). */
    public RecordedRequestAssert hasErrorCode(String code) {
        isNotNull();
        String found = actual.errorCode().map(S3ErrorCode::code).orElse(null);
        if (!Objects.equals(found, code)) {
            throw failureWithActualExpected(found, code, "%nExpecting %s%nto have error code %s but was %s",
                    actual, code, found == null ? "(none)" : found);
        }
        return myself;
    }

    /** Verifies the S3 error code of the response. */
    public RecordedRequestAssert hasErrorCode(S3ErrorCode code) {
        return hasErrorCode(code.code());
    }

    /** Verifies the captured body decoded as UTF-8 contains a text. */
    public RecordedRequestAssert hasBodyContaining(String text) {
        isNotNull();
        if (!new String(actual.body(), StandardCharsets.UTF_8).contains(text)) {
            throw failure("%nExpecting the body of %s%nto contain%n  %s%nbut was%n  %s", actual, text, actual.bodyAsUtf8());
        }
        return myself;
    }
}
