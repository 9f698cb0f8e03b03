package uk.gov.justice.securityevents.transport.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import uk.gov.justice.securityevents.transport.OutboundEvent;
import uk.gov.justice.securityevents.transport.testsupport.TestEvents;

/** The striped queue: its byte bound, its counts, and the order events leave it in. */
class EventQueueTest {

    static final OutboundEvent EVENT = TestEvents.event(1);

    /** An entry whose wire-bytes field carries an id the test reads back. */
    static QueuedEvent entry(long retainedBytes, int id, long enqueuedNanos) {
        return new QueuedEvent(EVENT, retainedBytes, id, enqueuedNanos);
    }

    @Test
    void reservesWithinTheBoundOnlyAndRemembersTheHighWaterMark() {
        EventQueue q = new EventQueue(1_000);
        assertThat(q.tryReserve(600)).isEqualTo(600);
        assertThat(q.tryReserve(401)).isEqualTo(EventQueue.NO_ROOM);
        assertThat(q.tryReserve(400)).isEqualTo(1_000);
        assertThat(q.tryReserve(1)).isEqualTo(EventQueue.NO_ROOM);
        q.release(700, 0);
        assertThat(q.heldBytes()).isEqualTo(300);
        assertThat(q.highWaterMark()).isEqualTo(1_000);
        assertThat(q.awaitReserve(800, 1_000_000)).isEqualTo(EventQueue.NO_ROOM); // 1 ms, nobody releases
        assertThat(q.awaitReserve(700, 1_000_000)).isEqualTo(1_000);
    }

    @Test
    void countsQueuedPendingAndAdmittedEventsThroughEveryWayOut() {
        EventQueue q = new EventQueue(1_000_000);
        List<QueuedEvent> added = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            q.tryReserve(10);
            QueuedEvent e = entry(10, i, i);
            added.add(e);
            assertThat(q.add(e)).as("queued after add %d", i).isEqualTo(i + 1);
        }
        assertThat(q.queuedEvents()).isEqualTo(5);
        assertThat(q.pendingEvents()).isEqualTo(5);

        assertThat(q.pollUncounted()).isSameAs(added.get(0));
        assertThat(q.pollUncounted()).isSameAs(added.get(1));
        assertThat(q.queuedEvents()).as("the sender reports what it took once per batch").isEqualTo(5);
        q.taken(2);
        assertThat(q.queuedEvents()).isEqualTo(3);
        assertThat(q.pendingEvents()).as("taken for sending, still held").isEqualTo(5);

        q.release(20, 2);
        assertThat(q.pendingEvents()).isEqualTo(3);
        assertThat(q.heldBytes()).isEqualTo(30);

        assertThat(q.peek()).isSameAs(added.get(2));
        assertThat(q.poll()).isSameAs(added.get(2));
        assertThat(q.poll()).isSameAs(added.get(3));
        assertThat(q.poll()).isSameAs(added.get(4));
        assertThat(q.poll()).isNull();
        assertThat(q.isEmpty()).isTrue();
        assertThat(q.queuedEvents()).isZero();
        q.release(30, 3);
        assertThat(q.pendingEvents()).isZero();
        assertThat(q.heldBytes()).isZero();
        assertThat(q.admittedEvents()).isEqualTo(5);
    }

    @Test
    void takesTheOldestHeadAcrossTheStripesOfDifferentThreads() throws Exception {
        EventQueue q = new EventQueue(1_000_000);
        long[] first = {1, 4, 5};
        long[] second = {2, 3, 6};
        int stripeA = addFromNewThread(q, first);
        int stripeB = addFromNewThread(q, second);
        assertThat(stripeA).as("threads that offer one after the other get different stripes").isNotEqualTo(stripeB);

        List<Long> order = new ArrayList<>();
        for (QueuedEvent e; (e = q.poll()) != null; ) {
            order.add(e.enqueuedNanos());
        }
        assertThat(order).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
    }

    private static int addFromNewThread(EventQueue q, long[] nanos) throws InterruptedException {
        AtomicInteger stripe = new AtomicInteger();
        Thread t = new Thread(() -> {
            stripe.set(EventQueue.stripeOfCurrentThread());
            for (long n : nanos) {
                q.tryReserve(1);
                q.add(entry(1, (int) n, n));
            }
        });
        t.start();
        t.join();
        return stripe.get();
    }

    @Test
    void manyOfferingThreadsAndOneTakerLoseNothingKeepEachThreadsOrderAndNeverPassTheBound() throws Exception {
        int producers = 4;
        int perProducer = 20_000;
        long bound = 64;
        EventQueue q = new EventQueue(bound);
        CountDownLatch start = new CountDownLatch(1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        for (int p = 0; p < producers; p++) {
            int producer = p;
            Thread t = new Thread(() -> {
                try {
                    start.await();
                    for (int i = 0; i < perProducer; i++) {
                        while (q.tryReserve(1) == EventQueue.NO_ROOM) {
                            Thread.onSpinWait();
                        }
                        q.add(entry(1, producer * 1_000_000 + i, System.nanoTime()));
                    }
                } catch (Throwable e) {
                    failure.set(e);
                }
            });
            t.start();
            threads.add(t);
        }
        int[] next = new int[producers];
        int taken = 0;
        start.countDown();
        while (taken < producers * perProducer) {
            int batch = 0;
            for (QueuedEvent e; batch < 50 && (e = q.pollUncounted()) != null; batch++) {
                int producer = e.wireBytes() / 1_000_000;
                int seq = e.wireBytes() % 1_000_000;
                assertThat(seq).as("next event of producer %d", producer).isEqualTo(next[producer]);
                next[producer]++;
            }
            q.taken(batch);
            q.release(batch, batch);
            taken += batch;
            assertThat(failure.get()).isNull();
        }
        for (Thread t : threads) {
            t.join();
        }
        assertThat(q.pollUncounted()).isNull();
        assertThat(q.highWaterMark()).isLessThanOrEqualTo(bound).isPositive();
        assertThat(q.queuedEvents()).isZero();
        assertThat(q.pendingEvents()).isZero();
        assertThat(q.heldBytes()).isZero();
        assertThat(q.admittedEvents()).isEqualTo((long) producers * perProducer);
        assertThat(next).containsOnly(perProducer);
    }
}
