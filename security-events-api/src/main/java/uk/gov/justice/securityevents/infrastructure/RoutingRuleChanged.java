package uk.gov.justice.securityevents.infrastructure;

import uk.gov.justice.securityevents.EventType;
import uk.gov.justice.securityevents.Principle;

/** 3f: a routing rule was created, modified or deleted ({@code net_route_created}/{@code _updated}/{@code _deleted}). */
public final class RoutingRuleChanged extends RuleChangedEvent {
    /** Entity type of a routing rule: {@value}. */
    public static final String ENTITY_TYPE = "route";

    /** This event's type: created, updated, deleted. */
    public static final EventType TYPE = EventType.of(RoutingRuleChanged.class, Principle.P3F, classifications("net_route"));

    private RoutingRuleChanged(Builder b) {
        super(b);
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public EventType type() {
        return TYPE;
    }

    /** Builds a {@link RoutingRuleChanged}. */
    public static final class Builder extends RuleChangedEvent.Builder<Builder> {
        private Builder() {
        }

        @Override
        protected String ruleType() {
            return ENTITY_TYPE;
        }

        @Override
        public RoutingRuleChanged build() {
            return new RoutingRuleChanged(this);
        }
    }
}
