package uk.gov.justice.securityevents.benchmarks.support;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import java.io.OutputStream;
import java.util.concurrent.atomic.LongAdder;

/**
 * A Logback {@link OutputStreamAppender} whose stream throws the bytes away, so a benchmark measures encoding and
 * queueing but no I/O. Counts the events that reached it and the bytes its encoder produced, so a benchmark can prove
 * that nothing was dropped on the way (every event recorded must arrive here once the async appender is drained).
 */
public class DiscardingAppender extends OutputStreamAppender<ILoggingEvent> {
    /** Events that reached the sink, in this JVM. */
    public static final LongAdder EVENTS = new LongAdder();
    /** Encoded bytes that reached the sink, in this JVM. */
    public static final LongAdder BYTES = new LongAdder();

    @Override
    public void start() {
        setImmediateFlush(false);
        setOutputStream(new OutputStream() {
            @Override
            public void write(int b) {
                BYTES.increment();
            }

            @Override
            public void write(byte[] b, int off, int len) {
                BYTES.add(len);
            }
        });
        super.start();
    }

    @Override
    protected void subAppend(ILoggingEvent event) {
        super.subAppend(event);
        EVENTS.increment();
    }
}
