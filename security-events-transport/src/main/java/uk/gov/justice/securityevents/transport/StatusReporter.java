package uk.gov.justice.securityevents.transport;

import java.io.PrintStream;
import java.util.Objects;

/**
 * Where the pipeline reports its own health locally — never only through the channel that may be failing.
 * Called on state transitions (failing, recovered, dropping), never once per event. Logging-framework adapters
 * bridge this to their status managers (Logback {@code StatusManager}, Log4j2 {@code StatusLogger}).
 *
 * <p>Messages never contain credentials or event payloads.
 */
public interface StatusReporter {

    /** @param message one line describing a problem */
    void warn(String message);

    /** @param message one line describing a return to normal */
    void info(String message);

    /** @return a reporter that prints one line per message to {@link System#err}; the default */
    static StatusReporter stderr() {
        return printingTo(System.err);
    }

    /**
     * @param out where to print
     * @return a reporter that prints one line per message, prefixed {@code [security-events] WARN|INFO}
     */
    static StatusReporter printingTo(PrintStream out) {
        Objects.requireNonNull(out, "out");
        return new StatusReporter() {
            @Override
            public void warn(String message) {
                out.println("[security-events] WARN " + message);
            }

            @Override
            public void info(String message) {
                out.println("[security-events] INFO " + message);
            }
        };
    }
}
