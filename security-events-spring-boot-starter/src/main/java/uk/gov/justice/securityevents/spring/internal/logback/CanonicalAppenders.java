package uk.gov.justice.securityevents.spring.internal.logback;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.FileAppender;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.spi.AppenderAttachable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import uk.gov.justice.securityevents.logback.SecurityEventEncoder;
import uk.gov.justice.securityevents.spring.internal.OutputInventory.Output;

/** Finds the appenders that already write canonical security events (our encoder, or the SDK's appender). */
final class CanonicalAppenders {
    /** The SDK's shipping appender; recognised by class name so it is never duplicated. */
    static final String SHIPPING_APPENDER_CLASS = "uk.gov.justice.securityevents.logback.SecurityEventAppender";

    private CanonicalAppenders() {
    }

    /**
     * The canonical outputs on the given loggers, except those named {@code ignoredName}.
     *
     * @param ignoredNames the starter's own appender names
     * @param loggers     the loggers to look at (here {@code security-events} and root)
     * @return descriptions of the outputs found
     */
    static List<Output> find(List<String> ignoredNames, Logger... loggers) {
        List<Output> found = new ArrayList<>();
        for (Logger logger : loggers) {
            collect(logger, logger.iteratorForAppenders(), ignoredNames, found, 0);
        }
        return found;
    }

    /** The first shipping appender not named in {@code ignoredNames}, or null. */
    static uk.gov.justice.securityevents.logback.SecurityEventAppender firstShipping(List<String> ignoredNames,
            Logger... loggers) {
        for (Logger logger : loggers) {
            Iterator<Appender<ILoggingEvent>> it = logger.iteratorForAppenders();
            while (it.hasNext()) {
                Appender<ILoggingEvent> a = it.next();
                if (!ignoredNames.contains(a.getName())
                        && a instanceof uk.gov.justice.securityevents.logback.SecurityEventAppender) {
                    return (uk.gov.justice.securityevents.logback.SecurityEventAppender) a;
                }
            }
        }
        return null;
    }

    private static void collect(Logger logger, Iterator<Appender<ILoggingEvent>> appenders, List<String> ignoredNames,
            List<Output> found, int depth) {
        while (appenders.hasNext()) {
            Appender<ILoggingEvent> appender = appenders.next();
            if (ignoredNames.contains(appender.getName())) {
                continue;
            }
            String where = "Logback appender '" + appender.getName() + "' on logger '" + logger.getName() + "'";
            if (SHIPPING_APPENDER_CLASS.equals(appender.getClass().getName())) {
                found.add(new Output(where + " (security-events shipping appender)", false));
            } else if (appender instanceof OutputStreamAppender
                    && ((OutputStreamAppender<?>) appender).getEncoder() instanceof SecurityEventEncoder) {
                found.add(new Output(where + " writing to " + target(appender), false));
            } else if (appender instanceof AppenderAttachable && depth < 2) {
                // AsyncAppender and friends: look one level inside.
                @SuppressWarnings("unchecked")
                AppenderAttachable<ILoggingEvent> wrapper = (AppenderAttachable<ILoggingEvent>) appender;
                collect(logger, wrapper.iteratorForAppenders(), ignoredNames, found, depth + 1);
            }
        }
    }

    private static String target(Appender<ILoggingEvent> appender) {
        if (appender instanceof ConsoleAppender) {
            return "console " + ((ConsoleAppender<?>) appender).getTarget();
        }
        if (appender instanceof FileAppender) {
            return "file " + ((FileAppender<?>) appender).getFile();
        }
        return appender.getClass().getSimpleName();
    }
}
