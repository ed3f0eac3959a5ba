package dev.pail.internal.handler;

import dev.pail.internal.protocol.EncodedWords;
import dev.pail.internal.protocol.Formats;
import dev.pail.internal.protocol.S3Request;
import dev.pail.internal.protocol.S3Response;
import dev.pail.internal.store.ObjectMetadata;
import dev.pail.internal.store.ObjectVersion;
import dev.pail.internal.store.StoredChecksum;
import dev.pail.internal.store.VersioningState;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The headers S3 sends with an object on GET and HEAD. */
public final class ObjectResponses {

    private ObjectResponses() {
    }

    /**
     * Adds an object's headers: entity headers (with {@code response-*} overrides on GET), user
     * metadata, storage class, encryption, version id, and checksums when the client asked for them.
     *
     * @param isGet whether this is a GET ({@code response-*} overrides apply only there)
     */
    public static void objectHeaders(S3Response.Builder response, S3Request request, ObjectVersion version,
                              VersioningState versioning, boolean isGet) {
        ObjectMetadata m = version.metadata();
        response.header("Last-Modified", Formats.http(version.lastModified()));
        response.header("ETag", version.etag());
        response.header("Accept-Ranges", "bytes");
        response.header("Content-Type", override(request, isGet, "response-content-type").orElse(m.contentType()));
        response.header("Content-Encoding", override(request, isGet, "response-content-encoding").or(m::contentEncoding));
        response.header("Content-Disposition",
                override(request, isGet, "response-content-disposition").or(m::contentDisposition));
        response.header("Content-Language", override(request, isGet, "response-content-language").or(m::contentLanguage));
        response.header("Cache-Control", override(request, isGet, "response-cache-control").or(m::cacheControl));
        response.header("Expires", override(request, isGet, "response-expires").or(m::expires));
        for (Map.Entry<String, String> meta : m.userMetadata().entrySet()) {
            response.header("x-amz-meta-" + meta.getKey(), EncodedWords.encode(meta.getValue()));
        }
        for (Map.Entry<String, String> system : m.systemHeaders().entrySet()) {
            response.header(system.getKey(), system.getValue());
        }
        if (!ObjectMetadata.STANDARD.equals(m.storageClass())) {
            response.header("x-amz-storage-class", m.storageClass());
        }
        if (!m.tags().isEmpty()) {
            response.header("x-amz-tagging-count", Integer.toString(m.tags().size()));
        }
        if (versioning != VersioningState.UNVERSIONED) {
            response.header("x-amz-version-id", version.versionId());
        }
    }

    /** Whether the client asked for checksums with {@code x-amz-checksum-mode: ENABLED}. */
    public static boolean checksumModeEnabled(S3Request request) {
        return request.header("x-amz-checksum-mode").map(v -> v.trim().equalsIgnoreCase("ENABLED")).orElse(false);
    }

    /** Adds the encryption headers of an object (SSE-S3, SSE-KMS or SSE-C) to a write's response. */
    public static void encryptionHeaders(S3Response.Builder response, ObjectMetadata metadata) {
        metadata.systemHeaders().forEach((name, value) -> {
            if (name.startsWith("x-amz-server-side-encryption")) {
                response.header(name, value);
            }
        });
    }

    /** Adds the stored checksum when the client sent {@code x-amz-checksum-mode: ENABLED}. */
    public static void checksumHeaders(S3Response.Builder response, S3Request request, ObjectVersion version) {
        if (checksumModeEnabled(request)) {
            version.checksum().ifPresent(c -> checksumHeaders(response, c));
        }
    }

    /** Adds a checksum's value and type headers. */
    public static void checksumHeaders(S3Response.Builder response, StoredChecksum checksum) {
        response.header("x-amz-checksum-" + checksum.algorithm().toLowerCase(Locale.ROOT), checksum.value());
        response.header("x-amz-checksum-type", checksum.type().name());
    }

    private static Optional<String> override(S3Request request, boolean isGet, String parameter) {
        return isGet ? request.queryParam(parameter) : Optional.empty();
    }
}
