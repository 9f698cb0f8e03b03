package uk.gov.justice.securityevents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import uk.gov.justice.securityevents.authentication.LoginFailure;
import uk.gov.justice.securityevents.model.User;

/** The startup buffer: bounded, oldest dropped and counted, handed once to the first sink, then off for good. */
class StartupBufferTest {
    private static LoginFailure failure(String uid) {
        return LoginFailure.builder().user(User.ofUid(uid)).reason(LoginFailure.Reason.INVALID_CREDENTIALS).build();
    }

    @Test
    void holdsTheNewestEventsUpToItsCapacityAndHandsThemOnceToTheFirstSink() {
        StartupBuffer buffer = new StartupBuffer(3);
        SecurityEvents events = SecurityEvents.builder().startupBuffer(buffer).build();
        List<EmittedEvent> emitted = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            emitted.add(events.record(failure("u-" + i)));
        }
        assertThat(buffer.size()).isEqualTo(3);
        assertThat(buffer.overflowCount()).isEqualTo(2);

        List<EmittedEvent> first = new ArrayList<>();
        SecurityEventSink sink = first::add;
        assertThat(buffer.attach(sink)).isEqualTo(3);
        assertThat(first).containsExactlyElementsOf(emitted.subList(2, 5));
        assertThat(buffer.isCollecting()).isFalse();

        events.record(failure("after"));
        List<EmittedEvent> second = new ArrayList<>();
        assertThat(buffer.attach(second::add)).isZero();
        assertThat(second).isEmpty();
        assertThat(buffer.size()).isZero();
        assertThat(buffer.attachedSinks()).isEqualTo(2);
        buffer.detach(sink);
        assertThat(buffer.attachedSinks()).isEqualTo(1);
    }

    @Test
    void theDefaultCapacityIsDocumented() {
        assertThat(StartupBuffer.DEFAULT_CAPACITY).isEqualTo(1000);
        assertThat(StartupBuffer.global().capacity()).isEqualTo(StartupBuffer.DEFAULT_CAPACITY);
    }

    @Test
    void mdcValuesGoUnderUnmappedMdcAsEscapedBoundedFreeText() {
        SecurityEventWriter writer = SecurityEventWriter.create(ServiceContext.builder().serviceName("svc")
                .hostname("h").build(), 64);
        EmittedEvent e = SecurityEvents.builder().startupBuffer(new StartupBuffer(0)).build().stamp(failure("u"));
        java.util.Map<String, String> mdc = new java.util.LinkedHashMap<>();
        mdc.put("requestId", "r-1\u2028x");
        mdc.put("long", "y".repeat(100));
        String json = writer.toJson(e.withMdc(mdc));
        assertThat(json).contains("\"unmapped\":{\"mdc\":{\"requestId\":\"r-1\\u2028x\",\"long\":\"" + "y".repeat(64));
        assertThat(writer.toJson(e.withMdc(java.util.Map.of()))).isEqualTo(writer.toJson(e)).doesNotContain("unmapped");
    }

    @Test
    void afterAFormattingOutputStartsCollectionEndsWhenNoShippingOutputAttachesWithinTheGrace() {
        AtomicLong now = new AtomicLong(1_000);
        StartupBuffer buffer = new StartupBuffer(10, now::get);
        SecurityEvents events = SecurityEvents.builder().startupBuffer(buffer).build();
        events.record(failure("before-1"));
        events.record(failure("before-2"));

        buffer.formattingOutputStarted(Duration.ofSeconds(60));
        events.record(failure("written-by-the-formatter"));
        assertThat(buffer.isCollecting()).isTrue();
        assertThat(buffer.size()).isEqualTo(3);

        now.addAndGet(Duration.ofSeconds(60).toNanos());
        events.record(failure("after-the-grace"));
        assertThat(buffer.isCollecting()).isFalse();
        assertThat(buffer.size()).isZero();
        // the two events from before the formatting output no output wrote: counted, not lost silently
        assertThat(buffer.overflowCount()).isEqualTo(2);
        List<EmittedEvent> late = new ArrayList<>();
        assertThat(buffer.attach(late::add)).isZero();
        assertThat(late).isEmpty();
    }

    @Test
    void aShippingOutputAttachingWithinTheGraceStillReceivesEveryHeldEvent() {
        AtomicLong now = new AtomicLong();
        StartupBuffer buffer = new StartupBuffer(10, now::get);
        SecurityEvents events = SecurityEvents.builder().startupBuffer(buffer).build();
        List<EmittedEvent> emitted = new ArrayList<>();
        emitted.add(events.record(failure("before")));
        buffer.formattingOutputStarted(Duration.ofSeconds(60));
        buffer.formattingOutputStarted(Duration.ZERO); // only the first formatting output sets the deadline
        now.addAndGet(Duration.ofSeconds(59).toNanos());
        emitted.add(events.record(failure("within-the-grace")));

        List<EmittedEvent> shipped = new ArrayList<>();
        assertThat(buffer.attach(shipped::add)).isEqualTo(2);
        assertThat(shipped).containsExactlyElementsOf(emitted);
        assertThat(buffer.overflowCount()).isZero();
    }

    @Test
    void eventsEvictedWhileFullAreCountedOnceEvenWhenTheGraceEndsCollectionLater() {
        AtomicLong now = new AtomicLong();
        StartupBuffer buffer = new StartupBuffer(2, now::get);
        SecurityEvents events = SecurityEvents.builder().startupBuffer(buffer).build();
        events.record(failure("before-1"));
        events.record(failure("before-2"));
        buffer.formattingOutputStarted(Duration.ofMillis(1));
        events.record(failure("after-1")); // evicts before-1: counted now
        events.record(failure("after-2")); // evicts before-2: counted now
        assertThat(buffer.overflowCount()).isEqualTo(2);
        now.addAndGet(Duration.ofMillis(1).toNanos());
        events.record(failure("ends-collection"));
        assertThat(buffer.isCollecting()).isFalse();
        assertThat(buffer.overflowCount()).isEqualTo(2); // after-1 and after-2 were written by the formatter
    }
}
