package dev.pail.samples;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Keeps generated reports in an S3 bucket under {@code reports/yyyy/MM/dd/<name>}, with the report
 * date and author as metadata: upload, list a day or a month, fetch, and purge old reports.
 */
public final class ReportArchive {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd");

    private final S3Client s3;
    private final String bucket;

    /**
     * @param s3     the client to use (its retry policy decides how throttling is retried)
     * @param bucket the bucket holding the reports
     */
    public ReportArchive(S3Client s3, String bucket) {
        this.s3 = Objects.requireNonNull(s3, "s3");
        this.bucket = Objects.requireNonNull(bucket, "bucket");
    }

    /** Stores a CSV report and returns its key. */
    public String upload(LocalDate date, String name, String author, String csv) {
        String key = keyFor(date, name);
        s3.putObject(b -> b.bucket(bucket).key(key)
                        .contentType("text/csv; charset=utf-8")
                        .metadata(Map.of("report-date", date.toString(), "author", author)),
                RequestBody.fromString(csv, StandardCharsets.UTF_8));
        return key;
    }

    /** The keys of every report of a day, in order. */
    public List<String> listDay(LocalDate date) {
        return list("reports/" + DAY.format(date) + "/");
    }

    /** The keys of every report of a month, in order (however many pages that takes). */
    public List<String> listMonth(int year, int month) {
        return list(String.format("reports/%04d/%02d/", year, month));
    }

    /** A report's content, if it exists. */
    public Optional<String> fetch(String key) {
        try {
            return Optional.of(s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asUtf8String());
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        }
    }

    /** Deletes every report dated before {@code cutoff}; returns how many were deleted. */
    public int purgeBefore(LocalDate cutoff) {
        String boundary = keyFor(cutoff, "");
        int deleted = 0;
        for (String key : list("reports/")) {
            if (key.compareTo(boundary) < 0) {
                s3.deleteObject(b -> b.bucket(bucket).key(key));
                deleted++;
            }
        }
        return deleted;
    }

    private List<String> list(String prefix) {
        List<String> keys = new ArrayList<>();
        s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix)).contents().stream()
                .map(S3Object::key)
                .forEach(keys::add);
        return keys;
    }

    static String keyFor(LocalDate date, String name) {
        return "reports/" + DAY.format(date) + "/" + name;
    }
}
