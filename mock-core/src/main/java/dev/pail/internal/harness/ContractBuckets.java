package dev.pail.internal.harness;

import dev.pail.Pail;
import java.util.List;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** Contract mode's set-up: creates the declared buckets that do not exist; never deletes anything on a real store. */
public final class ContractBuckets {

    private ContractBuckets() {
    }

    /** Creates each bucket that HeadBucket does not find. */
    public static void ensure(Pail pail, List<String> buckets) {
        S3Client s3 = pail.client();
        for (String bucket : buckets) {
            try {
                s3.headBucket(b -> b.bucket(bucket));
            } catch (S3Exception e) {
                if (e.statusCode() != 404) {
                    throw e;
                }
                s3.createBucket(b -> b.bucket(bucket));
            }
        }
    }
}
