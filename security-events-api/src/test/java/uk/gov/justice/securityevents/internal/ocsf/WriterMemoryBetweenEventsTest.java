package uk.gov.justice.securityevents.internal.ocsf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import uk.gov.justice.securityevents.EmittedEvent;
import uk.gov.justice.securityevents.Envelope;
import uk.gov.justice.securityevents.SecurityEventWriter;
import uk.gov.justice.securityevents.conformance.AllEventFixtures;
import uk.gov.justice.securityevents.conformance.EventFixture;
import uk.gov.justice.securityevents.conformance.Fixed;

/**
 * What the writer remembers on a thread from one event to the next (the order in which the previous event looked up
 * its field names and constants, the producer id it wrote, the minute of its {@code time_dt}) only saves work: an
 * event's bytes are the same whatever the thread wrote before it.
 */
class WriterMemoryBetweenEventsTest {
    private static final String[] PRODUCERS = {"0b5e8f4c-3f7a-4d2e-9c1b-2a6d7e8f9a0b", "producer \"two\"\u2028\u00e9",
        "p-\ud800-lone"};

    @Test
    void eventsWrittenInAnyOrderOnOneThreadAreByteForByteWhatAFreshThreadWrites() throws Exception {
        SecurityEventWriter writer = SecurityEventWriter.create(Fixed.context());
        List<EventFixture> fixtures = AllEventFixtures.all();
        SplittableRandom random = new SplittableRandom(27L);
        List<EmittedEvent> events = new ArrayList<>();
        long second = Fixed.TIME.getEpochSecond();
        for (int i = 0; i < 600; i++) {
            // runs of one type (the look-up order repeats) broken by other types (it does not)
            EventFixture fixture = fixtures.get(i % 7 < 4 ? i / 7 % fixtures.size() : random.nextInt(fixtures.size()));
            second += random.nextInt(5) - 1; // mostly within a minute, now and then across, now and then back
            // the same producer id instance most of the time, an equal copy or another id now and then
            String producer = random.nextInt(4) > 0 ? PRODUCERS[0]
                    : random.nextBoolean() ? new String(PRODUCERS[0]) : PRODUCERS[random.nextInt(PRODUCERS.length)];
            Envelope envelope = new Envelope("0196a1e4-7c1a-7b3e-9f00-" + (100_000_000_000L + i),
                    Instant.ofEpochSecond(second, random.nextInt(1_000_000) * 1000), i + 1, producer, null, null);
            events.add(new EmittedEvent(fixture.build(), envelope));
        }

        List<byte[]> inSequence = new ArrayList<>();
        for (EmittedEvent e : events) {
            inSequence.add(writer.toBytes(e));
        }
        for (int i = 0; i < events.size(); i++) {
            byte[] fresh = onFreshThread(writer, events.get(i));
            assertThat(new String(inSequence.get(i), StandardCharsets.UTF_8)).as("event %d", i)
                    .isEqualTo(new String(fresh, StandardCharsets.UTF_8));
        }
        // the producer ids were written from the remembered bytes and escaped when they had to be
        assertThat(new String(inSequence.get(0), StandardCharsets.UTF_8))
                .contains("\"uid\":\"" + events.get(0).envelope().producerInstanceUid() + "\"");
        assertThat(inSequence).map(b -> new String(b, StandardCharsets.UTF_8))
                .anySatisfy(json -> assertThat(json).contains("\"uid\":\"producer \\\"two\\\"\\u2028\u00e9\""))
                .anySatisfy(json -> assertThat(json).contains("\"uid\":\"p-\uFFFD-lone\""));
    }

    private static byte[] onFreshThread(SecurityEventWriter writer, EmittedEvent event) throws InterruptedException {
        AtomicReference<byte[]> bytes = new AtomicReference<>();
        Thread t = new Thread(() -> bytes.set(writer.toBytes(event)));
        t.start();
        t.join();
        return bytes.get();
    }
}
