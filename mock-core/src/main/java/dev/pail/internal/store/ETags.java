package dev.pail.internal.store;

/** Comparison of entity tags as S3 does it: quotes optional, {@code *} matches anything. */
public final class ETags {

    private ETags() {
    }

    /**
     * Whether a condition header value (one ETag, a comma-separated list, or {@code *}) matches an ETag.
     *
     * @param condition the header value, e.g. {@code "abc"} or {@code abc, "def"}
     * @param etag      the object's quoted ETag
     */
    public static boolean matches(String condition, String etag) {
        String bare = unquote(etag);
        for (String candidate : condition.split(",")) {
            String c = unquote(candidate.trim());
            if (c.equals("*") || c.equals(bare)) {
                return true;
            }
        }
        return false;
    }

    /** The ETag without surrounding quotes (and without a weak-validator prefix). */
    public static String unquote(String etag) {
        String s = etag.startsWith("W/") ? etag.substring(2) : etag;
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }

    /** The ETag in quotes. */
    public static String quote(String hex) {
        return '"' + hex + '"';
    }
}
