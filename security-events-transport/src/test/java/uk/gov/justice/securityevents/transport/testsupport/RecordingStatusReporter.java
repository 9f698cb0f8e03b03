package uk.gov.justice.securityevents.transport.testsupport;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import uk.gov.justice.securityevents.transport.StatusReporter;

/** Keeps every status line, prefixed {@code WARN } or {@code INFO }, and echoes them to stderr for debugging. */
public final class RecordingStatusReporter implements StatusReporter {

    private final List<String> lines = new CopyOnWriteArrayList<>();

    @Override
    public void warn(String message) {
        lines.add("WARN " + message);
        System.err.println("[status] WARN " + message);
    }

    @Override
    public void info(String message) {
        lines.add("INFO " + message);
        System.err.println("[status] INFO " + message);
    }

    /** @return all lines so far */
    public List<String> lines() {
        return List.copyOf(lines);
    }

    /**
     * @param prefix e.g. {@code WARN delivery to}
     * @return lines starting with it
     */
    public List<String> linesStartingWith(String prefix) {
        return lines.stream().filter(l -> l.startsWith(prefix)).toList();
    }
}
