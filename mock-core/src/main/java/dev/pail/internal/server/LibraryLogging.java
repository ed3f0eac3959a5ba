package dev.pail.internal.server;

import java.lang.reflect.Method;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps Undertow, XNIO and JBoss Threads quiet during normal use: they announce their versions at
 * INFO on every first start, through jboss-logging, which writes to java.util.logging or, when
 * Logback is on the classpath, to SLF4J and Logback. Each of their loggers the application left
 * unconfigured is set to WARN in whichever backend receives them; a level the application set
 * itself is left alone, so their messages can still be turned on.
 */
final class LibraryLogging {

    /** The loggers of Pail's HTTP stack. */
    static final List<String> LOGGERS = List.of("org.xnio", "org.xnio.nio", "io.undertow", "org.jboss.threads");

    /** Strong references: java.util.logging forgets levels set on loggers nobody holds. */
    private static final Logger[] KEPT = new Logger[LOGGERS.size()];

    private LibraryLogging() {
    }

    /** Quiets the libraries' loggers (once per JVM is enough; repeating it is harmless). */
    static synchronized void quiet() {
        for (int i = 0; i < LOGGERS.size(); i++) {
            Logger logger = Logger.getLogger(LOGGERS.get(i));
            KEPT[i] = logger;
            if (logger.getLevel() == null) {
                logger.setLevel(Level.WARNING);
            }
        }
        LOGGERS.forEach(LibraryLogging::quietInLogback);
    }

    /** Sets a Logback logger without a level of its own to WARN, through reflection (Logback is optional). */
    private static void quietInLogback(String name) {
        Object logger = org.slf4j.LoggerFactory.getLogger(name);
        if (!logger.getClass().getName().equals("ch.qos.logback.classic.Logger")) {
            return;
        }
        try {
            Class<?> levelType = Class.forName("ch.qos.logback.classic.Level", false, logger.getClass().getClassLoader());
            if (logger.getClass().getMethod("getLevel").invoke(logger) == null) {
                Object warn = levelType.getField("WARN").get(null);
                Method setLevel = logger.getClass().getMethod("setLevel", levelType);
                setLevel.invoke(logger, warn);
            }
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            // another Logback than expected: leave its configuration as it is
        }
    }
}
