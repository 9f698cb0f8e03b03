package uk.gov.justice.securityevents.log4j2;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.status.StatusData;
import org.apache.logging.log4j.status.StatusListener;
import org.apache.logging.log4j.status.StatusLogger;

/** Records what reaches Log4j2's StatusLogger, as a user's own {@link StatusListener} would see it. */
final class RecordingStatusListener implements StatusListener, AutoCloseable {
    private final List<StatusData> records = new CopyOnWriteArrayList<>();
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    static RecordingStatusListener register() {
        RecordingStatusListener l = new RecordingStatusListener();
        StatusLogger.getLogger().registerListener(l);
        return l;
    }

    @Override
    public void log(StatusData data) {
        records.add(data);
    }

    @Override
    public Level getStatusLevel() {
        return Level.INFO;
    }

    /** Formatted messages at {@code level} or more severe. */
    List<String> messages(Level level) {
        return records.stream().filter(r -> r.getLevel().isMoreSpecificThan(level))
                .map(r -> r.getMessage().getFormattedMessage()).collect(Collectors.toList());
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) { // removeListener calls close() again
            StatusLogger.getLogger().removeListener(this);
        }
    }
}
