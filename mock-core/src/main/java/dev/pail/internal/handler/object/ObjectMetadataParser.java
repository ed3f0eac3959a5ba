package dev.pail.internal.handler.object;

import dev.pail.S3ErrorCode;
import dev.pail.internal.error.S3Exception;
import dev.pail.internal.handler.config.BucketEncryption;
import dev.pail.internal.handler.lock.ObjectLocks;
import dev.pail.internal.handler.tagging.Tagging;
import dev.pail.internal.protocol.EncodedWords;
import dev.pail.internal.protocol.Headers;
import dev.pail.internal.store.ObjectMetadata;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads what S3 stores with an object from the request headers of PutObject (and, later, CopyObject
 * and CreateMultipartUpload), with S3's validation.
 */
public final class ObjectMetadataParser {

    /** S3's limit on user metadata: keys and values, UTF-8 bytes. */
    public static final int MAX_USER_METADATA_BYTES = 2048;
    private static final String META_PREFIX = "x-amz-meta-";
    private static final Set<String> STORAGE_CLASSES = Set.of("STANDARD", "REDUCED_REDUNDANCY", "STANDARD_IA",
            "ONEZONE_IA", "INTELLIGENT_TIERING", "GLACIER", "DEEP_ARCHIVE", "OUTPOSTS", "GLACIER_IR", "SNOW",
            "EXPRESS_ONEZONE", "FSX_OPENZFS", "FSX_ONTAP");
    private static final List<String> ECHOED = List.of("x-amz-website-redirect-location",
            "x-amz-server-side-encryption-aws-kms-key-id", "x-amz-server-side-encryption-context",
            "x-amz-server-side-encryption-bucket-key-enabled");
    private static final Set<String> ARCHIVED = Set.of("GLACIER", "DEEP_ARCHIVE");

    private ObjectMetadataParser() {
    }

    /** The metadata a PutObject request asks to store. */
    public static ObjectMetadata fromHeaders(Headers headers) {
        Map<String, String> system = new LinkedHashMap<>();
        Encryption.checkWrite(headers);
        system.put(Encryption.SSE, headers.first(Encryption.SSE).map(String::trim).orElse("AES256"));
        for (String name : ECHOED) {
            headers.first(name).ifPresent(v -> system.put(name, v));
        }
        CustomerKeys.applyToNewObject(headers, system);
        String storageClass = headers.first("x-amz-storage-class").map(String::trim).orElse(ObjectMetadata.STANDARD);
        if (!STORAGE_CLASSES.contains(storageClass)) {
            throw new S3Exception(S3ErrorCode.INVALID_STORAGE_CLASS, "The storage class you specified is not valid")
                    .detail("StorageClassRequested", storageClass);
        }
        Map<String, String> tags = headers.first("x-amz-tagging").map(Tagging::parseHeader).orElse(Map.of());
        return new ObjectMetadata(
                headers.first("content-type").orElse(ObjectMetadata.DEFAULT_CONTENT_TYPE),
                contentEncoding(headers),
                headers.first("content-disposition"),
                headers.first("content-language"),
                headers.first("cache-control"),
                headers.first("expires"),
                userMetadata(headers),
                storageClass,
                tags,
                system);
    }

    /**
     * The metadata of a new version in a bucket: the request's metadata plus the Object Lock
     * retention and legal hold it gets (validated against the bucket).
     */
    public static ObjectMetadata forNewVersion(Headers headers, dev.pail.internal.store.Bucket bucket, java.time.Instant now) {
        return forBucket(fromHeaders(headers), headers, bucket, now);
    }

    /**
     * Completes the metadata of a new version with what its bucket adds: the bucket's default
     * encryption when the request names none, and Object Lock retention and legal hold.
     */
    public static ObjectMetadata forBucket(ObjectMetadata metadata, Headers headers, dev.pail.internal.store.Bucket bucket,
                                    java.time.Instant now) {
        Map<String, String> system = new LinkedHashMap<>(metadata.systemHeaders());
        if (!headers.has("x-amz-server-side-encryption") && !system.containsKey(CustomerKeys.KEY_MD5)) {
            BucketEncryption.EncryptionDefault encryption = BucketEncryption.effective(bucket);
            system.put("x-amz-server-side-encryption", encryption.algorithm());
            encryption.kmsKeyId().ifPresent(k -> system.put("x-amz-server-side-encryption-aws-kms-key-id", k));
            if (encryption.bucketKeyEnabled()) {
                system.put("x-amz-server-side-encryption-bucket-key-enabled", "true");
            }
        }
        Encryption.normalize(system, bucket.region());
        system.putAll(ObjectLocks.forNewVersion(bucket, headers, now));
        return metadata.withSystemHeaders(system);
    }

    /** Whether objects of a storage class must be restored before they can be read. */
    public static boolean isArchived(String storageClass) {
        return ARCHIVED.contains(storageClass);
    }

    /** {@code x-amz-meta-*} headers, checked against S3's 2 KB limit. */
    public static Map<String, String> userMetadata(Headers headers) {
        Map<String, String> metadata = new LinkedHashMap<>();
        int size = 0;
        for (String name : headers.names()) {
            if (name.startsWith(META_PREFIX)) {
                String key = name.substring(META_PREFIX.length());
                String value = EncodedWords.decode(String.join(",", headers.all(name)));
                metadata.put(key, value);
                size += Tagging.utf8Length(key) + Tagging.utf8Length(value);
            }
        }
        if (size > MAX_USER_METADATA_BYTES) {
            throw new S3Exception(S3ErrorCode.METADATA_TOO_LARGE)
                    .detail("Size", Integer.toString(size))
                    .detail("MaxSizeAllowed", Integer.toString(MAX_USER_METADATA_BYTES));
        }
        return metadata;
    }

    /**
     * Content-Encoding without the transport-only {@code aws-chunked} token; the rest is kept exactly
     * as sent, and nothing is kept when nothing is left (S3's sigv4-streaming page).
     */
    public static Optional<String> contentEncoding(Headers headers) {
        Optional<String> header = headers.first("content-encoding");
        if (header.isEmpty()) {
            return header;
        }
        StringBuilder kept = new StringBuilder();
        for (String token : header.get().split(",", -1)) {
            if (!token.isBlank() && !token.trim().equalsIgnoreCase("aws-chunked")) {
                kept.append(kept.length() == 0 ? "" : ",").append(token);
            }
        }
        String rest = kept.toString().trim();
        return rest.isEmpty() ? Optional.empty() : Optional.of(rest);
    }
}
