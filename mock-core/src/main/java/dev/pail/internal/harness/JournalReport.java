package dev.pail.internal.harness;

import dev.pail.Pail;

/**
 * Attached (as a suppressed exception) to a failing test's exception, so the requests the test
 * made are printed with the failure, once: a verification failure already lists them.
 */
public final class JournalReport extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private static final String JOURNAL_HEADING = "All recorded requests (";

    private JournalReport(String journal) {
        super("Requests recorded by Pail during this test:\n" + journal, null, false, false);
    }

    /** Adds the journal of an embedded server to a test's failure, unless the failure already shows it. */
    public static void attach(Throwable failure, Pail pail) {
        if (!pail.isEmbedded() || Skips.isSkip(failure)) {
            return;
        }
        String message = failure.getMessage();
        if (message != null && message.contains(JOURNAL_HEADING)) {
            return;
        }
        failure.addSuppressed(new JournalReport(pail.requests().toString()));
    }

    @Override
    public String toString() {
        return getMessage();
    }
}
