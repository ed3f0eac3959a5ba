package dev.pail.internal.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pail.internal.events.AccessLogKeys.KeyFormat;
import dev.pail.internal.events.AccessLogKeys.LogSource;
import dev.pail.internal.events.AccessLogKeys.LogTarget;
import java.time.Instant;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The keys of delivered log objects ("Log object key format", API_PartitionedPrefix, API_SimplePrefix). */
class AccessLogKeysTest {

    private static final LogSource SOURCE = new LogSource("123456789012", "us-east-1", "source-bucket");
    private static final Instant EVENT = Instant.parse("2024-01-02T23:59:58.750Z");
    private static final Instant DELIVERY = Instant.parse("2024-01-03T04:05:06.999Z");
    private static final String UNIQUE = "E568B2907131C0C0";

    private static LogTarget target(String prefix, KeyFormat format) {
        return new LogTarget("log-bucket", prefix, format, SOURCE);
    }

    @Test
    void theDocumentedSimplePrefixKey() {
        assertThat(AccessLogKeys.simpleKey("logs/", Instant.parse("2013-11-01T21:32:16Z"), UNIQUE))
                .isEqualTo("logs/2013-11-01-21-32-16-E568B2907131C0C0");
    }

    @Test
    void aSimplePrefixKeyCarriesTheDeliveryTimeNotTheEventTime() {
        assertThat(AccessLogKeys.key(target("logs/", KeyFormat.SIMPLE_PREFIX), EVENT, DELIVERY, UNIQUE))
                .isEqualTo("logs/2024-01-03-04-05-06-E568B2907131C0C0");
    }

    @Test
    void theTargetPrefixIsPrependedAsIsEvenWithoutASlashOrEmpty() {
        assertThat(AccessLogKeys.key(target("", KeyFormat.SIMPLE_PREFIX), EVENT, DELIVERY, UNIQUE))
                .isEqualTo("2024-01-03-04-05-06-E568B2907131C0C0");
        assertThat(AccessLogKeys.key(target("mylog-", KeyFormat.SIMPLE_PREFIX), EVENT, DELIVERY, UNIQUE))
                .isEqualTo("mylog-2024-01-03-04-05-06-E568B2907131C0C0");
    }

    @Test
    void aPartitionedDeliveryTimeKeyIsPartitionedByTheDeliveryDay() {
        assertThat(AccessLogKeys.key(target("logs/", KeyFormat.PARTITIONED_DELIVERY_TIME), EVENT, DELIVERY, UNIQUE))
                .isEqualTo("logs/123456789012/us-east-1/source-bucket/2024/01/03/2024-01-03-04-05-06-E568B2907131C0C0");
    }

    @Test
    void aPartitionedEventTimeKeyNamesTheEventDayAtMidnight() {
        assertThat(AccessLogKeys.key(target("logs/", KeyFormat.PARTITIONED_EVENT_TIME), EVENT, DELIVERY, UNIQUE))
                .isEqualTo("logs/123456789012/us-east-1/source-bucket/2024/01/02/2024-01-02-00-00-00-E568B2907131C0C0");
    }

    @Test
    void theKeyTimeFollowsThePartitionDateSource() {
        assertThat(AccessLogKeys.keyTime(KeyFormat.PARTITIONED_EVENT_TIME, EVENT, DELIVERY))
                .isEqualTo(Instant.parse("2024-01-02T00:00:00Z"));
        assertThat(AccessLogKeys.keyTime(KeyFormat.PARTITIONED_DELIVERY_TIME, EVENT, DELIVERY))
                .isEqualTo(Instant.parse("2024-01-03T04:05:06Z"));
        assertThat(AccessLogKeys.keyTime(KeyFormat.SIMPLE_PREFIX, null, DELIVERY))
                .isEqualTo(Instant.parse("2024-01-03T04:05:06Z"));
        assertThat(KeyFormat.SIMPLE_PREFIX.isPartitioned()).isFalse();
        assertThat(KeyFormat.PARTITIONED_EVENT_TIME.isPartitioned()).isTrue();
    }

    @Test
    void uniqueStringsAreSixteenUpperCaseHexDigitsAndDiffer() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String unique = AccessLogKeys.uniqueString();
            assertThat(unique).matches("[0-9A-F]{16}");
            assertThat(AccessLogKeys.isUniqueString(unique)).isTrue();
            seen.add(unique);
        }
        assertThat(seen).hasSize(200);
    }

    @Test
    void aSeededGeneratorGivesReproducibleUniqueStrings() {
        assertThat(AccessLogKeys.uniqueString(new Random(42))).isEqualTo(AccessLogKeys.uniqueString(new Random(42)))
                .hasSize(AccessLogKeys.UNIQUE_STRING_LENGTH);
    }

    @Test
    void aMalformedUniqueStringIsRejected() {
        assertThat(AccessLogKeys.isUniqueString("e568b2907131c0c0")).isFalse();
        assertThat(AccessLogKeys.isUniqueString("E568B2907131C0C")).isFalse();
        assertThat(AccessLogKeys.isUniqueString(null)).isFalse();
        assertThatThrownBy(() -> AccessLogKeys.simpleKey("logs/", DELIVERY, "E568B2907131C0C0/"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTargetNeedsAllItsParts() {
        assertThatThrownBy(() -> new LogTarget("log-bucket", null, KeyFormat.SIMPLE_PREFIX, SOURCE))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new LogSource("123456789012", "us-east-1", null))
                .isInstanceOf(NullPointerException.class);
    }
}
