package dev.pail.internal.access;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The five permissions an S3 access control list can grant. What each allows depends on whether
 * the ACL is a bucket's or an object's: {@link #READ} on a bucket lists it, on an object reads it;
 * {@link #WRITE} only means something on a bucket (create, overwrite and delete objects in it).
 */
public enum Permission {
    /** List the bucket; read the object's data and metadata. */
    READ("x-amz-grant-read"),
    /** Create, overwrite and delete objects in the bucket; nothing on an object. */
    WRITE("x-amz-grant-write"),
    /** Read the bucket's or object's ACL. */
    READ_ACP("x-amz-grant-read-acp"),
    /** Write the bucket's or object's ACL. */
    WRITE_ACP("x-amz-grant-write-acp"),
    /** All four of the others. */
    FULL_CONTROL("x-amz-grant-full-control");

    private final String grantHeader;

    Permission(String grantHeader) {
        this.grantHeader = grantHeader;
    }

    /** Whether a grant of this permission gives {@code needed}: itself, or anything for {@link #FULL_CONTROL}. */
    public boolean implies(Permission needed) {
        Objects.requireNonNull(needed, "needed");
        return this == FULL_CONTROL || this == needed;
    }

    /** The request header that grants this permission, e.g. {@code x-amz-grant-read-acp}. */
    public String grantHeader() {
        return grantHeader;
    }

    /** The permission as ACL documents spell it ({@code READ_ACP}); the same as {@link #name()}. */
    public String wireName() {
        return name();
    }

    /** The permission an ACL document names ({@code READ}, {@code FULL_CONTROL}, ...), exactly as spelt. */
    public static Optional<Permission> fromWireName(String name) {
        for (Permission permission : values()) {
            if (permission.name().equals(name)) {
                return Optional.of(permission);
            }
        }
        return Optional.empty();
    }

    /** The permission a grant header gives ({@code x-amz-grant-write} is {@link #WRITE}), in any case. */
    public static Optional<Permission> fromGrantHeader(String header) {
        String lower = Objects.requireNonNull(header, "header").trim().toLowerCase(Locale.ROOT);
        for (Permission permission : values()) {
            if (permission.grantHeader.equals(lower)) {
                return Optional.of(permission);
            }
        }
        return Optional.empty();
    }
}
