package dev.pail.internal.protocol;

/** How a request names its bucket: in the path, or in the host name. */
public enum AddressingStyle {
    /** The bucket is the first path segment: {@code http://localhost:9090/bucket/key}. */
    PATH,
    /** The bucket is the host name's first labels: {@code http://bucket.localhost:9090/key}. */
    VIRTUAL_HOST
}
