package dev.pail.internal.store;

import java.util.Optional;

/**
 * What a delete did.
 *
 * @param versionId    the version id that was removed or of the delete marker that was created
 * @param deleteMarker whether the result is (or the removed version was) a delete marker
 * @param removed      the version that was removed, if one was
 */
public record DeleteOutcome(Optional<String> versionId, boolean deleteMarker, Optional<ObjectVersion> removed) {
}
