package uk.gov.justice.securityevents;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;
import uk.gov.justice.securityevents.authentication.LoginFailure;
import uk.gov.justice.securityevents.model.User;

class SecurityEventsTest {
    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private Logger logger;

    @BeforeEach
    void attach() {
        logger = (Logger) LoggerFactory.getLogger(SecurityEvents.LOGGER_NAME);
        captured.start();
        logger.addAppender(captured);
    }

    @AfterEach
    void detach() {
        logger.detachAppender(captured);
    }

    private static LoginFailure failure(String userName) {
        return LoginFailure.builder().user(User.of("u-1", userName)).reason(LoginFailure.Reason.INVALID_CREDENTIALS)
                .build();
    }

    @Test
    void emitLogsTheTypedEventIntactWithMarkerAndSingleLineMessage() {
        SecurityEvents events = SecurityEvents.builder().build();

        EmittedEvent emitted = events.record(failure("eve\r\nFAKE 200 OK admin logged in"));

        assertThat(captured.list).hasSize(1);
        ILoggingEvent logged = captured.list.get(0);
        assertThat(logged.getMarkerList()).containsExactly(SecurityEvents.MARKER);
        assertThat(logged.getArgumentArray()).containsExactly(emitted);
        assertThat(logged.getLevel().toString()).isEqualTo("WARN");
        assertThat(logged.getFormattedMessage())
                .doesNotContain("\r", "\n")
                .startsWith("security event authn_login_fail User[uid=u-1, name=eve__FAKE 200 OK admin logged in]")
                .contains("moj-principle:1a", emitted.envelope().uid());
    }

    @Test
    void envelopeHasUuidV7MicrosecondTimeAndIncreasingSequence() {
        Instant now = Instant.parse("2026-11-27T10:15:30.123456789Z");
        SecurityEvents events = SecurityEvents.builder().clock(Clock.fixed(now, ZoneOffset.UTC)).build();

        Envelope first = events.record(failure("a")).envelope();
        Envelope second = events.record(failure("b")).envelope();

        UUID uid = UUID.fromString(first.uid());
        assertThat(uid.version()).isEqualTo(7);
        assertThat(uid.variant()).isEqualTo(2);
        assertThat(uid.getMostSignificantBits() >>> 16).isEqualTo(now.toEpochMilli());
        assertThat(first.uid()).isNotEqualTo(second.uid());
        assertThat(first.time()).isEqualTo(Instant.parse("2026-11-27T10:15:30.123456Z"));
        assertThat(first.sequence()).isEqualTo(1);
        assertThat(second.sequence()).isEqualTo(2);
        assertThat(first.producerInstanceUid()).isEqualTo(events.instanceUid())
                .isNotEqualTo(SecurityEvents.builder().build().instanceUid());
    }

    @Test
    void sequenceWrapsFromIntegerMaxToOneAsRfc5424Requires() {
        SecurityEvents events = SecurityEvents.builder().lastSequence(Integer.MAX_VALUE - 1).build();

        assertThat(events.record(failure("a")).envelope().sequence()).isEqualTo(Integer.MAX_VALUE);
        assertThat(events.record(failure("b")).envelope().sequence()).isEqualTo(1);
    }

    @Test
    void currentOpenTelemetrySpanIdsAreStampedAndWritten() {
        SdkTracerProvider provider = SdkTracerProvider.builder()
                .addSpanProcessor(SimpleSpanProcessor.create(SpanExporter.composite())).build();
        Tracer tracer = provider.get("test");
        Span span = tracer.spanBuilder("login").startSpan();
        EmittedEvent emitted;
        try (Scope ignored = span.makeCurrent()) {
            emitted = SecurityEvents.builder().build().record(failure("a"));
        } finally {
            span.end();
            provider.close();
        }

        assertThat(emitted.envelope().traceId()).isEqualTo(span.getSpanContext().getTraceId()).hasSize(32);
        assertThat(emitted.envelope().spanId()).isEqualTo(span.getSpanContext().getSpanId()).hasSize(16);
        String json = SecurityEventWriter.create(ServiceContext.defaults()).toJson(emitted);
        assertThat(json).contains("\"trace_id\":\"" + span.getSpanContext().getTraceId() + "\"");
    }

    @Test
    void withoutASpanThereAreNoTraceIds() {
        Envelope envelope = SecurityEvents.builder().build().record(failure("a")).envelope();

        assertThat(envelope.traceId()).isNull();
        assertThat(envelope.spanId()).isNull();
    }

    @Test
    void severityDecidesTheLogLevel() {
        assertThat(SecurityEvents.levelOf(Severity.INFORMATIONAL)).isEqualTo(Level.INFO);
        assertThat(SecurityEvents.levelOf(Severity.LOW)).isEqualTo(Level.INFO);
        assertThat(SecurityEvents.levelOf(Severity.MEDIUM)).isEqualTo(Level.WARN);
        assertThat(SecurityEvents.levelOf(Severity.HIGH)).isEqualTo(Level.WARN);
        assertThat(SecurityEvents.levelOf(Severity.CRITICAL)).isEqualTo(Level.ERROR);
    }

    @Test
    void aLoggerSwitchedOffIsCountedNotSilent() {
        ch.qos.logback.classic.Level before = logger.getLevel();
        logger.setLevel(ch.qos.logback.classic.Level.OFF);
        try {
            SecurityEvents events = SecurityEvents.builder().build();
            events.record(failure("a"));
            events.record(failure("b"));

            assertThat(events.notLoggedCount()).isEqualTo(2);
            assertThat(captured.list).isEmpty();
        } finally {
            logger.setLevel(before);
        }
    }

    @Test
    void bareEventsLoggedDirectlyAreFoundAndStamped() {
        LoginFailure event = failure("a");

        EmittedEvent found = EmittedEvent.findIn(new Object[] {"x", event});

        assertThat(found.event()).isSameAs(event);
        assertThat(found.envelope().sequence()).isPositive();
        assertThat(EmittedEvent.findIn(new Object[] {"x", 1})).isNull();
        assertThat(EmittedEvent.findIn(null)).isNull();
    }
}
