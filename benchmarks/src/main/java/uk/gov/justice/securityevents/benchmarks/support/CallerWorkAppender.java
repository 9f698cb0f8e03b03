package uk.gov.justice.securityevents.benchmarks.support;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.UnsynchronizedAppenderBase;
import uk.gov.justice.securityevents.EmittedEvent;
import uk.gov.justice.securityevents.SecurityEventWriter;
import uk.gov.justice.securityevents.transport.OutboundEvent;
import uk.gov.justice.securityevents.transport.OutboundEvents;

/**
 * A Logback appender that does part of the shipping appender's work on the calling thread and then discards the
 * event, so {@code EmitBenchmark} can take the emit path apart ({@code docs/performance.md}, third round):
 * <ul>
 *   <li>{@code serialise} false (variant {@code sdkRecordOnly}): finds the event among the log call's arguments and
 *       counts it — what is left is {@code SecurityEvents.record}'s stamp, SLF4J, Logback and the appender dispatch;</li>
 *   <li>{@code serialise} true (variant {@code sdkSerialiseOnly}): also serialises it into the {@link OutboundEvent}
 *       the shipping appender would queue — the calling thread's whole work without the queue and sender.</li>
 * </ul>
 * Events are counted in {@link DiscardingAppender#EVENTS} (and bytes in {@link DiscardingAppender#BYTES}), so the
 * benchmark's "nothing lost" check covers these variants too.
 */
public class CallerWorkAppender extends UnsynchronizedAppenderBase<ILoggingEvent> {
    private final SecurityEventWriter writer = SecurityEventWriter.create(Fixtures.context());
    private boolean serialise;

    /** @param serialise whether to serialise each event (else only find and count it) */
    public void setSerialise(boolean serialise) {
        this.serialise = serialise;
    }

    @Override
    protected void append(ILoggingEvent event) {
        EmittedEvent emitted = EmittedEvent.findIn(event.getArgumentArray());
        if (emitted == null) {
            return;
        }
        if (serialise) {
            OutboundEvent outbound = OutboundEvents.serialise(emitted, writer);
            DiscardingAppender.BYTES.add(outbound.jsonLength());
        }
        DiscardingAppender.EVENTS.increment();
    }
}
