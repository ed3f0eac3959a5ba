package dev.pail.internal.store;

import static dev.pail.internal.store.StoreFixtures.at;
import static dev.pail.internal.store.StoreFixtures.bucket;
import static dev.pail.internal.store.StoreFixtures.draft;
import static dev.pail.internal.store.StoreFixtures.ifMatch;
import static dev.pail.internal.store.StoreFixtures.ifNoneMatchAny;
import static dev.pail.internal.store.StoreFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WriteConditionTest {

    private final Bucket bucket = bucket();

    @Test
    void noneIsNotConditional() {
        assertThat(WriteCondition.NONE.isConditional()).isFalse();
        assertThat(ifNoneMatchAny().isConditional()).isTrue();
        assertThat(ifMatch("x").isConditional()).isTrue();
    }

    @Test
    void ifNoneMatchAnySucceedsOnMissingKey() {
        ObjectVersion written = bucket.put("k", draft("one"), ifNoneMatchAny(), at(1));
        assertThat(bucket.latest("k")).contains(written);
    }

    @Test
    void ifNoneMatchAnyFailsOnExistingObjectAndKeepsIt() {
        bucket.put("k", draft("one"), WriteCondition.NONE, at(1));
        assertStoreFailure(() -> bucket.put("k", draft("two"), ifNoneMatchAny(), at(2)),
                StoreException.Reason.PRECONDITION_FAILED, "If-None-Match");
        assertThat(text(bucket.latest("k").orElseThrow())).isEqualTo("one");
    }

    @Test
    void ifNoneMatchAnySucceedsWhenLatestIsADeleteMarker() {
        bucket.setVersioning(VersioningState.ENABLED);
        bucket.put("k", draft("one"), WriteCondition.NONE, at(1));
        bucket.delete("k", Optional.empty(), WriteCondition.NONE, at(2));
        ObjectVersion written = bucket.put("k", draft("two"), ifNoneMatchAny(), at(3));
        assertThat(bucket.latest("k")).contains(written);
        assertThat(bucket.keys().get("k").versions()).hasSize(3);
    }

    @ParameterizedTest(name = "If-Match: {0}")
    @ValueSource(strings = {"\"etag-one\"", "etag-one", "*", "other, \"etag-one\"", "\"a\",etag-one,\"b\"",
        " \"etag-one\" ", "W/\"etag-one\""})
    void ifMatchSucceedsWhenTheEtagMatches(String condition) {
        bucket.put("k", draft("one"), WriteCondition.NONE, at(1));
        bucket.put("k", draft("two"), ifMatch(condition), at(2));
        assertThat(text(bucket.latest("k").orElseThrow())).isEqualTo("two");
    }

    @ParameterizedTest(name = "If-Match: {0}")
    @ValueSource(strings = {"\"etag-two\"", "etag-on", "\"a\", \"b\"", "\"etag-one", ""})
    void ifMatchFailsWhenNoEtagMatches(String condition) {
        bucket.put("k", draft("one"), WriteCondition.NONE, at(1));
        assertStoreFailure(() -> bucket.put("k", draft("two"), ifMatch(condition), at(2)),
                StoreException.Reason.PRECONDITION_FAILED, "If-Match");
        assertThat(text(bucket.latest("k").orElseThrow())).isEqualTo("one");
    }

    @Test
    void ifMatchOnMissingKeyIsNoSuchKeyNamingTheKey() {
        assertStoreFailure(() -> bucket.put("dir/k", draft("one"), ifMatch("*"), at(1)),
                StoreException.Reason.NO_SUCH_KEY, "dir/k");
        assertThat(bucket.isEmpty()).isTrue();
    }

    @Test
    void ifMatchWhenLatestIsADeleteMarkerIsNoSuchKey() {
        bucket.setVersioning(VersioningState.ENABLED);
        bucket.put("k", draft("one"), WriteCondition.NONE, at(1));
        bucket.delete("k", Optional.empty(), WriteCondition.NONE, at(2));
        assertStoreFailure(() -> bucket.put("k", draft("two"), ifMatch("\"etag-one\""), at(3)),
                StoreException.Reason.NO_SUCH_KEY, "k");
        assertThat(bucket.keys().get("k").versions()).hasSize(2);
    }

    @Test
    void conditionalDeleteChecksTheCurrentObject() {
        bucket.put("k", draft("one"), WriteCondition.NONE, at(1));
        assertStoreFailure(() -> bucket.delete("k", Optional.empty(), ifMatch("\"nope\""), at(2)),
                StoreException.Reason.PRECONDITION_FAILED, "If-Match");
        assertThat(bucket.latest("k")).isPresent();
        bucket.delete("k", Optional.empty(), ifMatch("\"etag-one\""), at(3));
        assertThat(bucket.latest("k")).isEmpty();
    }

    @Test
    void conditionalDeleteOfMissingKeyIsNoSuchKey() {
        assertStoreFailure(() -> bucket.delete("gone", Optional.empty(), ifMatch("*"), at(1)),
                StoreException.Reason.NO_SUCH_KEY, "gone");
        bucket.setVersioning(VersioningState.ENABLED);
        assertStoreFailure(() -> bucket.delete("gone", Optional.empty(), ifMatch("*"), at(1)),
                StoreException.Reason.NO_SUCH_KEY, "gone");
        assertThat(bucket.isEmpty()).isTrue();
    }

    @Test
    void etagsMatchIgnoringQuotesAndWhitespaceInLists() {
        assertThat(ETags.matches("\"abc\"", "\"abc\"")).isTrue();
        assertThat(ETags.matches("abc", "\"abc\"")).isTrue();
        assertThat(ETags.matches("\"abc\"", "abc")).isTrue();
        assertThat(ETags.matches("x, abc ,y", "\"abc\"")).isTrue();
        assertThat(ETags.matches("*", "\"anything\"")).isTrue();
        assertThat(ETags.matches("\"*\"", "\"anything\"")).isTrue();
        assertThat(ETags.matches("abcd", "\"abc\"")).isFalse();
        assertThat(ETags.matches("ABC", "\"abc\"")).isFalse();
    }

    @Test
    void etagsQuoteAndUnquote() {
        assertThat(ETags.quote("abc")).isEqualTo("\"abc\"");
        assertThat(ETags.unquote("\"abc\"")).isEqualTo("abc");
        assertThat(ETags.unquote("W/\"abc\"")).isEqualTo("abc");
        assertThat(ETags.unquote("abc")).isEqualTo("abc");
        assertThat(ETags.unquote("\"")).isEqualTo("\"");
        assertThat(ETags.unquote("\"\"")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"UNVERSIONED", "ENABLED"})
    void racingIfNoneMatchPutsHaveExactlyOneWinner(VersioningState state) throws Exception {
        if (state != VersioningState.UNVERSIONED) {
            bucket.setVersioning(state);
        }
        int threads = 16;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int round = 0; round < 20; round++) {
                String key = "race-" + round;
                CountDownLatch ready = new CountDownLatch(threads);
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Optional<ObjectVersion>>> results = new ArrayList<>();
                for (int i = 0; i < threads; i++) {
                    String content = "writer-" + i;
                    results.add(pool.submit(() -> {
                        ready.countDown();
                        start.await();
                        try {
                            return Optional.of(bucket.put(key, draft(content), ifNoneMatchAny(), at(1)));
                        } catch (StoreException e) {
                            assertThat(e.reason()).isEqualTo(StoreException.Reason.PRECONDITION_FAILED);
                            return Optional.<ObjectVersion>empty();
                        }
                    }));
                }
                assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
                start.countDown();
                List<ObjectVersion> winners = new ArrayList<>();
                for (Future<Optional<ObjectVersion>> result : results) {
                    result.get(30, TimeUnit.SECONDS).ifPresent(winners::add);
                }
                assertThat(winners).as("round %d", round).hasSize(1);
                ObjectVersion winner = winners.get(0);
                assertThat(bucket.keys().get(key).versions()).containsExactly(winner);
                assertThat(text(bucket.latest(key).orElseThrow())).isEqualTo(text(winner));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertStoreFailure(ThrowingCallable call, StoreException.Reason reason, String subject) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.subject()).isEqualTo(subject);
                });
    }
}
