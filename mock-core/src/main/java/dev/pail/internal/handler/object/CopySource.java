package dev.pail.internal.handler.object;

import dev.pail.S3ErrorCode;
import dev.pail.internal.error.S3Exception;
import dev.pail.internal.protocol.Headers;
import dev.pail.internal.protocol.MalformedAddressException;
import dev.pail.internal.protocol.PercentCodec;
import dev.pail.internal.store.Bucket;
import dev.pail.internal.store.ObjectVersion;
import dev.pail.internal.store.Store;
import java.util.Optional;

/**
 * The object an {@code x-amz-copy-source} header names: {@code [/]bucket/key[?versionId=id]}, the
 * key URL-encoded.
 *
 * @param bucket    the source bucket
 * @param key       the source key, decoded
 * @param versionId the source version, if named
 */
public record CopySource(String bucket, String key, Optional<String> versionId) {

    /** The largest object CopyObject copies: 5 GB. */
    public static final long MAX_SIZE = 5L << 30;

    /**
     * Parses the header.
     *
     * @throws S3Exception {@code InvalidArgument} when it does not name a bucket and a key
     */
    public static CopySource parse(String header) {
        String value = header.trim();
        String path = value;
        Optional<String> versionId = Optional.empty();
        int query = value.indexOf('?');
        if (query >= 0) {
            path = value.substring(0, query);
            String parameters = value.substring(query + 1);
            for (String parameter : parameters.split("&")) {
                if (parameter.startsWith("versionId=")) {
                    versionId = Optional.of(decode(parameter.substring("versionId=".length()), header));
                }
            }
        }
        if (path.startsWith("/")) {
            path = path.substring(1);
        }
        int slash = path.indexOf('/');
        if (slash <= 0 || slash == path.length() - 1) {
            throw invalid(header);
        }
        return new CopySource(decode(path.substring(0, slash), header), decode(path.substring(slash + 1), header),
                versionId);
    }

    /** The source version, as a read would find it. */
    public ObjectVersion resolve(Store store) {
        Bucket source = store.bucket(bucket).orElseThrow(() -> S3Exception.noSuchBucket(bucket));
        if (versionId.isPresent()) {
            ObjectVersion version = source.version(key, versionId.get()).orElseThrow(() -> versionId.get().equals("null")
                    ? S3Exception.noSuchKey(key)
                    : new S3Exception(S3ErrorCode.NO_SUCH_VERSION).detail("Key", key).detail("VersionId", versionId.get()));
            if (version.deleteMarker()) {
                throw new S3Exception(S3ErrorCode.INVALID_REQUEST,
                        "The source of a copy request may not specifically refer to a delete marker by version id.");
            }
            return version;
        }
        ObjectVersion latest = source.latest(key).orElseThrow(() -> S3Exception.noSuchKey(key));
        if (latest.deleteMarker()) {
            throw S3Exception.noSuchKey(key);
        }
        return latest;
    }

    private static String decode(String raw, String header) {
        try {
            return PercentCodec.decodePath(raw);
        } catch (MalformedAddressException e) {
            throw invalid(header);
        }
    }

    private static S3Exception invalid(String header) {
        return S3Exception.invalidArgument("Copy Source must mention the source bucket and key: sourcebucket/sourcekey",
                "x-amz-copy-source", header);
    }

    /** Checks the {@code x-amz-copy-source-if-*} conditions against the source. */
    public static void checkConditions(Headers headers, ObjectVersion source) {
        ReadConditions.Outcome outcome = ReadConditions.evaluate(headers.first("x-amz-copy-source-if-match"),
                headers.first("x-amz-copy-source-if-unmodified-since"), headers.first("x-amz-copy-source-if-none-match"),
                headers.first("x-amz-copy-source-if-modified-since"), source);
        if (outcome == ReadConditions.Outcome.NOT_MODIFIED) {
            throw new S3Exception(S3ErrorCode.PRECONDITION_FAILED).detail("Condition",
                    headers.has("x-amz-copy-source-if-none-match") ? "x-amz-copy-source-If-None-Match"
                            : "x-amz-copy-source-If-Modified-Since");
        }
    }
}
