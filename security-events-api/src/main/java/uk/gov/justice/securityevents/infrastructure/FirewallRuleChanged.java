package uk.gov.justice.securityevents.infrastructure;

import uk.gov.justice.securityevents.EventType;
import uk.gov.justice.securityevents.Principle;

/** 3f: a firewall rule was created, modified or deleted ({@code net_fw_rule_created}/{@code _updated}/{@code _deleted}). */
public final class FirewallRuleChanged extends RuleChangedEvent {
    /** Entity type of a firewall rule: {@value}. */
    public static final String ENTITY_TYPE = "firewall_rule";

    /** This event's type: created, updated, deleted. */
    public static final EventType TYPE = EventType.of(FirewallRuleChanged.class, Principle.P3F, classifications("net_fw_rule"));

    private FirewallRuleChanged(Builder b) {
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

    /** Builds a {@link FirewallRuleChanged}. */
    public static final class Builder extends RuleChangedEvent.Builder<Builder> {
        private Builder() {
        }

        @Override
        protected String ruleType() {
            return ENTITY_TYPE;
        }

        @Override
        public FirewallRuleChanged build() {
            return new FirewallRuleChanged(this);
        }
    }
}
