package dev.pail.samples;

import static dev.pail.S3Operation.PUT_OBJECT;
import static dev.pail.assertj.PailAssertions.assertThat;
import static dev.pail.verify.RequestPattern.putObject;

import dev.pail.Pail;
import dev.pail.junit5.PailTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

@PailTest(buckets = "reports")
class ReportArchiveTest {

    @Test
    void uploadsReportsUnderTheirDateWithMetadata(S3Client s3, Pail pail) {
        ReportArchive archive = new ReportArchive(s3, "reports");

        String key = archive.upload(LocalDate.of(2026, 11, 24), "sales.csv", "alice", "region,total\neu,42\n");

        assertThat(key).isEqualTo("reports/2026/11/24/sales.csv");
        assertThat(archive.fetch(key)).hasValue("region,total\neu,42\n");
        pail.verify(putObject("reports", key)
                .withHeader("content-type", "text/csv; charset=utf-8")
                .withHeader("x-amz-meta-author", "alice"));
        assertThat(pail.requests()).filteredOn(r -> r.operation() == PUT_OBJECT).hasSize(1);
    }
}
