package dev.pail.verify;

/**
 * A failed verification, thrown when opentest4j is not on the classpath (where it is, Pail throws
 * its {@code AssertionFailedError} with the expected and closest actual request, so IDEs show a diff).
 */
public final class PailVerificationError extends AssertionError {

    private static final long serialVersionUID = 1L;

    /** @param message the full explanation */
    public PailVerificationError(String message) {
        super(message);
    }
}
