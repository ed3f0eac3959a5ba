package dev.pail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PailBuilderTest {

    @Test
    void aBucketNameS3WouldRefuseFailsAtOnceNamingTheRule() {
        assertThatThrownBy(() -> Pail.builder().bucket("Invoices_2026"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"Invoices_2026\"").hasMessageContaining("upper-case");
        assertThatThrownBy(() -> Pail.builder().bucket("ok-name", "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 3 characters");
        assertThatThrownBy(() -> Pail.builder().bucket("192.168.0.1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("IP address");
        assertThat(Pail.builder().bucket("invoices-2026").build().buckets()).containsExactly("invoices-2026");
    }

    @Test
    void theDefaultsAreDocumentedValues() {
        PailConfig config = Pail.builder().build();
        assertThat(config.requestTimeout()).isEqualTo(Duration.ofSeconds(20));
        assertThat(config.retryBackoff()).contains(Duration.ofMillis(20));
        assertThat(config.bucketPrefix()).isEmpty();
        assertThat(config.journalMaxBytes()).isEqualTo(PailConfig.defaultJournalMaxBytes(config.maxStoredBytes()));
        assertThat(Pail.builder().sdkRetryBackoff().build().retryBackoff()).isEmpty();
    }

    @Test
    void theDefaultCapLeavesRoomAtEveryHeapSize() {
        long mib = 1 << 20;
        assertThat(PailConfig.defaultMaxStoredBytes(128 * mib)).isBetween(30 * mib, 45 * mib);
        assertThat(PailConfig.defaultMaxStoredBytes(256 * mib)).isBetween(100 * mib, 130 * mib);
        assertThat(PailConfig.defaultMaxStoredBytes(8192 * mib)).isBetween(4500 * mib, 5000 * mib);
        assertThat(PailConfig.defaultJournalMaxBytes(115 * mib)).isBetween(8 * mib, 64 * mib);
        assertThat(PailConfig.defaultJournalMaxBytes(4800 * mib)).isEqualTo(64 * mib);
    }
}
