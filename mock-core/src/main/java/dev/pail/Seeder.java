package dev.pail;

import dev.pail.internal.harness.SeedTarget;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;

/**
 * Puts buckets and objects into a Pail's store, as if they had been uploaded, without appearing in
 * the request journal. Obtained from {@link Pail#seed()}. Against the embedded server it writes
 * straight into the store; in contract mode ({@link Pail#connect}) it writes through the S3 API.
 *
 * <pre>{@code pail.seed().bucket("photos").object("photos", "a.txt", "hello");}</pre>
 */
public final class Seeder {

    private final SeedTarget target;

    Seeder(SeedTarget target) {
        this.target = target;
    }

    /** Creates a bucket in the server's region if it does not exist. */
    public Seeder bucket(String name) {
        target.bucket(Objects.requireNonNull(name, "name"));
        return this;
    }

    /** Stores an object (creating the bucket if needed) with content type {@code binary/octet-stream}. */
    public Seeder object(String bucket, String key, byte[] content) {
        return object(bucket, key, content, "binary/octet-stream", Map.of());
    }

    /** Stores a UTF-8 text object with content type {@code text/plain; charset=utf-8}. */
    public Seeder object(String bucket, String key, String content) {
        return object(bucket, key, content.getBytes(StandardCharsets.UTF_8), "text/plain; charset=utf-8", Map.of());
    }

    /**
     * Stores an object with a content type and user metadata, as a PutObject would.
     *
     * @param metadata user metadata (the {@code x-amz-meta-} names without their prefix)
     */
    public Seeder object(String bucket, String key, byte[] content, String contentType, Map<String, String> metadata) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(metadata, "metadata");
        bucket(bucket);
        target.object(bucket, key, content, contentType, Map.copyOf(metadata));
        return this;
    }
}
