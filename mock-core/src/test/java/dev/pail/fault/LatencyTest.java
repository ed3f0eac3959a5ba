package dev.pail.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pail.Pail;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The delays a latency setting produces, taken from its sequence directly rather than timed. */
class LatencyTest {

    @Test
    void noneAndFixedGiveTheSameDelayEveryTime() {
        assertThat(take(Latency.none().sequence(), 3)).containsOnly(Duration.ZERO);
        assertThat(Latency.none().isNone()).isTrue();
        assertThat(take(Latency.fixed(Duration.ofMillis(20)).sequence(), 3)).containsOnly(Duration.ofMillis(20));
        assertThat(Latency.fixed(Duration.ofMillis(20)).isNone()).isFalse();
    }

    @Test
    void theSameSeedGivesTheSameSequenceOfDelays() {
        Latency latency = Latency.uniform(Duration.ofMillis(5), Duration.ofMillis(40), 42);

        List<Duration> first = take(latency.sequence(), 50);
        List<Duration> second = take(Latency.uniform(Duration.ofMillis(5), Duration.ofMillis(40), 42).sequence(), 50);
        List<Duration> otherSeed = take(Latency.uniform(Duration.ofMillis(5), Duration.ofMillis(40), 43).sequence(), 50);

        assertThat(first).isEqualTo(second).isNotEqualTo(otherSeed);
        assertThat(first).allSatisfy(d -> assertThat(d).isBetween(Duration.ofMillis(5), Duration.ofMillis(40)));
        assertThat(first).as("actually random").doesNotHaveDuplicates();
    }

    @Test
    void uniformDelaysCoverTheRange() {
        List<Duration> delays = take(Latency.uniform(Duration.ZERO, Duration.ofNanos(3), 1).sequence(), 200);
        assertThat(delays).containsOnly(Duration.ZERO, Duration.ofNanos(1), Duration.ofNanos(2), Duration.ofNanos(3));
        assertThat(delays).contains(Duration.ZERO, Duration.ofNanos(3));
    }

    @Test
    void annotationAttributesMapOntoLatencies() {
        assertThat(Latency.ofMillis(0, 0, 9)).isEqualTo(Latency.none());
        assertThat(Latency.ofMillis(15, 0, 9)).isEqualTo(Latency.fixed(Duration.ofMillis(15)));
        assertThat(Latency.ofMillis(15, 10, 9)).isEqualTo(Latency.uniform(Duration.ofMillis(15), Duration.ofMillis(25), 9));
        assertThatThrownBy(() -> Latency.ofMillis(15, -1, 9)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theBuilderCarriesTheLatencyIntoTheConfiguration() {
        Latency latency = Latency.uniform(Duration.ofMillis(1), Duration.ofMillis(2), 3);
        assertThat(Pail.builder().latency(latency).build().latency()).isEqualTo(latency);
        assertThat(Pail.builder().build().latency()).isEqualTo(Latency.none());
    }

    @Test
    void latenciesDescribeThemselves() {
        assertThat(Latency.none()).hasToString("no latency");
        assertThat(Latency.fixed(Duration.ofMillis(20))).hasToString("latency 20ms");
        assertThat(Latency.uniform(Duration.ofMillis(5), Duration.ofSeconds(1), 42)).hasToString("latency 5ms..1s (seed 42)");
    }

    @Test
    void nonsenseIsRejected() {
        assertThatThrownBy(() -> Latency.fixed(Duration.ofMillis(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Latency.uniform(Duration.ofMillis(5), Duration.ofMillis(4), 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<Duration> take(Supplier<Duration> sequence, int count) {
        return Stream.generate(sequence).limit(count).toList();
    }
}
