package uk.gov.justice.securityevents.transport.internal.pipeline;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * One stripe of the {@link EventQueue}: an unbounded lock-free linked queue (Michael and Scott's, with a dummy head
 * node) for any number of adding and taking threads, whose head and tail each sit alone on their own cache lines.
 *
 * <p>Why not {@link java.util.concurrent.ConcurrentLinkedQueue}: its head and tail are two fields of one small
 * object, so the offering thread (which moves the tail) and the sender (which moves the head) pull that one line back
 * and forth between their cores on every few events, and the stripes, allocated together, can share lines too. Here
 * the two ends are elements of one array with 128 bytes or more of padding around each (array elements stay where
 * they are, whatever the field layout or the garbage collector does). A taken node becomes the dummy head; the taker
 * clears its event so nothing taken stays reachable from the stripe.
 */
final class LinkedStripe {

    /** References of padding on each side of each end: 128 bytes with compressed references, 256 without. */
    private static final int PAD = 32;
    private static final int HEAD = PAD;
    private static final int TAIL = HEAD + 1 + 2 * PAD;

    private static final VarHandle NEXT;

    static {
        try {
            NEXT = MethodHandles.lookup().findVarHandle(Node.class, "next", Node.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static final class Node {
        QueuedEvent event; // written before the node is linked (published by the CAS on next), cleared once taken
        volatile Node next;

        Node(QueuedEvent event) {
            this.event = event;
        }
    }

    private final AtomicReferenceArray<Node> ends = new AtomicReferenceArray<>(TAIL + 1 + PAD);

    LinkedStripe() {
        Node dummy = new Node(null);
        ends.set(HEAD, dummy);
        ends.set(TAIL, dummy);
    }

    /** @param e the event to add at the tail */
    void add(QueuedEvent e) {
        Node node = new Node(e);
        while (true) {
            Node tail = ends.get(TAIL);
            Node next = tail.next;
            if (next == null) {
                if (NEXT.compareAndSet(tail, null, node)) {
                    ends.compareAndSet(TAIL, tail, node); // failing is fine: another adder moved it on
                    return;
                }
            } else {
                ends.compareAndSet(TAIL, tail, next); // an adder linked a node but has not moved the tail yet: help
            }
        }
    }

    /** @return the event at the head, removed, or {@code null} if the stripe is empty */
    QueuedEvent poll() {
        while (true) {
            Node head = ends.get(HEAD);
            Node first = head.next;
            if (first == null) {
                return null;
            }
            if (ends.compareAndSet(HEAD, head, first)) {
                QueuedEvent e = first.event; // only the thread whose CAS moved the head reads and clears it
                first.event = null; // first is the dummy now
                return e;
            }
        }
    }

    /** @return the event at the head, not removed, or {@code null} if the stripe is empty */
    QueuedEvent peek() {
        while (true) {
            Node first = ends.get(HEAD).next;
            if (first == null) {
                return null;
            }
            QueuedEvent e = first.event;
            if (e != null) {
                return e;
            }
            // taken between the two reads (its taker cleared it): the head has moved, look again
        }
    }

    /** @return whether the stripe is empty */
    boolean isEmpty() {
        return ends.get(HEAD).next == null;
    }
}
