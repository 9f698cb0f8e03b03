package uk.gov.justice.securityevents.infrastructure;

import uk.gov.justice.securityevents.Classification;
import uk.gov.justice.securityevents.OcsfClass;
import uk.gov.justice.securityevents.Outcome;
import uk.gov.justice.securityevents.Severity;
import uk.gov.justice.securityevents.internal.Validate;
import uk.gov.justice.securityevents.model.Resource;

/**
 * 3f: a network rule (firewall rule, route) was created, modified or deleted. The rule is the managed entity; its
 * text or a summary goes in {@code entity.data.rule}, cut to {@value #MAX_RULE_TEXT_LENGTH} characters.
 */
public abstract class RuleChangedEvent extends EntityManagementEvent {
    /** Longest rule text kept: {@value} characters; longer text is cut, since the SOC needs the gist, not a dump. */
    public static final int MAX_RULE_TEXT_LENGTH = 2048;

    /** What happened to the rule. */
    public enum Change {
        /** Created: 1 Create. */
        CREATED,
        /** Modified: 3 Update. */
        MODIFIED,
        /** Deleted: 4 Delete. */
        DELETED
    }

    private final Change change;
    private final String ruleText;

    /**
     * Copies the change and rule text.
     *
     * @param builder the builder
     */
    protected RuleChangedEvent(Builder<?> builder) {
        super(builder);
        this.change = Validate.required(builder.change, "activity_id (change)");
        this.ruleText = cut(Validate.optionalNonBlank(builder.ruleText, "entity.data.rule"));
    }

    /**
     * The three classifications of a rule type, in {@link Change} order.
     *
     * @param prefix event code prefix, e.g. {@code net_fw_rule}
     * @return created, updated, deleted
     */
    static Classification[] classifications(String prefix) {
        return new Classification[] {
            Classification.of(OcsfClass.ENTITY_MANAGEMENT, 1, "Create", prefix + "_created", Severity.MEDIUM,
                    Outcome.SUCCESS),
            Classification.of(OcsfClass.ENTITY_MANAGEMENT, 3, "Update", prefix + "_updated", Severity.MEDIUM,
                    Outcome.SUCCESS),
            Classification.of(OcsfClass.ENTITY_MANAGEMENT, 4, "Delete", prefix + "_deleted", Severity.MEDIUM,
                    Outcome.SUCCESS)
        };
    }

    private static String cut(String text) {
        if (text == null || text.length() <= MAX_RULE_TEXT_LENGTH) {
            return text;
        }
        int end = MAX_RULE_TEXT_LENGTH;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }

    @Override
    public Classification classification() {
        return type().classifications().get(change.ordinal());
    }

    /** What happened to the rule. */
    public Change change() {
        return change;
    }

    /** The rule text or summary, or null. */
    public String ruleText() {
        return ruleText;
    }

    /** A rule is never a Device entity, even when the device it lives on is given. */
    @Override
    public Integer entityTypeId() {
        return null;
    }

    @Override
    public String entityDetail() {
        return ruleText;
    }

    /**
     * Builder fields shared by rule changes.
     *
     * @param <B> the concrete builder
     */
    public abstract static class Builder<B extends Builder<B>> extends EntityManagementEvent.Builder<B> {
        private Change change;
        private String ruleText;

        /** For subclasses. */
        protected Builder() {
        }

        /** What happened to the rule (required). */
        public B change(Change change) {
            this.change = change;
            return self();
        }

        /** The rule text or a summary, e.g. {@code allow tcp 10.0.0.0/8 -> 443}. Never put secrets here. */
        public B ruleText(String ruleText) {
            this.ruleText = ruleText;
            return self();
        }

        /** The rule by id and/or name; shortcut for {@link #entity(Resource)} with this rule type. */
        public B rule(String uid, String name) {
            return entity(Resource.of(ruleType(), uid, name));
        }

        /** The entity type of this kind of rule, e.g. {@code firewall_rule}. */
        protected abstract String ruleType();
    }
}
