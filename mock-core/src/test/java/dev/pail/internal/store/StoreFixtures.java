package dev.pail.internal.store;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Drafts and times for store tests. */
final class StoreFixtures {

    static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");

    private StoreFixtures() {
    }

    /** A draft whose content is the text and whose ETag is the quoted text with an "etag-" prefix. */
    static ObjectDraft draft(String text) {
        return new ObjectDraft(Blob.wrap(text.getBytes(StandardCharsets.UTF_8)), ETags.quote("etag-" + text),
                ObjectMetadata.defaults(), Optional.empty(), List.of());
    }

    static String text(ObjectVersion version) {
        return new String(version.content().toByteArray(), StandardCharsets.UTF_8);
    }

    static Instant at(int seconds) {
        return T0.plusSeconds(seconds);
    }

    static Bucket bucket() {
        return new Store().createBucket("bucket", "us-east-1", T0);
    }

    static WriteCondition ifMatch(String value) {
        return new WriteCondition(false, Optional.of(value));
    }

    static WriteCondition ifNoneMatchAny() {
        return new WriteCondition(true, Optional.empty());
    }
}
