package uk.gov.justice.securityevents.infrastructure;

import java.util.Map;
import uk.gov.justice.securityevents.Classification;
import uk.gov.justice.securityevents.EventType;
import uk.gov.justice.securityevents.OcsfClass;
import uk.gov.justice.securityevents.Outcome;
import uk.gov.justice.securityevents.Principle;
import uk.gov.justice.securityevents.Severity;
import uk.gov.justice.securityevents.internal.Validate;

/**
 * 3g: a virtual network, subnet or network interface was added, removed or modified. The network is the managed
 * entity (type Network Zone for virtual networks and subnets); the kind is also written as
 * {@code unmapped.network_kind} because OCSF has no interface entity type.
 */
public final class NetworkChanged extends EntityManagementEvent {
    /** What happened to the network. */
    public enum Change {
        /** Added: 1 Create. */
        ADDED(1, "Create", "net_network_added"),
        /** Removed: 4 Delete. */
        REMOVED(4, "Delete", "net_network_removed"),
        /** Modified: 3 Update. */
        MODIFIED(3, "Update", "net_network_modified");

        private final Classification classification;

        Change(int activityId, String activityName, String eventCode) {
            this.classification = Classification.of(OcsfClass.ENTITY_MANAGEMENT, activityId, activityName,
                    eventCode, Severity.MEDIUM, Outcome.SUCCESS);
        }
    }

    /** What kind of network changed. */
    public enum Kind {
        /** A virtual network (VPC, VNet). */
        VIRTUAL_NETWORK,
        /** A subnet. */
        SUBNET,
        /** A network interface of a host. */
        NETWORK_INTERFACE
    }

    /** This event's type: added, removed, modified. */
    public static final EventType TYPE = EventType.of(NetworkChanged.class, Principle.P3G,
            Change.ADDED.classification, Change.REMOVED.classification, Change.MODIFIED.classification);

    private final Change change;
    private final Kind kind;

    private NetworkChanged(Builder b) {
        super(b);
        this.change = Validate.required(b.change, "activity_id (change)");
        this.kind = Validate.required(b.kind, "unmapped.network_kind (kind)");
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
        return change.classification;
    }

    /** What happened. */
    public Change change() {
        return change;
    }

    /** What kind of network changed. */
    public Kind kind() {
        return kind;
    }

    @Override
    public Integer entityTypeId() {
        // An interface has no OCSF entity type of its own (its device is only where it lives).
        return kind == Kind.NETWORK_INTERFACE ? null : Integer.valueOf(ENTITY_TYPE_NETWORK_ZONE);
    }

    @Override
    public Map<String, Object> unmapped() {
        return unmappedOf("network_kind", kind.name().toLowerCase(java.util.Locale.ROOT));
    }

    /** Builds a {@link NetworkChanged}. */
    public static final class Builder extends EntityManagementEvent.Builder<Builder> {
        private Change change;
        private Kind kind;

        private Builder() {
        }

        /** What happened (required). */
        public Builder change(Change change) {
            this.change = change;
            return this;
        }

        /** What kind of network changed (required). */
        public Builder kind(Kind kind) {
            this.kind = kind;
            return this;
        }

        @Override
        public NetworkChanged build() {
            return new NetworkChanged(this);
        }
    }
}
