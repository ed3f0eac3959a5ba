package dev.pail.it.robustness;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;

/**
 * Random writes, overwrites, copies, deletes, completed and aborted multipart uploads over a few
 * keys of one bucket, keeping the live data under {@code keys * maxSize} bytes. Any refusal (a 507
 * included) fails. Shared by {@link ChurnTest} and the soak main in {@code benchmarks/}.
 */
public final class Churn {

    private final S3Client s3;
    private final String bucket;
    private final int keys;
    private final int maxSize;
    private final Random random;
    private final Map<String, Integer> live = new HashMap<>();
    private long written;

    /**
     * @param s3      a client of the server
     * @param bucket  an existing bucket the churn owns
     * @param keys    how many keys it writes over
     * @param maxSize the largest object it writes
     * @param random  its choices
     */
    public Churn(S3Client s3, String bucket, int keys, int maxSize, Random random) {
        this.s3 = s3;
        this.bucket = bucket;
        this.keys = keys;
        this.maxSize = maxSize;
        this.random = random;
    }

    /** Goes on until {@code volume} more bytes went through; returns the bytes written in all. */
    public long run(long volume) {
        long target = written + volume;
        while (written < target) {
            step();
        }
        return written;
    }

    /** The bytes of the objects that exist now. */
    public long liveBytes() {
        return live.values().stream().mapToLong(Integer::longValue).sum();
    }

    /** The bytes written so far. */
    public long written() {
        return written;
    }

    private void step() {
        String key = "k" + random.nextInt(keys);
        int size = 1 + random.nextInt(maxSize);
        switch (random.nextInt(6)) {
            case 0, 1 -> {
                s3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromBytes(new byte[size]));
                live.put(key, size);
                written += size;
            }
            case 2 -> {
                s3.deleteObject(b -> b.bucket(bucket).key(key));
                live.remove(key);
            }
            case 3 -> {
                String source = "k" + random.nextInt(keys);
                if (live.containsKey(source) && !source.equals(key)) {
                    s3.copyObject(b -> b.sourceBucket(bucket).sourceKey(source).destinationBucket(bucket)
                            .destinationKey(key));
                    live.put(key, live.get(source));
                }
            }
            case 4 -> {
                String id = s3.createMultipartUpload(b -> b.bucket(bucket).key(key)).uploadId();
                String etag = s3.uploadPart(b -> b.bucket(bucket).key(key).uploadId(id).partNumber(1),
                        RequestBody.fromBytes(new byte[size])).eTag();
                s3.completeMultipartUpload(b -> b.bucket(bucket).key(key).uploadId(id)
                        .multipartUpload(m -> m.parts(List.of(CompletedPart.builder().partNumber(1).eTag(etag).build()))));
                live.put(key, size);
                written += size;
            }
            default -> {
                String id = s3.createMultipartUpload(b -> b.bucket(bucket).key(key)).uploadId();
                s3.uploadPart(b -> b.bucket(bucket).key(key).uploadId(id).partNumber(1),
                        RequestBody.fromBytes(new byte[size]));
                s3.abortMultipartUpload(b -> b.bucket(bucket).key(key).uploadId(id));
                written += size;
            }
        }
    }
}
