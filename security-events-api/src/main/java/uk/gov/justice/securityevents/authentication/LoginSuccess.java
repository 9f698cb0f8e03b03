package uk.gov.justice.securityevents.authentication;

import java.util.Map;
import uk.gov.justice.securityevents.Classification;
import uk.gov.justice.securityevents.EventType;
import uk.gov.justice.securityevents.OcsfClass;
import uk.gov.justice.securityevents.Outcome;
import uk.gov.justice.securityevents.Principle;
import uk.gov.justice.securityevents.Severity;

/**
 * 1a: a login succeeded. With a prior failure count above zero it is the "success after failures" event
 * ({@code authn_login_successafterfail}) that the SOC watches for password guessing.
 */
public final class LoginSuccess extends AuthenticationEvent {
    /** This event's type. */
    public static final EventType TYPE = EventType.of(LoginSuccess.class, Principle.P1A,
            Classification.of(OcsfClass.AUTHENTICATION, 1, "Logon", "authn_login_success", Severity.INFORMATIONAL,
                    Outcome.SUCCESS),
            Classification.of(OcsfClass.AUTHENTICATION, 1, "Logon", "authn_login_successafterfail", Severity.LOW,
                    Outcome.SUCCESS));

    private final Integer priorFailureCount;
    private final Boolean mfa;

    private LoginSuccess(Builder b) {
        super(b);
        if (b.priorFailureCount != null && b.priorFailureCount < 0) {
            throw new IllegalArgumentException("prior_failure_count must not be negative but was "
                    + b.priorFailureCount);
        }
        this.priorFailureCount = b.priorFailureCount;
        this.mfa = b.mfa;
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public EventType type() {
        return TYPE;
    }

    @Override
    public Classification classification() {
        return priorFailureCount != null && priorFailureCount > 0 ? TYPE.classifications().get(1)
                : TYPE.classification();
    }

    /** Failed attempts for this user just before this success, or null when not known. */
    public Integer priorFailureCount() {
        return priorFailureCount;
    }

    @Override
    public Boolean mfa() {
        return mfa;
    }

    @Override
    public Map<String, Object> unmapped() {
        return unmappedOf("prior_failure_count", priorFailureCount);
    }

    /** Builds a {@link LoginSuccess}. */
    public static final class Builder extends AuthenticationEvent.Builder<Builder> {
        private Integer priorFailureCount;
        private Boolean mfa;

        private Builder() {
        }

        /** Failed attempts for this user just before this success. */
        public Builder priorFailureCount(int priorFailureCount) {
            this.priorFailureCount = priorFailureCount;
            return this;
        }

        /** Whether the login used MFA. */
        public Builder mfa(boolean mfa) {
            this.mfa = mfa;
            return this;
        }

        @Override
        public LoginSuccess build() {
            return new LoginSuccess(this);
        }
    }
}
