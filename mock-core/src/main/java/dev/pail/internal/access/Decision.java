package dev.pail.internal.access;

import java.util.Objects;
import java.util.Optional;

/**
 * Access control's answer, with what decided it in words for the request journal.
 *
 * @param allowed whether the request may go on
 * @param reason  what decided it, e.g. {@code bucket policy statement "Partner" allows s3:GetObject}
 */
public record Decision(boolean allowed, String reason) {

    /** Validates the components. */
    public Decision {
        Objects.requireNonNull(reason, "reason");
    }

    /** A yes. */
    public static Decision allow(String reason) {
        return new Decision(true, reason);
    }

    /** A no. */
    public static Decision deny(String reason) {
        return new Decision(false, reason);
    }

    /** The refusal to answer with when not allowed. */
    public Optional<Refusal> refusal() {
        return allowed ? Optional.empty() : Optional.of(Refusal.accessDenied(reason));
    }
}
