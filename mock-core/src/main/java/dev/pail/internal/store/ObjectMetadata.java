package dev.pail.internal.store;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What S3 keeps about an object besides its bytes: the content headers, user metadata, storage
 * class, tags, and the system headers S3 echoes back verbatim (encryption, redirect location).
 *
 * @param contentType      the stored Content-Type
 * @param contentEncoding  Content-Encoding, without the transport-only {@code aws-chunked}
 * @param contentDisposition Content-Disposition
 * @param contentLanguage  Content-Language
 * @param cacheControl     Cache-Control
 * @param expires          Expires, as sent
 * @param userMetadata     {@code x-amz-meta-*} entries, names lower-cased and without the prefix
 * @param storageClass     the storage class, {@code STANDARD} by default
 * @param tags             object tags in the order given
 * @param systemHeaders    other headers stored and echoed as sent (lower-case names)
 */
public record ObjectMetadata(
        String contentType,
        Optional<String> contentEncoding,
        Optional<String> contentDisposition,
        Optional<String> contentLanguage,
        Optional<String> cacheControl,
        Optional<String> expires,
        Map<String, String> userMetadata,
        String storageClass,
        Map<String, String> tags,
        Map<String, String> systemHeaders) {

    /** The content type S3 gives an object uploaded without one. */
    public static final String DEFAULT_CONTENT_TYPE = "binary/octet-stream";

    /** The default storage class. */
    public static final String STANDARD = "STANDARD";

    /** Copies the maps so the record stays immutable. */
    public ObjectMetadata {
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(storageClass, "storageClass");
        userMetadata = unmodifiableCopy(userMetadata);
        tags = unmodifiableCopy(tags);
        systemHeaders = unmodifiableCopy(systemHeaders);
    }

    /** Metadata with only defaults. */
    public static ObjectMetadata defaults() {
        return new ObjectMetadata(DEFAULT_CONTENT_TYPE, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Map.of(), STANDARD, Map.of(), Map.of());
    }

    /** A copy with other tags. */
    public ObjectMetadata withTags(Map<String, String> newTags) {
        return new ObjectMetadata(contentType, contentEncoding, contentDisposition, contentLanguage, cacheControl,
                expires, userMetadata, storageClass, newTags, systemHeaders);
    }

    /** A copy in another storage class. */
    public ObjectMetadata withStorageClass(String newStorageClass) {
        return new ObjectMetadata(contentType, contentEncoding, contentDisposition, contentLanguage, cacheControl,
                expires, userMetadata, newStorageClass, tags, systemHeaders);
    }

    /** A copy with other system headers. */
    public ObjectMetadata withSystemHeaders(Map<String, String> newSystemHeaders) {
        return new ObjectMetadata(contentType, contentEncoding, contentDisposition, contentLanguage, cacheControl,
                expires, userMetadata, storageClass, tags, newSystemHeaders);
    }

    private static Map<String, String> unmodifiableCopy(Map<String, String> map) {
        return map.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
