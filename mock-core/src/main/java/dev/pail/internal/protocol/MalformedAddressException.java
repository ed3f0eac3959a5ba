package dev.pail.internal.protocol;

/**
 * A request path or query string that cannot be decoded: a bad percent escape, bytes that are not
 * well-formed UTF-8, or a path that does not start with '/'. The server answers it with S3's
 * {@code InvalidURI}.
 */
public final class MalformedAddressException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /**
     * A new exception.
     *
     * @param message what is wrong with the input, and where
     */
    public MalformedAddressException(String message) {
        super(message);
    }
}
