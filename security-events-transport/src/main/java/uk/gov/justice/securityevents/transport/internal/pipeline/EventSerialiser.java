package uk.gov.justice.securityevents.transport.internal.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import uk.gov.justice.securityevents.EmittedEvent;
import uk.gov.justice.securityevents.SecurityEventWriter;
import uk.gov.justice.securityevents.transport.DropReason;
import uk.gov.justice.securityevents.transport.OutboundEvent;
import uk.gov.justice.securityevents.transport.OutboundEvents;
import uk.gov.justice.securityevents.transport.PipelineSettings;
import uk.gov.justice.securityevents.transport.StatusReporter;
import uk.gov.justice.securityevents.transport.internal.codec.Ndjson;

/**
 * Serialises the events a pipeline is offered unserialised: on the calling thread, or later on the sender thread
 * just before the event joins a batch or the spool ({@link #ready}). An event left for the sender is counted against
 * the queue bound at an estimate of its size (the largest event serialised lately); once serialised its true size
 * replaces the estimate, within the bound. Either way every failure is counted as {@link DropReason#UNSERIALISABLE}.
 */
final class EventSerialiser {

    /** Estimate for an event left to the sender before any event was serialised: {@value} bytes. */
    static final long INITIAL_ESTIMATE_BYTES = 4096;
    /** Events serialised by the sender per estimate window: the estimate is the largest of the last window. */
    static final int ESTIMATE_WINDOW = 1024;

    private final EventQueue queue;
    private final Counters counters;
    private final PipelineSettings settings;
    private final StatusReporter status;
    /** Read by every offer, written by the sender at most once per window (or when an event is larger). */
    private final AtomicLong estimate = new AtomicLong(INITIAL_ESTIMATE_BYTES);
    // sender thread only
    private long windowLargest;
    private int windowEvents;
    /** Events the sender serialised (a diagnostic for tests and benchmarks). */
    private final AtomicLong serialisedBySender = new AtomicLong();

    EventSerialiser(EventQueue queue, Counters counters, PipelineSettings settings, StatusReporter status) {
        this.queue = queue;
        this.counters = counters;
        this.settings = settings;
        this.status = status;
    }

    /** @return bytes an event left to the sender is counted at until it is serialised */
    long estimate() {
        return estimate.get();
    }

    /**
     * Serialises on the calling thread; a failure is counted as a rejected offer ({@link DropReason#UNSERIALISABLE}).
     *
     * @return the serialised event, or null if it could not be serialised
     */
    OutboundEvent serialiseNow(EmittedEvent emitted, SecurityEventWriter writer) {
        try {
            return OutboundEvents.serialise(emitted, writer);
        } catch (RuntimeException e) {
            counters.rejected(DropReason.UNSERIALISABLE);
            warn(emitted, e);
            return null;
        }
    }

    /**
     * Sender thread: the event serialised, with its true size accounted, or null when it was dropped instead (could
     * not be serialised, too large for a batch, or no room for its true size; counted and released).
     */
    QueuedEvent ready(QueuedEvent e) {
        if (e.isSerialised()) {
            return e;
        }
        OutboundEvent event;
        try {
            event = OutboundEvents.serialise(e.emitted(), e.writer());
        } catch (RuntimeException ex) {
            warn(e.emitted(), ex);
            return drop(e, DropReason.UNSERIALISABLE);
        }
        serialisedBySender.incrementAndGet();
        int wire = Ndjson.lineLength(event);
        long size = event.retainedBytes();
        track(size);
        if (wire > settings.maxBatchBytes() || size > settings.maxQueueBytes()) {
            return drop(e, DropReason.EVENT_TOO_LARGE);
        }
        long extra = size - e.retainedBytes();
        if (extra > 0 && queue.tryReserve(extra) == EventQueue.NO_ROOM) {
            return drop(e, DropReason.QUEUE_FULL);
        }
        if (extra < 0) {
            queue.release(-extra, 0);
        }
        return new QueuedEvent(event, size, wire, e.enqueuedNanos());
    }

    /** Sender thread: {@link #ready(QueuedEvent)} for each, leaving out those dropped. */
    List<QueuedEvent> ready(List<QueuedEvent> events) {
        List<QueuedEvent> out = null;
        for (int i = 0; i < events.size(); i++) {
            QueuedEvent e = events.get(i);
            QueuedEvent r = ready(e);
            if (r != e && out == null) {
                out = new ArrayList<>(events.subList(0, i));
            }
            if (out != null && r != null) {
                out.add(r);
            }
        }
        return out == null ? events : out;
    }

    /** @return events the sender serialised since the pipeline was built */
    long serialisedBySender() {
        return serialisedBySender.get();
    }

    private QueuedEvent drop(QueuedEvent e, DropReason reason) {
        counters.dropped(reason, 1);
        queue.release(e.retainedBytes(), 1);
        return null;
    }

    private void track(long size) {
        if (size > windowLargest) {
            windowLargest = size;
            if (size > estimate.get()) {
                estimate.set(size);
            }
        }
        if (++windowEvents == ESTIMATE_WINDOW) {
            if (windowLargest != estimate.get()) {
                estimate.set(windowLargest);
            }
            windowLargest = 0;
            windowEvents = 0;
        }
    }

    private void warn(EmittedEvent emitted, RuntimeException e) {
        status.warn("security event " + emitted.envelope().uid() + " (" + emitted.event().eventCode()
                + ") could not be serialised and was dropped (UNSERIALISABLE): " + e.getMessage());
    }
}
