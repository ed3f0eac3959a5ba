package dev.pail.internal.harness;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** Seeding through the S3 API, for contract mode: the real store gets the same objects the embedded one would. */
public final class ApiSeeding implements SeedTarget {

    private final Supplier<S3Client> client;
    /** Buckets known to exist, so that seeding many objects costs one request each. */
    private final Set<String> known = ConcurrentHashMap.newKeySet();

    /** @param client the client of the endpoint */
    public ApiSeeding(Supplier<S3Client> client) {
        this.client = client;
    }

    @Override
    public void bucket(String name) {
        if (known.contains(name)) {
            return;
        }
        S3Client s3 = client.get();
        try {
            s3.headBucket(b -> b.bucket(name));
        } catch (NoSuchBucketException e) {
            s3.createBucket(b -> b.bucket(name));
        } catch (S3Exception e) {
            if (e.statusCode() != 404) {
                throw e;
            }
            s3.createBucket(b -> b.bucket(name));
        }
        known.add(name);
    }

    @Override
    public void object(String bucket, String key, byte[] content, String contentType, Map<String, String> metadata) {
        try {
            put(bucket, key, content, contentType, metadata);
        } catch (NoSuchBucketException e) { // deleted since we last saw it
            known.remove(bucket);
            bucket(bucket);
            put(bucket, key, content, contentType, metadata);
        }
    }

    private void put(String bucket, String key, byte[] content, String contentType, Map<String, String> metadata) {
        client.get().putObject(b -> b.bucket(bucket).key(key).contentType(contentType).metadata(metadata),
                RequestBody.fromBytes(content));
    }
}
