package dev.pail.junit5;

/**
 * Attached (as a suppressed exception) to a failing test's exception, so the requests the test made
 * are printed with the failure.
 */
final class JournalReport extends RuntimeException {

    private static final long serialVersionUID = 1L;

    JournalReport(String journal) {
        super("Requests recorded by Pail during this test:\n" + journal, null, false, false);
    }

    @Override
    public String toString() {
        return getMessage();
    }
}
