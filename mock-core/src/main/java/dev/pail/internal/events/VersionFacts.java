package dev.pail.internal.events;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * What the lifecycle needs to know of one version of a key.
 *
 * @param versionId    the version id ({@code "null"} for the null version)
 * @param deleteMarker whether the version is a delete marker
 * @param lastModified when it was created
 * @param size         its size in bytes (0 for a delete marker)
 * @param tags         its tags (none for a delete marker)
 * @param storageClass its storage class, e.g. {@code STANDARD}
 */
public record VersionFacts(String versionId, boolean deleteMarker, Instant lastModified, long size,
                           Map<String, String> tags, String storageClass) {

    /** Validates and copies the components. */
    public VersionFacts {
        Objects.requireNonNull(versionId, "versionId");
        Objects.requireNonNull(lastModified, "lastModified");
        tags = Map.copyOf(tags);
        Objects.requireNonNull(storageClass, "storageClass");
    }

    /**
     * An object version.
     *
     * @param versionId    the version id
     * @param lastModified when it was created
     * @param size         its size in bytes
     * @param tags         its tags
     * @param storageClass its storage class
     * @return the facts
     */
    public static VersionFacts object(String versionId, Instant lastModified, long size, Map<String, String> tags,
                                      String storageClass) {
        return new VersionFacts(versionId, false, lastModified, size, tags, storageClass);
    }

    /**
     * A delete marker.
     *
     * @param versionId    the marker's version id
     * @param lastModified when it was created
     * @return the facts
     */
    public static VersionFacts deleteMarker(String versionId, Instant lastModified) {
        return new VersionFacts(versionId, true, lastModified, 0, Map.of(), "STANDARD");
    }
}
