package uk.gov.justice.securityevents;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.slf4j.MarkerFactory;
import org.slf4j.event.Level;
import uk.gov.justice.securityevents.internal.TraceContext;
import uk.gov.justice.securityevents.internal.UuidV7;

/**
 * Emits security events: stamps the {@link Envelope} and logs the {@link EmittedEvent} through SLF4J on logger
 * {@value #LOGGER_NAME} with marker {@value #MARKER_NAME}, so the typed object reaches Logback or Log4j2 intact and
 * the SDK's appenders can serialise and ship it. Without any appender of ours the line is still a readable, single-line
 * log message.
 *
 * <pre>{@code
 * SecurityEvents.emit(LoginFailure.builder()
 *         .user(User.of("u-123", "jdoe"))
 *         .sourceEndpoint(Endpoint.of("198.51.100.7", 51544))
 *         .reason(LoginFailure.Reason.INVALID_CREDENTIALS)
 *         .build());
 * }</pre>
 *
 * <p>Use the static {@link #emit(SecurityEvent)} or inject an instance and call {@link #record(SecurityEvent)}. Each
 * instance is a producer instance: it has its own id and sequence ({@code metadata.reporter.uid},
 * {@code metadata.sequence}), so a consumer can spot gaps. Emitting never does I/O itself and never throws for a
 * logging problem. Thread-safe.
 */
public final class SecurityEvents {
    /** The SLF4J logger events are logged on: {@value}. */
    public static final String LOGGER_NAME = "security-events";
    /** The SLF4J marker every event carries: {@value}. */
    public static final String MARKER_NAME = "SECURITY_EVENT";
    /** The marker itself. */
    public static final Marker MARKER = MarkerFactory.getMarker(MARKER_NAME);
    /** The message pattern; the argument is the {@link EmittedEvent}. */
    public static final String MESSAGE_PATTERN = "security event {}";

    private static final SecurityEvents DEFAULT = builder().build();

    private final Logger logger;
    private final Clock clock;
    private final StartupBuffer startupBuffer;
    private final String instanceUid;
    /*
     * The sequence is the one field every emitting thread writes: it sits alone in the middle of a padded array, so
     * incrementing it never invalidates a cache line holding the read-mostly fields the other threads use.
     */
    private static final int SEQUENCE = 32; // ints of padding each side: 128 bytes
    private final AtomicIntegerArray sequence = new AtomicIntegerArray(2 * SEQUENCE + 1);
    private final AtomicLong notLogged = new AtomicLong();
    private final AtomicBoolean warnedNotLogged = new AtomicBoolean();

    private SecurityEvents(Builder b) {
        this.logger = LoggerFactory.getLogger(b.loggerName);
        this.clock = b.clock;
        this.startupBuffer = b.startupBuffer;
        this.instanceUid = UuidV7.randomInstanceId();
        this.sequence.set(SEQUENCE, b.lastSequence);
    }

    /** The process-wide instance behind {@link #emit(SecurityEvent)}. */
    public static SecurityEvents getDefault() {
        return DEFAULT;
    }

    /**
     * Emits an event through the process-wide instance.
     *
     * @param event the event
     * @return the event with its envelope
     */
    public static EmittedEvent emit(SecurityEvent event) {
        return DEFAULT.record(event);
    }

    /** A builder for an injectable instance. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Stamps the envelope without logging: for appenders that receive a bare {@link SecurityEvent} logged directly,
     * and for tests.
     *
     * @param event the event
     * @return the event with a new envelope from this producer instance
     */
    public EmittedEvent stamp(SecurityEvent event) {
        return new EmittedEvent(Objects.requireNonNull(event, "event"), stamp());
    }

    /**
     * Stamps the envelope and logs the event. Until a shipping output has started, the event is also kept in the
     * {@link StartupBuffer} so that output can deliver it.
     *
     * @param event the event
     * @return the event with its envelope
     */
    public EmittedEvent record(SecurityEvent event) {
        EmittedEvent emitted = stamp(event);
        startupBuffer.collect(emitted);
        Level level = levelOf(event.severity());
        if (logger.isEnabledForLevel(level)) {
            log(level, emitted);
        } else {
            countNotLogged(level);
        }
        return emitted;
    }

    /** The plain SLF4J calls, not the fluent builder: no builder, list or second event object per emit. */
    private void log(Level level, EmittedEvent emitted) {
        switch (level) {
            case ERROR:
                logger.error(MARKER, MESSAGE_PATTERN, emitted);
                break;
            case WARN:
                logger.warn(MARKER, MESSAGE_PATTERN, emitted);
                break;
            default:
                logger.info(MARKER, MESSAGE_PATTERN, emitted);
        }
    }

    /** Creates the next envelope: id, time, sequence, trace. */
    Envelope stamp() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String[] trace = TraceContext.current();
        return new Envelope(UuidV7.at(now.toEpochMilli()).toString(), now, nextSequence(), instanceUid,
                trace != null ? trace[0] : null, trace != null ? trace[1] : null);
    }

    private int nextSequence() {
        // metadata.sequence is an OCSF integer and RFC 5424 sequenceId wraps from 2147483647 to 1.
        // The first access is a compare-and-exchange from a guess, not a read: when another thread emitted last, a
        // failed one brings the line here for writing and returns the value, and the next one succeeds without the
        // line moving again (a read then a CAS moved it twice).
        int s = 0;
        while (true) {
            int next = s == Integer.MAX_VALUE ? 1 : s + 1;
            int found = sequence.compareAndExchange(SEQUENCE, s, next);
            if (found == s) {
                return next;
            }
            s = found;
        }
    }

    private void countNotLogged(Level level) {
        notLogged.incrementAndGet();
        if (warnedNotLogged.compareAndSet(false, true)) {
            System.err.println("security-events: logger '" + logger.getName() + "' is not enabled for " + level
                    + "; security events are being discarded. Enable it at INFO or lower.");
        }
    }

    /** This producer instance's id ({@code metadata.reporter.uid}). */
    public String instanceUid() {
        return instanceUid;
    }

    /** Events discarded because the SLF4J logger was switched off for their level. */
    public long notLoggedCount() {
        return notLogged.get();
    }

    static Level levelOf(Severity severity) {
        switch (severity) {
            case MEDIUM:
            case HIGH:
                return Level.WARN;
            case CRITICAL:
            case FATAL:
                return Level.ERROR;
            default:
                return Level.INFO;
        }
    }

    /** Builds a {@link SecurityEvents} instance. */
    public static final class Builder {
        private String loggerName = LOGGER_NAME;
        private Clock clock = Clock.systemUTC();
        private int lastSequence;
        private StartupBuffer startupBuffer = StartupBuffer.global();

        private Builder() {
        }

        /** Collects into this buffer instead of {@link StartupBuffer#global()}; for tests. */
        Builder startupBuffer(StartupBuffer startupBuffer) {
            this.startupBuffer = Objects.requireNonNull(startupBuffer, "startupBuffer");
            return this;
        }

        /** Starts numbering after {@code lastSequence}; for tests of the wrap-around. */
        Builder lastSequence(int lastSequence) {
            this.lastSequence = lastSequence;
            return this;
        }

        /** The SLF4J logger name; default {@value SecurityEvents#LOGGER_NAME}. */
        public Builder loggerName(String loggerName) {
            this.loggerName = Objects.requireNonNull(loggerName, "loggerName");
            return this;
        }

        /** The clock; default the UTC system clock. Tests fix it. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Builds the instance. */
        public SecurityEvents build() {
            return new SecurityEvents(this);
        }
    }
}
