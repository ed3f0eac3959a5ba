package dev.pail.samples;

import static dev.pail.verify.RequestPattern.deleteObject;
import static dev.pail.verify.RequestPattern.keyStartingWith;
import static dev.pail.verify.Times.times;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pail.Pail;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Pail without any test-framework integration: start it, use it, close it. */
class ReportArchivePlainTest {

    @Test
    void purgesOldReports() {
        try (Pail pail = Pail.builder().bucket("reports").start()) {
            ReportArchive archive = new ReportArchive(pail.client(), "reports");
            archive.upload(LocalDate.of(2025, 12, 31), "old.csv", "ed", "old");
            archive.upload(LocalDate.of(2026, 1, 1), "new.csv", "ed", "new");

            assertThat(archive.purgeBefore(LocalDate.of(2026, 1, 1))).isEqualTo(1);

            assertThat(archive.listMonth(2026, 1)).containsExactly("reports/2026/01/01/new.csv");
            pail.verify(times(1), deleteObject("reports", keyStartingWith("reports/2025/")));
        }
    }
}
