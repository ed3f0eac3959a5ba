package dev.pail.internal.access;

/** What an operation acts on, and so whose ACL can grant it: none, the bucket's, or the object's. */
public enum AclTarget {
    /** No bucket: ListBuckets, CreateBucket. */
    SERVICE,
    /** The bucket (its ACL grants bucket permissions). */
    BUCKET,
    /** One object (its ACL grants object permissions; the bucket's ACL grants WRITE for writes). */
    OBJECT
}
