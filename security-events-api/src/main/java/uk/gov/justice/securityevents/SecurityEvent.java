package uk.gov.justice.securityevents;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.gov.justice.securityevents.internal.Text;
import uk.gov.justice.securityevents.internal.Validate;
import uk.gov.justice.securityevents.model.Actor;
import uk.gov.justice.securityevents.model.User;

/**
 * The root of every typed security event. Each concrete class evidences one MoJ principle item ({@link #principle()})
 * and fixes its OCSF class and activity ({@link #classification()}); callers never handle OCSF numbers.
 *
 * <p>Events are immutable and built with a builder whose {@code build()} checks required fields and names the field at
 * fault. The envelope (event id, time, sequence, trace) is stamped when the event is emitted through
 * {@link SecurityEvents}, not here.
 */
public abstract class SecurityEvent {
    private static final int SUMMARY_FIELD_LENGTH = 64;

    private final Actor actor;
    private final String message;
    private final Severity severity;
    private final String correlationUid;
    private final Instant time;

    /**
     * Copies the fields every event shares from its builder.
     *
     * @param builder the builder
     */
    protected SecurityEvent(Builder<?> builder) {
        this.actor = builder.actor;
        this.message = builder.message;
        this.severity = builder.severity;
        this.correlationUid = Validate.optionalNonBlank(builder.correlationUid, "metadata.correlation_uid");
        this.time = builder.time;
    }

    /** This event's type: its MoJ principle item and possible classifications. */
    public abstract EventType type();

    /** How this event is classified on the wire. Event types with variants choose one from their fields. */
    public Classification classification() {
        return type().classification();
    }

    /** The MoJ principle item this event evidences. */
    public final Principle principle() {
        return type().principle();
    }

    /** {@code metadata.event_code}, e.g. {@code authn_login_fail}. */
    public final String eventCode() {
        return classification().eventCode();
    }

    /** Severity: the caller's override, or the type's default. */
    public final Severity severity() {
        return severity != null ? severity : classification().severity();
    }

    /** Outcome ({@code status_id}). */
    public final Outcome outcome() {
        return classification().outcome();
    }

    /** Who acted, or null when the actor is the target itself or unknown. */
    public Actor actor() {
        return actor;
    }

    /** Free-text description ({@code message}), or null; the writer bounds and escapes it. */
    public String message() {
        return message;
    }

    /** Links related events, e.g. an elevation and its end ({@code metadata.correlation_uid}), or null. */
    public String correlationUid() {
        return correlationUid;
    }

    /** When the activity occurred if not "now" (e.g. a state observed earlier), or null to use the emit time. */
    public Instant time() {
        return time;
    }

    /** Outcome detail ({@code status_detail}) such as {@code INVALID_CREDENTIALS}, or null. */
    public String statusDetail() {
        return null;
    }

    /**
     * SDK attributes that OCSF 1.8.0 has no home for, written under {@code unmapped} in this map's order.
     * Values are strings, numbers or booleans.
     */
    public Map<String, Object> unmapped() {
        return Collections.emptyMap();
    }

    /** What the event is about, for the one-line summary (e.g. the target user), or null. */
    protected Object subject() {
        return null;
    }

    /**
     * A short, single-line, injection-safe description for ordinary logs, e.g.
     * {@code authn_login_fail User[uid=u-1, name=jdoe] (moj-principle:1a)}.
     */
    @Override
    public String toString() {
        return appendSummary(new StringBuilder(96)).toString();
    }

    /** Appends {@link #toString()}'s text (one builder for the whole human log message, see {@link EmittedEvent}). */
    StringBuilder appendSummaryTo(StringBuilder sb) {
        return OVERRIDES_TO_STRING.get(getClass()) ? sb.append(toString()) : appendSummary(sb);
    }

    private StringBuilder appendSummary(StringBuilder sb) {
        sb.append(eventCode());
        Object subject = subject();
        if (subject != null) {
            Text.appendForMessage(sb.append(' '), subject.toString(), SUMMARY_FIELD_LENGTH);
        }
        return sb.append(" (moj-principle:").append(principle().reference()).append(')');
    }

    /** Whether an event class has its own {@code toString()} (then that is the summary). */
    private static final ClassValue<Boolean> OVERRIDES_TO_STRING = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            try {
                return type.getMethod("toString").getDeclaringClass() != SecurityEvent.class;
            } catch (NoSuchMethodException e) {
                return Boolean.TRUE;
            }
        }
    };

    /**
     * Builds an ordered {@link #unmapped()} map from key/value pairs, leaving out null values.
     *
     * @param keysAndValues alternating keys and values
     * @return an unmodifiable map
     */
    protected static Map<String, Object> unmappedOf(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                map.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return map.isEmpty() ? Collections.emptyMap() : Collections.unmodifiableMap(map);
    }

    /**
     * Fields every event can carry.
     *
     * @param <B> the concrete builder
     */
    public abstract static class Builder<B extends Builder<B>> {
        private Actor actor;
        private String message;
        private Severity severity;
        private String correlationUid;
        private Instant time;

        /** For subclasses. */
        protected Builder() {
        }

        /** This builder, typed. */
        @SuppressWarnings("unchecked")
        protected final B self() {
            return (B) this;
        }

        /** Who acted. */
        public B actor(Actor actor) {
            this.actor = actor;
            return self();
        }

        /** Shortcut for {@code actor(Actor.user(user))}. */
        public B actor(User user) {
            this.actor = Actor.user(user);
            return self();
        }

        /** A free-text description. Never put secrets or personal data here. */
        public B message(String message) {
            this.message = message;
            return self();
        }

        /** Overrides the type's default severity. */
        public B severity(Severity severity) {
            this.severity = Validate.required(severity, "severity_id");
            return self();
        }

        /** Links related events. */
        public B correlationUid(String correlationUid) {
            this.correlationUid = correlationUid;
            return self();
        }

        /** When the activity occurred, if not now. */
        public B time(Instant time) {
            this.time = time;
            return self();
        }

        /** Builds the event, checking required fields. */
        public abstract SecurityEvent build();
    }
}
