package org.tongban.itests.support;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.AppenderBase;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.LoggerFactory;

/**
 * Counts the lines the instance launched in this JVM writes to its log (a message and every line of a stack trace),
 * with the same levels as the distribution's {@code conf/logback.xml}.
 */
public final class LogLines extends AppenderBase<ILoggingEvent> implements AutoCloseable {

    private final AtomicLong lines = new AtomicLong();

    /** Starts counting on the root logger. */
    public static LogLines attach() {
        LogLines counter = new LogLines();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        counter.setContext(root.getLoggerContext());
        counter.setName("log-lines");
        counter.start();
        root.addAppender(counter);
        return counter;
    }

    public long count() {
        return lines.get();
    }

    @Override
    protected void append(ILoggingEvent event) {
        long count = event.getFormattedMessage().lines().count();
        for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
            count += 1 + t.getStackTraceElementProxyArray().length;
        }
        lines.addAndGet(Math.max(1, count));
    }

    @Override
    public void close() {
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(this);
        stop();
    }
}
