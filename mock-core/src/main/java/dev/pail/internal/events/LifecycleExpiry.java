package dev.pail.internal.events;

import java.time.Instant;
import java.util.Objects;

/**
 * When a lifecycle rule expires an object or aborts a multipart upload, as S3 reports it in
 * {@code x-amz-expiration} ({@code expiry-date="...", rule-id="..."}) and in
 * {@code x-amz-abort-date} / {@code x-amz-abort-rule-id}.
 *
 * @param date   when
 * @param ruleId the rule
 */
public record LifecycleExpiry(Instant date, String ruleId) {

    /** Validates the components. */
    public LifecycleExpiry {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(ruleId, "ruleId");
    }
}
