package dev.pail.internal.protocol;

import dev.pail.S3Operation;
import java.util.Optional;

/**
 * Authorizes one key of a request that acts on many (DeleteObjects): the request as a whole was let
 * through, and its handler asks for each key as S3 does, answering a refused key in its result.
 */
@FunctionalInterface
public interface KeyAuthorizer {

    /** Authorizes everything (before access control, and in tests of single handlers). */
    KeyAuthorizer ALLOW_ALL = (operation, key, versionId) -> { };

    /**
     * Checks that the request may apply {@code operation} to one key.
     *
     * @throws dev.pail.internal.error.S3Exception 403 {@code AccessDenied}, explained, when it may not
     */
    void check(S3Operation operation, String key, Optional<String> versionId);
}
