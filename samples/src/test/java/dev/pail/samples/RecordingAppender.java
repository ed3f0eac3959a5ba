package dev.pail.samples;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps every event logged in this JVM, from its very first one, for {@link QuietLogsTest}. */
public final class RecordingAppender extends AppenderBase<ILoggingEvent> {

    static final List<ILoggingEvent> EVENTS = new CopyOnWriteArrayList<>();

    @Override
    protected void append(ILoggingEvent event) {
        EVENTS.add(event);
    }
}
