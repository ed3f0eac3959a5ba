package dev.pail.internal.store;

/** A bucket's versioning state, as S3 defines it. */
public enum VersioningState {
    /** Versioning was never enabled: one version per key, with version id {@code null}. */
    UNVERSIONED,
    /** Every write makes a new version. */
    ENABLED,
    /** Writes replace the {@code null} version; older versions are kept. */
    SUSPENDED
}
