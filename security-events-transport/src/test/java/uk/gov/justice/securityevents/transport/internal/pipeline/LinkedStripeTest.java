package uk.gov.justice.securityevents.transport.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.justice.securityevents.transport.internal.pipeline.EventQueueTest.entry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import uk.gov.justice.securityevents.transport.testsupport.Workers;

/** One stripe of the queue: first in, first out, with any number of threads adding and taking at once. */
class LinkedStripeTest {

    @Test
    void takesInTheOrderAddedAndPeeksWithoutTaking() {
        LinkedStripe s = new LinkedStripe();
        assertThat(s.isEmpty()).isTrue();
        assertThat(s.poll()).isNull();
        assertThat(s.peek()).isNull();
        List<QueuedEvent> added = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            QueuedEvent e = entry(1, i, i);
            added.add(e);
            s.add(e);
        }
        assertThat(s.isEmpty()).isFalse();
        assertThat(s.peek()).isSameAs(added.get(0));
        assertThat(s.peek()).as("peek does not take").isSameAs(added.get(0));
        for (QueuedEvent e : added) {
            assertThat(s.poll()).isSameAs(e);
        }
        assertThat(s.poll()).isNull();
        assertThat(s.peek()).isNull();
        assertThat(s.isEmpty()).isTrue();
        QueuedEvent again = entry(1, 9, 9);
        s.add(again);
        assertThat(s.peek()).as("usable again once emptied").isSameAs(again);
        assertThat(s.poll()).isSameAs(again);
    }

    /**
     * Four threads add to one stripe (more offering threads than stripes share them) while three take (the sender,
     * and callers evicting the oldest under {@code DROP_OLDEST}): every event is taken exactly once and no taker sees
     * one adder's events out of order.
     */
    @Test
    void manyAddersAndManyTakersTakeEveryEventExactlyOnceInEachAddersOrder() throws Exception {
        int adders = 4;
        int perAdder = 50_000;
        int takers = 3;
        LinkedStripe s = new LinkedStripe();
        AtomicIntegerArray takenTimes = new AtomicIntegerArray(adders * perAdder);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicBoolean addersDone = new AtomicBoolean();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> adding = new ArrayList<>();
        for (int a = 0; a < adders; a++) {
            int adder = a;
            adding.add(Workers.start(failure, () -> {
                start.await();
                for (int i = 0; i < perAdder; i++) {
                    s.add(entry(1, adder * perAdder + i, i));
                }
            }));
        }
        List<Thread> taking = new ArrayList<>();
        for (int t = 0; t < takers; t++) {
            taking.add(Workers.start(failure, () -> {
                int[] last = new int[adders];
                Arrays.fill(last, -1);
                start.await();
                while (true) {
                    QueuedEvent e = s.poll();
                    if (e == null) {
                        if (addersDone.get() && s.isEmpty()) {
                            return;
                        }
                        Thread.onSpinWait();
                        continue;
                    }
                    int id = e.wireBytes();
                    int adder = id / perAdder;
                    int index = id % perAdder;
                    assertThat(index).as("adder %d's events in order", adder).isGreaterThan(last[adder]);
                    last[adder] = index;
                    takenTimes.incrementAndGet(id);
                }
            }));
        }
        start.countDown();
        for (Thread t : adding) {
            t.join(60_000);
        }
        addersDone.set(true);
        for (Thread t : taking) {
            t.join(60_000);
        }

        assertThat(failure.get()).isNull();
        for (int id = 0; id < adders * perAdder; id++) {
            if (takenTimes.get(id) != 1) {
                assertThat(takenTimes.get(id)).as("times event %d was taken", id).isEqualTo(1);
            }
        }
        assertThat(s.isEmpty()).isTrue();
    }
}
