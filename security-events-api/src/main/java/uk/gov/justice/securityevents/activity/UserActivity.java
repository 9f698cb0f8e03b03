package uk.gov.justice.securityevents.activity;

import uk.gov.justice.securityevents.Classification;
import uk.gov.justice.securityevents.EventType;
import uk.gov.justice.securityevents.Outcome;
import uk.gov.justice.securityevents.Principle;
import uk.gov.justice.securityevents.Severity;
import uk.gov.justice.securityevents.internal.Validate;

/**
 * Authenticated user activity (custom applications): who ({@code actor.user.uid} and {@code groups}) did what
 * ({@code api.operation}, activity from the action), and the response's size and time.
 */
public final class UserActivity extends ApiActivityEvent {
    /** This event's type: one classification per {@link ApiAction}. */
    public static final EventType TYPE = EventType.of(UserActivity.class, Principle.AU,
            ApiAction.classifications("activity_authenticated", Severity.INFORMATIONAL, Outcome.SUCCESS));

    private UserActivity(Builder b) {
        super(b);
        Validate.nonBlank(actor().user().uid(), "actor.user.uid");
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

    /** Builds a {@link UserActivity}. */
    public static final class Builder extends ApiActivityEvent.Builder<Builder> {
        private Builder() {
        }

        @Override
        public UserActivity build() {
            return new UserActivity(this);
        }
    }
}
