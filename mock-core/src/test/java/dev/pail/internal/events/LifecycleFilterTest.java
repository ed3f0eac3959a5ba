package dev.pail.internal.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LifecycleFilterTest {

    @Test
    void theEmptyFilterMatchesEverything() {
        assertThat(LifecycleFilter.all().matches("any/key", 0, Map.of())).isTrue();
        assertThat(LifecycleFilter.all().matches("", 5_000_000, Map.of("a", "b"))).isTrue();
        assertThat(LifecycleFilter.all().matchesDeleteMarker("x")).isTrue();
        assertThat(LifecycleFilter.all().matchesUpload("x")).isTrue();
    }

    @Test
    void aPrefixIsAStartOfTheKey() {
        LifecycleFilter logs = LifecycleFilter.prefix("logs/");
        assertThat(logs.matches("logs/a.txt", 1, Map.of())).isTrue();
        assertThat(logs.matches("logs/", 1, Map.of())).isTrue();
        assertThat(logs.matches("example.jpg", 1, Map.of())).isFalse();
        assertThat(logs.matches("old/logs/a.txt", 1, Map.of())).isFalse();
        assertThat(logs.matches("Logs/a.txt", 1, Map.of())).isFalse();
    }

    @Test
    void everyTagMustBePresentWithItsValueAndMoreTagsDoNotMatter() {
        LifecycleFilter tagged = LifecycleFilter.all().withTag("k1", "v1").withTag("k2", "v2");
        assertThat(tagged.matches("a", 1, Map.of("k1", "v1", "k2", "v2"))).isTrue();
        assertThat(tagged.matches("a", 1, Map.of("k1", "v1", "k2", "v2", "k3", "v3"))).isTrue();
        assertThat(tagged.matches("a", 1, Map.of("k1", "v1"))).isFalse();
        assertThat(tagged.matches("a", 1, Map.of("k1", "v1", "k2", "other"))).isFalse();
        assertThat(tagged.matches("a", 1, Map.of())).isFalse();
    }

    @Test
    void aTagWithoutValueMatchesOnlyAnEmptyValue() {
        LifecycleFilter keyOnly = LifecycleFilter.all().withTag("flag", "");
        assertThat(keyOnly.matches("a", 1, Map.of("flag", ""))).isTrue();
        assertThat(keyOnly.matches("a", 1, Map.of("flag", "yes"))).isFalse();
        assertThat(keyOnly.matches("a", 1, Map.of())).isFalse();
    }

    @Test
    void sizeBoundsAreStrict() {
        LifecycleFilter range = LifecycleFilter.all().withSizeGreaterThan(500).withSizeLessThan(64_000);
        assertThat(range.matches("a", 500, Map.of())).isFalse();
        assertThat(range.matches("a", 501, Map.of())).isTrue();
        assertThat(range.matches("a", 63_999, Map.of())).isTrue();
        assertThat(range.matches("a", 64_000, Map.of())).isFalse();
        assertThat(range.hasSizeBounds()).isTrue();
        assertThat(LifecycleFilter.prefix("p").hasSizeBounds()).isFalse();
        assertThat(LifecycleFilter.all().withSizeLessThan(10).matches("a", 0, Map.of())).isTrue();
    }

    @Test
    void allConditionsMustHold() {
        LifecycleFilter filter = LifecycleFilter.prefix("tax/").withTag("k", "v").withSizeGreaterThan(10);
        assertThat(filter.matches("tax/doc", 11, Map.of("k", "v"))).isTrue();
        assertThat(filter.matches("doc", 11, Map.of("k", "v"))).isFalse();
        assertThat(filter.matches("tax/doc", 10, Map.of("k", "v"))).isFalse();
        assertThat(filter.matches("tax/doc", 11, Map.of())).isFalse();
    }

    @Test
    void deleteMarkersAndUploadsAreMatchedOnThePrefixAloneAndNeverByTaggedRules() {
        LifecycleFilter sized = LifecycleFilter.prefix("logs/").withSizeGreaterThan(1_000);
        assertThat(sized.matchesDeleteMarker("logs/a")).isTrue();
        assertThat(sized.matchesUpload("logs/a")).isTrue();
        assertThat(sized.matchesDeleteMarker("data/a")).isFalse();
        assertThat(sized.matchesUpload("data/a")).isFalse();
        LifecycleFilter tagged = LifecycleFilter.prefix("logs/").withTag("k", "v");
        assertThat(tagged.matchesDeleteMarker("logs/a")).isFalse();
        assertThat(tagged.matchesUpload("logs/a")).isFalse();
    }

    @Test
    void isImmutable() {
        LifecycleFilter base = LifecycleFilter.all();
        LifecycleFilter tagged = base.withTag("k", "v");
        assertThat(base.tags()).isEmpty();
        assertThat(tagged.tags()).containsExactly(Map.entry("k", "v"));
    }
}
