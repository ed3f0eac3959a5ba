package dev.pail.internal.access.policy;

/** A statement's {@code Effect}: whether it allows or denies what it matches. */
public enum Effect {
    /** {@code "Effect": "Allow"}. */
    ALLOW,
    /** {@code "Effect": "Deny"}: an explicit deny, which wins over every allow. */
    DENY
}
