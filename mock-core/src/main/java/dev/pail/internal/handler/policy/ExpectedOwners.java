package dev.pail.internal.handler.policy;

import dev.pail.User;
import java.util.Optional;

/**
 * {@code x-amz-expected-bucket-owner} and {@code x-amz-source-expected-bucket-owner}: a request naming
 * an account that does not own the bucket is refused with 403 {@code AccessDenied}, as S3 does
 * ("Verifying bucket ownership with bucket owner condition").
 */
final class ExpectedOwners {

    private ExpectedOwners() {
    }

    /** Refuses the request when the header names another account than the owner's. */
    static void check(Optional<String> expected, User owner, String which) {
        if (expected.isPresent() && !expected.get().trim().equals(owner.accountId())) {
            throw RequestAuthorizer.refused("x-amz-" + which.replace(" ", "-") + "expected-bucket-owner is "
                    + expected.get().trim() + " but the " + which + "bucket is owned by account " + owner.accountId());
        }
    }
}
