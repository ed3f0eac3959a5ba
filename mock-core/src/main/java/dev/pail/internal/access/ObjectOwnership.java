package dev.pail.internal.access;

import java.util.Optional;

/** A bucket's Object Ownership setting: who owns the objects others write, and whether ACLs count. */
public enum ObjectOwnership {
    /** ACLs are disabled: the bucket owner owns every object and only policies grant access. */
    BUCKET_OWNER_ENFORCED("BucketOwnerEnforced"),
    /** The bucket owner owns objects written with the {@code bucket-owner-full-control} canned ACL. */
    BUCKET_OWNER_PREFERRED("BucketOwnerPreferred"),
    /** The writer owns the object (S3's behaviour before the setting existed). */
    OBJECT_WRITER("ObjectWriter");

    private final String wireName;

    ObjectOwnership(String wireName) {
        this.wireName = wireName;
    }

    /** The setting as S3 spells it, e.g. {@code BucketOwnerEnforced}. */
    public String wireName() {
        return wireName;
    }

    /** Whether ACLs are considered when authorizing. */
    public boolean aclsEnabled() {
        return this != BUCKET_OWNER_ENFORCED;
    }

    /** The setting S3 spells so, if any. */
    public static Optional<ObjectOwnership> fromWireName(String name) {
        for (ObjectOwnership ownership : values()) {
            if (ownership.wireName.equals(name)) {
                return Optional.of(ownership);
            }
        }
        return Optional.empty();
    }
}
