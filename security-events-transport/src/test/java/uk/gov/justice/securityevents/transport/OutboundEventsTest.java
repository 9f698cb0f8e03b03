package uk.gov.justice.securityevents.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import uk.gov.justice.securityevents.EmittedEvent;
import uk.gov.justice.securityevents.Envelope;
import uk.gov.justice.securityevents.SecurityEventWriter;
import uk.gov.justice.securityevents.ServiceContext;
import uk.gov.justice.securityevents.authentication.LoginFailure;
import uk.gov.justice.securityevents.model.User;

/** Routing fields come from the event, its envelope and the writer's enrichment; the JSON is the writer's. */
class OutboundEventsTest {
    private static final Instant TIME = Instant.parse("2026-05-01T10:15:30.123456Z");

    @Test
    void routingFieldsComeFromTheEventEnvelopeAndContext() {
        ServiceContext context = ServiceContext.builder().serviceName("case-api").tenant("hmpps").hostname("pod-1")
                .build();
        SecurityEventWriter writer = SecurityEventWriter.create(context);
        EmittedEvent emitted = new EmittedEvent(LoginFailure.builder().user(User.ofUid("u-1"))
                .reason(LoginFailure.Reason.INVALID_CREDENTIALS).build(),
                new Envelope("0196a1e4-7c1a-7b3e-9f00-1c2d3e4f5a6b", TIME, 42, "instance", null, null));

        OutboundEvent out = OutboundEvents.serialise(emitted, writer);

        assertThat(new String(out.jsonBytes(), StandardCharsets.UTF_8)).isEqualTo(writer.toJson(emitted));
        assertThat(out.uid()).isEqualTo("0196a1e4-7c1a-7b3e-9f00-1c2d3e4f5a6b");
        assertThat(out.time()).isEqualTo(TIME);
        assertThat(out.sequence()).isEqualTo(42);
        assertThat(out.classUid()).isEqualTo(3002);
        assertThat(out.activityId()).isEqualTo(1);
        assertThat(out.typeUid()).isEqualTo(300201);
        assertThat(out.severityId()).isEqualTo(emitted.event().severity().id());
        assertThat(out.eventCode()).isEqualTo("authn_login_fail");
        assertThat(out.tenant()).isEqualTo("hmpps");
        assertThat(out.serviceName()).isEqualTo("case-api");
        assertThat(out.hostname()).isEqualTo("pod-1");

        OutboundEvent bare = OutboundEvents.from(emitted, writer.toBytes(emitted));
        assertThat(bare.tenant()).isNull();
        assertThat(bare.serviceName()).isNull();
    }
}
