package dev.pail.internal.auth;

import java.util.Objects;
import java.util.Optional;

/**
 * What authentication established about a request.
 *
 * @param principal who the request is from
 * @param chunks    for a body with signed chunks, the chain that verifies them as it streams
 * @param detail    in words, how a request was served as someone other than its signature says
 *                  (lenient mode), for the journal
 */
public record AuthResult(Principal principal, Optional<ChunkSignatureChain> chunks, Optional<String> detail) {

    /** Validates the components. */
    public AuthResult {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(chunks, "chunks");
        Objects.requireNonNull(detail, "detail");
    }

    /** A principal without chunk signatures. */
    public static AuthResult of(Principal principal) {
        return new AuthResult(principal, Optional.empty(), Optional.empty());
    }
}
