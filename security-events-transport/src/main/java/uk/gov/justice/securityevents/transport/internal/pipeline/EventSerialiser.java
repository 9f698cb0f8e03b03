package uk.gov.justice.securityevents.transport.internal.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLongArray;
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
    /*
     * Every offer reads the estimate; the sender updates its tally for every event it serialises. Each sits alone in
     * the middle of its own padded array (128 bytes each side), so the sender's per-event writes never take away the
     * cache line every offering thread reads (as fields of one object, or two small objects allocated together, they
     * could share one).
     */
    private static final int PAD = 16;
    private static final int ESTIMATE = PAD;
    private final AtomicLongArray shared = new AtomicLongArray(2 * PAD + 1);
    // sender thread only: largest size this window, events this window, events serialised, bytes counted twice
    private static final int WINDOW_LARGEST = PAD;
    private static final int WINDOW_EVENTS = PAD + 1;
    private static final int SERIALISED = PAD + 2;
    private static final int OVERCOUNTED = PAD + 3;
    private final long[] tally = new long[2 * PAD + 4];

    EventSerialiser(EventQueue queue, Counters counters, PipelineSettings settings, StatusReporter status) {
        this.queue = queue;
        this.counters = counters;
        this.settings = settings;
        this.status = status;
        shared.set(ESTIMATE, INITIAL_ESTIMATE_BYTES);
    }

    /** @return bytes an event left to the sender is counted at until it is serialised */
    long estimate() {
        return shared.get(ESTIMATE);
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
        tally[SERIALISED]++;
        int wire = Ndjson.lineLength(event);
        long size = event.retainedBytes();
        track(size);
        if (QueuedEvent.tooLarge(wire, size, settings)) {
            return drop(e, DropReason.EVENT_TOO_LARGE);
        }
        long extra = size - e.retainedBytes();
        if (extra > 0) {
            releaseOvercount(); // the room other estimates left over, before asking for more
            if (queue.tryReserve(extra) == EventQueue.NO_ROOM) {
                return drop(e, DropReason.QUEUE_FULL);
            }
        }
        if (extra < 0) {
            tally[OVERCOUNTED] -= extra; // released once per batch or chunk (releaseOvercount), not once per event
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
        releaseOvercount();
        return out == null ? events : out;
    }

    /**
     * Sender thread: releases the bytes by which the estimates of the events serialised since the last call exceeded
     * their true sizes (one update of the queue's counters per batch or chunk; until then the bound only errs safe).
     */
    void releaseOvercount() {
        long bytes = tally[OVERCOUNTED];
        if (bytes > 0) {
            tally[OVERCOUNTED] = 0;
            queue.unreserve(bytes);
        }
    }

    /**
     * @return events the sender serialised since the pipeline was built (a diagnostic, written without a memory
     *     barrier: exact once the sender thread has ended, e.g. after {@code stop})
     */
    long serialisedBySender() {
        return tally[SERIALISED];
    }

    private QueuedEvent drop(QueuedEvent e, DropReason reason) {
        counters.dropped(reason, 1);
        queue.release(e.retainedBytes(), 1);
        return null;
    }

    private void track(long size) {
        long[] t = tally;
        if (size > t[WINDOW_LARGEST]) {
            t[WINDOW_LARGEST] = size;
            if (size > shared.get(ESTIMATE)) {
                shared.set(ESTIMATE, size);
            }
        }
        if (++t[WINDOW_EVENTS] == ESTIMATE_WINDOW) {
            if (t[WINDOW_LARGEST] != shared.get(ESTIMATE)) {
                shared.set(ESTIMATE, t[WINDOW_LARGEST]);
            }
            t[WINDOW_LARGEST] = 0;
            t[WINDOW_EVENTS] = 0;
        }
    }

    private void warn(EmittedEvent emitted, RuntimeException e) {
        status.warn("security event " + emitted.envelope().uid() + " (" + emitted.event().eventCode()
                + ") could not be serialised and was dropped (UNSERIALISABLE): " + e.getMessage());
    }
}
