package dev.pail.internal.store;

import java.util.Optional;

/**
 * A precondition checked atomically with a write: S3's {@code If-None-Match: *} and {@code If-Match}.
 *
 * @param ifNoneMatchAny the write succeeds only if the key has no current object
 * @param ifMatch        the write succeeds only if the current object's ETag matches (quotes optional)
 */
public record WriteCondition(boolean ifNoneMatchAny, Optional<String> ifMatch) {

    /** No precondition. */
    public static final WriteCondition NONE = new WriteCondition(false, Optional.empty());

    /** Whether any precondition is set. */
    public boolean isConditional() {
        return ifNoneMatchAny || ifMatch.isPresent();
    }

    /**
     * Checks the condition against the current version (a delete marker counts as absent).
     *
     * @throws StoreException with {@link StoreException.Reason#PRECONDITION_FAILED} or
     *                        {@link StoreException.Reason#NO_SUCH_KEY} when it does not hold
     */
    void check(String key, Optional<ObjectVersion> current) {
        Optional<ObjectVersion> live = current.filter(v -> !v.deleteMarker());
        if (ifNoneMatchAny && live.isPresent()) {
            throw new StoreException(StoreException.Reason.PRECONDITION_FAILED, "If-None-Match");
        }
        if (ifMatch.isPresent()) {
            if (live.isEmpty()) {
                throw new StoreException(StoreException.Reason.NO_SUCH_KEY, key);
            }
            if (!ETags.matches(ifMatch.get(), live.get().etag())) {
                throw new StoreException(StoreException.Reason.PRECONDITION_FAILED, "If-Match");
            }
        }
    }
}
