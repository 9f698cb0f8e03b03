package uk.gov.justice.securityevents.authorisation;

import java.util.List;
import java.util.Map;
import uk.gov.justice.securityevents.Classification;
import uk.gov.justice.securityevents.EventType;
import uk.gov.justice.securityevents.OcsfClass;
import uk.gov.justice.securityevents.Outcome;
import uk.gov.justice.securityevents.Principle;
import uk.gov.justice.securityevents.Severity;
import uk.gov.justice.securityevents.internal.Validate;

/**
 * 2a: a group was modified; {@code group} is required. OCSF 1.8.0 has no update activity for groups (1.9 adds one), so this is Group Management "Other" (99) named
 * {@code Update}; the names of the changed attributes go in {@code unmapped.changed_attributes}.
 */
public final class GroupModified extends GroupManagementEvent {
    /** This event's type. */
    public static final EventType TYPE = EventType.of(GroupModified.class, Principle.P2A,
            Classification.of(OcsfClass.GROUP_MANAGEMENT, Classification.ACTIVITY_OTHER, "Update",
                    "authz_group_updated", Severity.LOW, Outcome.SUCCESS));

    private final List<String> changedAttributes;

    private GroupModified(Builder b) {
        super(b);
        this.changedAttributes = Validate.listOf(b.changedAttributes, "unmapped.changed_attributes");
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public EventType type() {
        return TYPE;
    }

    /** Names of the attributes that changed (e.g. {@code "description"}); empty when not given. */
    public List<String> changedAttributes() {
        return changedAttributes;
    }

    @Override
    public Map<String, Object> unmapped() {
        return unmappedOf("changed_attributes", changedAttributes.isEmpty() ? null : changedAttributes);
    }

    /** Builds a {@link GroupModified}. */
    public static final class Builder extends GroupManagementEvent.Builder<Builder> {
        private List<String> changedAttributes = List.of();

        private Builder() {
        }

        /** Names of the attributes that changed; never their values, which may be personal data. */
        public Builder changedAttributes(List<String> changedAttributes) {
            this.changedAttributes = changedAttributes;
            return this;
        }

        @Override
        public GroupModified build() {
            return new GroupModified(this);
        }
    }
}
