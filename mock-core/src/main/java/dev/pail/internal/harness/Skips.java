package dev.pail.internal.harness;

/**
 * What a test that needs the embedded server gets in contract mode: JUnit's "aborted" (opentest4j's
 * {@code TestAbortedException}, which JUnit reports as skipped) where opentest4j is present, else an
 * exception the TestNG listener turns into a skip. Either way the test ends skipped with a
 * one-line reason, not as an error.
 */
public final class Skips {

    private static final boolean OPENTEST4J = present("org.opentest4j.TestAbortedException");

    private Skips() {
    }

    /** The exception ending a test that called {@code what}, which needs the embedded server. */
    public static RuntimeException needsEmbeddedServer(String what, Object endpoint) {
        String reason = "skipped in contract mode: pail." + what + " needs the embedded Pail server, and this run "
                + "talks to " + endpoint + " (-Dpail.endpoint)";
        return OPENTEST4J ? OpenTest4j.aborted(reason) : new ContractModeSkip(reason);
    }

    /** Whether a throwable ended a test as skipped in contract mode. */
    public static boolean isSkip(Throwable throwable) {
        return throwable instanceof ContractModeSkip
                || throwable.getClass().getName().equals("org.opentest4j.TestAbortedException");
    }

    private static boolean present(String className) {
        try {
            Class.forName(className, false, Skips.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** Linked only when opentest4j is present. */
    private static final class OpenTest4j {
        static RuntimeException aborted(String reason) {
            return new org.opentest4j.TestAbortedException(reason);
        }
    }

    /** A skip without opentest4j. */
    static final class ContractModeSkip extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        ContractModeSkip(String reason) {
            super(reason);
        }
    }
}
