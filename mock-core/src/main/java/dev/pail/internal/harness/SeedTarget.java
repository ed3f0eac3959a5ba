package dev.pail.internal.harness;

import java.util.Map;

/** Where {@code pail.seed()} puts things: the embedded store, or a real endpoint through the S3 API. */
public interface SeedTarget {

    /** Creates the bucket if it does not exist. */
    void bucket(String name);

    /** Stores an object in an existing bucket, as a PutObject with that content type and metadata would. */
    void object(String bucket, String key, byte[] content, String contentType, Map<String, String> metadata);
}
