package uk.gov.justice.securityevents.conformance;

import java.time.Instant;
import uk.gov.justice.securityevents.EmittedEvent;
import uk.gov.justice.securityevents.Envelope;
import uk.gov.justice.securityevents.SecurityEvent;
import uk.gov.justice.securityevents.ServiceContext;

/** Fixed envelope and enrichment so outputs can be compared byte for byte across outputs and runs. */
public final class Fixed {
    /** Event id used by every fixed envelope. */
    public static final String UID = "0196a1e4-7c1a-7b3e-9f00-1c2d3e4f5a6b";
    /** Occurrence time used by every fixed envelope. */
    public static final Instant TIME = Instant.parse("2026-05-01T10:15:30.123456Z");
    /** Producer instance id. */
    public static final String INSTANCE = "0b5e8f4c-3f7a-4d2e-9c1b-2a6d7e8f9a0b";

    private Fixed() {
    }

    /** The enrichment the conformance suite and golden files use. */
    public static ServiceContext context() {
        return ServiceContext.builder().serviceName("case-api").serviceVersion("2.3.1").environment("production")
                .tenant("hmpps").hostname("case-api-7d9f8-abcde").build();
    }

    /** An envelope with the given sequence and no trace. */
    public static Envelope envelope(int sequence) {
        return new Envelope(UID, TIME, sequence, INSTANCE, null, null);
    }

    /** An envelope with a trace. */
    public static Envelope tracedEnvelope(int sequence) {
        return new Envelope(UID, TIME, sequence, INSTANCE, "4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7");
    }

    /** The event with a fixed envelope. */
    public static EmittedEvent emitted(SecurityEvent event, int sequence) {
        return new EmittedEvent(event, envelope(sequence));
    }
}
