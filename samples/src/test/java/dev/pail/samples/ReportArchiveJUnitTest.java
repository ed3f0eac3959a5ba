package dev.pail.samples;

import static dev.pail.S3Operation.DELETE_OBJECT;
import static dev.pail.S3Operation.LIST_OBJECTS_V2;
import static dev.pail.assertj.PailAssertions.assertThat;
import static dev.pail.verify.RequestPattern.anyKey;
import static dev.pail.verify.RequestPattern.deleteObject;
import static dev.pail.verify.RequestPattern.keyStartingWith;
import static dev.pail.verify.Times.never;
import static dev.pail.verify.Times.times;

import dev.pail.Pail;
import dev.pail.junit5.PailInject;
import dev.pail.junit5.PailTest;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

/** The annotation with injected fields, seeded state, verification and a nested group of tests. */
@PailTest(buckets = "reports")
class ReportArchiveJUnitTest {

    @PailInject
    S3Client s3;

    @PailInject
    Pail pail;

    ReportArchive archive;

    @BeforeEach
    void seedThreeDays() {
        archive = new ReportArchive(s3, "reports");
        pail.seed()
                .object("reports", "reports/2026/10/31/old.csv", "a")
                .object("reports", "reports/2026/11/01/first.csv", "b")
                .object("reports", "reports/2026/11/02/second.csv", "c");
    }

    @Test
    void listsAMonthAcrossPages() {
        for (int i = 0; i < 1_500; i++) {
            pail.seed().object("reports", String.format("reports/2026/11/15/r%04d.csv", i), "x");
        }
        assertThat(archive.listMonth(2026, 11)).hasSize(1_502).isSorted();
        assertThat(pail.requests()).filteredOn(r -> r.operation() == LIST_OBJECTS_V2).hasSize(2);
    }

    @Test
    void purgesOnlyReportsBeforeTheCutoff() {
        int deleted = archive.purgeBefore(LocalDate.of(2026, 11, 1));

        org.assertj.core.api.Assertions.assertThat(deleted).isEqualTo(1);
        pail.verify(times(1), deleteObject("reports", keyStartingWith("reports/2026/10/")));
        pail.verify(never(), deleteObject("reports", keyStartingWith("reports/2026/11/")));
        assertThat(archive.listDay(LocalDate.of(2026, 10, 31))).isEmpty();
    }

    @Nested
    class WhenNothingIsOldEnough {
        @Test
        void purgeDeletesNothing() {
            org.assertj.core.api.Assertions.assertThat(archive.purgeBefore(LocalDate.of(2020, 1, 1))).isZero();
            pail.verify(never(), deleteObject("reports", anyKey()));
            assertThat(pail.requests()).noneMatch(r -> r.operation() == DELETE_OBJECT);
        }
    }
}
