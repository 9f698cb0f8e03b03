package uk.gov.justice.securityevents.activity;

import uk.gov.justice.securityevents.Classification;
import uk.gov.justice.securityevents.EventType;
import uk.gov.justice.securityevents.Outcome;
import uk.gov.justice.securityevents.Principle;
import uk.gov.justice.securityevents.Severity;
import uk.gov.justice.securityevents.internal.Validate;
import uk.gov.justice.securityevents.model.User;

/**
 * A caller was denied an operation ({@code authz_fail}): API Activity with the attempted action, status Failure,
 * {@code action_id} 2 Denied and {@code disposition_id} 26 Unauthorized. The caller may be anonymous
 * ({@link Builder#anonymous()}). The reason, if given, is the {@code status_detail}.
 */
public final class AccessDenied extends ApiActivityEvent {
    /** The user name of an unauthenticated caller: {@value}. */
    public static final String ANONYMOUS = "anonymous";

    private static final int ACTION_DENIED = 2;
    private static final int DISPOSITION_UNAUTHORIZED = 26;

    /** This event's type: one classification per attempted {@link ApiAction}. */
    public static final EventType TYPE = EventType.of(AccessDenied.class, Principle.AU,
            ApiAction.classifications("authz_fail", Severity.MEDIUM, Outcome.FAILURE));

    private final String reason;

    private AccessDenied(Builder b) {
        super(b);
        this.reason = Validate.optionalNonBlank(b.reason, "status_detail (reason)");
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
        return TYPE.classifications().get(action().ordinal());
    }

    /** Why access was denied, or null. */
    public String reason() {
        return reason;
    }

    @Override
    public String statusDetail() {
        return reason;
    }

    @Override
    public Integer actionId() {
        return ACTION_DENIED;
    }

    @Override
    public Integer dispositionId() {
        return DISPOSITION_UNAUTHORIZED;
    }

    /** Builds an {@link AccessDenied}. */
    public static final class Builder extends ApiActivityEvent.Builder<Builder> {
        private String reason;

        private Builder() {
        }

        /** The caller is not authenticated: the actor is the user named {@value #ANONYMOUS}. */
        public Builder anonymous() {
            return actor(User.builder().name(ANONYMOUS).build());
        }

        /** Why access was denied, e.g. {@code MISSING_ROLE}. */
        public Builder reason(String reason) {
            this.reason = reason;
            return this;
        }

        @Override
        public AccessDenied build() {
            return new AccessDenied(this);
        }
    }
}
