package dev.pail.internal.harness;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Contract mode's buckets, through the S3 API: the declared buckets are created when missing,
 * emptied before each test (objects, versions, delete markers and multipart uploads), and those it
 * created are deleted when the test class ends, so a run leaves a real store as it found it.
 */
public final class ContractBuckets {

    private ContractBuckets() {
    }

    /**
     * Creates each bucket that does not exist.
     *
     * @return the buckets it created
     */
    public static List<String> ensure(S3Client s3, List<String> buckets) {
        List<String> created = new ArrayList<>();
        for (String bucket : buckets) {
            if (!exists(s3, bucket)) {
                s3.createBucket(b -> b.bucket(bucket));
                created.add(bucket);
            }
        }
        return created;
    }

    /** Removes every object version, delete marker and multipart upload from each bucket that exists. */
    public static void empty(S3Client s3, List<String> buckets) {
        for (String bucket : buckets) {
            if (exists(s3, bucket)) {
                emptyOne(s3, bucket);
            }
        }
    }

    /** Empties and deletes each bucket. */
    public static void delete(S3Client s3, List<String> buckets) {
        for (String bucket : buckets) {
            if (exists(s3, bucket)) {
                emptyOne(s3, bucket);
                s3.deleteBucket(b -> b.bucket(bucket));
            }
        }
    }

    private static void emptyOne(S3Client s3, String bucket) {
        s3.listMultipartUploadsPaginator(b -> b.bucket(bucket)).uploads().forEach(upload ->
                s3.abortMultipartUpload(b -> b.bucket(bucket).key(upload.key()).uploadId(upload.uploadId())));
        List<ObjectIdentifier> batch = new ArrayList<>();
        s3.listObjectVersionsPaginator(b -> b.bucket(bucket)).forEach(page -> {
            page.versions().forEach(v -> batch.add(ObjectIdentifier.builder().key(v.key()).versionId(v.versionId()).build()));
            page.deleteMarkers().forEach(m -> batch.add(ObjectIdentifier.builder().key(m.key()).versionId(m.versionId())
                    .build()));
        });
        for (int from = 0; from < batch.size(); from += 1000) {
            List<ObjectIdentifier> chunk = batch.subList(from, Math.min(batch.size(), from + 1000));
            s3.deleteObjects(b -> b.bucket(bucket).delete(d -> d.objects(chunk).quiet(true)));
        }
    }

    private static boolean exists(S3Client s3, String bucket) {
        try {
            s3.headBucket(b -> b.bucket(bucket));
            return true;
        } catch (NoSuchBucketException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw e;
        }
    }
}
