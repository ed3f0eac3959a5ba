package dev.pail.samples;

import static dev.pail.assertj.PailAssertions.assertThat;
import static dev.pail.verify.RequestPattern.putObject;

import dev.pail.Pail;
import dev.pail.testng.PailInject;
import dev.pail.testng.PailListener;
import dev.pail.testng.PailTest;
import java.time.LocalDate;
import org.testng.annotations.Listeners;
import org.testng.annotations.Test;
import software.amazon.awssdk.services.s3.S3Client;

/** The same application tested with TestNG. */
@Listeners(PailListener.class)
@PailTest(buckets = "reports")
public class ReportArchiveTestNgTest {

    @PailInject
    S3Client s3;

    @PailInject
    Pail pail;

    @Test(priority = 1)
    public void uploadsAndFetches() {
        ReportArchive archive = new ReportArchive(s3, "reports");
        String key = archive.upload(LocalDate.of(2026, 5, 4), "q2.csv", "dora", "q,2");

        assertThat(archive.fetch(key)).hasValue("q,2");
        pail.verify(putObject("reports", key).withHeader("x-amz-meta-report-date", "2026-05-04"));
    }

    /** Runs after the upload above, so a reset that did not happen would show its report here. */
    @Test(priority = 2)
    public void startsEachTestWithAnEmptyBucket() {
        assertThat(new ReportArchive(s3, "reports").listMonth(2026, 5)).isEmpty();
        assertThat(pail.requests()).hasSize(1);
    }
}
