package uk.gov.justice.securityevents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
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
}
