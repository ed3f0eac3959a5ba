package dev.pail.samples;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.spi.ILoggingEvent;
import dev.pail.Pail;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * With Logback at INFO, as most applications run it, Pail's HTTP stack (Undertow, XNIO, JBoss
 * Threads) says nothing during normal use: no version banners, no "starting server".
 */
class QuietLogsTest {

    private static final List<String> STACK = List.of("io.undertow", "org.xnio", "org.jboss.threads");

    @Test
    void startingAndUsingPailLogsNothingFromItsHttpStackAtInfo() {
        try (Pail pail = Pail.builder().bucket("quiet").start()) {
            pail.client().putObject(b -> b.bucket("quiet").key("k"), RequestBody.fromString("x"));
            pail.client().getObjectAsBytes(b -> b.bucket("quiet").key("k"));
        }
        try (Pail again = Pail.builder().start()) {
            again.client().listBuckets();
        }

        assertThat(RecordingAppender.EVENTS).filteredOn(QuietLogsTest::fromTheStack)
                .extracting(ILoggingEvent::getFormattedMessage).isEmpty();
    }

    private static boolean fromTheStack(ILoggingEvent event) {
        return STACK.stream().anyMatch(prefix -> event.getLoggerName().startsWith(prefix));
    }
}
