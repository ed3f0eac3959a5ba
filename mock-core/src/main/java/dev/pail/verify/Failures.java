package dev.pail.verify;

/** Builds the assertion error to throw: opentest4j's when present, for IDE diffs; ours otherwise. */
final class Failures {

    private static final boolean OPENTEST4J = present("org.opentest4j.AssertionFailedError");

    private Failures() {
    }

    static AssertionError failure(String message, String expected, String actual) {
        if (OPENTEST4J) {
            return OpenTest4j.failure(message, expected, actual);
        }
        return new PailVerificationError(message);
    }

    private static boolean present(String className) {
        try {
            Class.forName(className, false, Failures.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** Linked only when opentest4j is present. */
    private static final class OpenTest4j {
        static AssertionError failure(String message, String expected, String actual) {
            return new org.opentest4j.AssertionFailedError(message, expected, actual);
        }
    }
}
