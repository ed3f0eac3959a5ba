package dev.pail.internal.access;

/**
 * A bucket's Block Public Access settings.
 *
 * @param blockPublicAcls       refuse writes of public ACLs
 * @param ignorePublicAcls      ignore public ACL grants when authorizing
 * @param blockPublicPolicy     refuse public bucket policies
 * @param restrictPublicBuckets while the policy is public, only the bucket owner's account may use it
 */
public record BlockPublicAccess(boolean blockPublicAcls, boolean ignorePublicAcls, boolean blockPublicPolicy,
                                boolean restrictPublicBuckets) {

    /** All four off (a bucket without a configuration). */
    public static final BlockPublicAccess NONE = new BlockPublicAccess(false, false, false, false);
    /** All four on (a new bucket's default since April 2023). */
    public static final BlockPublicAccess ALL = new BlockPublicAccess(true, true, true, true);
}
