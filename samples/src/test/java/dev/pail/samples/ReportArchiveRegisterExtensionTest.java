package dev.pail.samples;

import static dev.pail.assertj.PailAssertions.assertThat;
import static dev.pail.verify.RequestPattern.getObject;

import dev.pail.junit5.PailExtension;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The programmatic registration: one server for the class, configured in code. */
class ReportArchiveRegisterExtensionTest {

    @RegisterExtension
    static PailExtension s3 = PailExtension.builder().bucket("archive").region("eu-west-1").strict(true).build();

    @Test
    void aMissingReportIsEmptyNotAnError() {
        ReportArchive archive = new ReportArchive(s3.client(), "archive");

        assertThat(archive.fetch("reports/2026/01/01/none.csv")).isEmpty();

        s3.pail().verify(getObject("archive", "reports/2026/01/01/none.csv"));
        assertThat(s3.pail().requests()).singleElement().hasStatus(404).hasErrorCode("NoSuchKey");
    }

    @Test
    void listsADay() {
        ReportArchive archive = new ReportArchive(s3.client(), "archive");
        archive.upload(LocalDate.of(2026, 3, 1), "b.csv", "bob", "2");
        archive.upload(LocalDate.of(2026, 3, 1), "a.csv", "ann", "1");
        archive.upload(LocalDate.of(2026, 3, 2), "c.csv", "cid", "3");

        assertThat(archive.listDay(LocalDate.of(2026, 3, 1)))
                .containsExactly("reports/2026/03/01/a.csv", "reports/2026/03/01/b.csv");
    }
}
