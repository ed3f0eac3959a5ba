package dev.pail.internal.events;

import java.util.Objects;

/**
 * What the lifecycle does to one version of a key at one evaluation. Every action names the rule
 * that asked for it, as S3's events and logs do.
 */
public sealed interface LifecycleAction {

    /** The id of the rule the action comes from. */
    String ruleId();

    /**
     * The current version expires ({@code Expiration} {@code Days} or {@code Date}): in a bucket that
     * never had versioning it is deleted; in a versioning-enabled bucket a delete marker is created
     * (the version becomes noncurrent); in a versioning-suspended bucket a delete marker with the
     * null version id is created, replacing any null version.
     *
     * @param ruleId the rule
     */
    record ExpireCurrent(String ruleId) implements LifecycleAction {

        /** Validates the rule id. */
        public ExpireCurrent {
            Objects.requireNonNull(ruleId, "ruleId");
        }
    }

    /**
     * An expired object delete marker (the only version left of its key) is removed.
     *
     * @param ruleId    the rule
     * @param versionId the delete marker's version id
     */
    record RemoveDeleteMarker(String ruleId, String versionId) implements LifecycleAction {

        /** Validates the components. */
        public RemoveDeleteMarker {
            Objects.requireNonNull(ruleId, "ruleId");
            Objects.requireNonNull(versionId, "versionId");
        }
    }

    /**
     * A noncurrent version (or noncurrent delete marker) is permanently deleted.
     *
     * @param ruleId    the rule
     * @param versionId the version
     */
    record ExpireNoncurrent(String ruleId, String versionId) implements LifecycleAction {

        /** Validates the components. */
        public ExpireNoncurrent {
            Objects.requireNonNull(ruleId, "ruleId");
            Objects.requireNonNull(versionId, "versionId");
        }
    }

    /**
     * A version moves to another storage class.
     *
     * @param ruleId       the rule
     * @param versionId    the version
     * @param storageClass the new storage class
     * @param current      whether the version is the current one ({@code Transition}) or a noncurrent
     *                     one ({@code NoncurrentVersionTransition})
     */
    record Transition(String ruleId, String versionId, String storageClass, boolean current)
            implements LifecycleAction {

        /** Validates the components. */
        public Transition {
            Objects.requireNonNull(ruleId, "ruleId");
            Objects.requireNonNull(versionId, "versionId");
            Objects.requireNonNull(storageClass, "storageClass");
        }
    }
}
