package uk.gov.justice.securityevents.authorisation;

import java.util.Map;
import uk.gov.justice.securityevents.authentication.AuthenticationEvent;
import uk.gov.justice.securityevents.internal.Validate;

/**
 * A temporary elevation and its end, carried by OCSF Authentication (3002). The {@code user} is the identity or role
 * account assumed and the {@code actor} (required) is who requested it; give both events the same
 * {@code correlationUid} so the SOC can pair them.
 */
public abstract class ElevationEvent extends AuthenticationEvent {
    /** How the identity was switched ({@code account_switch_type_id}). */
    public enum SwitchType {
        /** {@code sudo}, {@code su}, assume-role: acting as another account. */
        SUBSTITUTE_USER(1),
        /** Acting on behalf of another user, e.g. support staff impersonating a customer. */
        IMPERSONATE(2);

        private final int id;

        SwitchType(int id) {
            this.id = id;
        }

        /** The OCSF {@code account_switch_type_id}. */
        public int id() {
            return id;
        }
    }

    private final SwitchType switchType;
    private final String elevatedRole;

    /**
     * Copies the shared fields, checking that the requester is set.
     *
     * @param builder the builder
     */
    protected ElevationEvent(Builder<?> builder) {
        super(builder);
        Validate.required(actor(), "actor (requester)");
        this.switchType = builder.switchType;
        this.elevatedRole = Validate.optionalNonBlank(builder.elevatedRole, "unmapped.elevated_role");
    }

    /** How the identity was switched; {@link SwitchType#SUBSTITUTE_USER} unless set. */
    public SwitchType switchType() {
        return switchType;
    }

    /** Name of the role assumed ({@code unmapped.elevated_role}), or null. */
    public String elevatedRole() {
        return elevatedRole;
    }

    @Override
    public Integer accountSwitchTypeId() {
        return switchType.id();
    }

    @Override
    public Map<String, Object> unmapped() {
        return unmappedOf("elevated_role", elevatedRole);
    }

    @Override
    protected Object subject() {
        return actor() + " as " + user();
    }

    /**
     * Builder fields shared by elevation events.
     *
     * @param <B> the concrete builder
     */
    public abstract static class Builder<B extends Builder<B>> extends AuthenticationEvent.Builder<B> {
        private SwitchType switchType = SwitchType.SUBSTITUTE_USER;
        private String elevatedRole;

        /** For subclasses. */
        protected Builder() {
        }

        /** How the identity was switched; defaults to {@link SwitchType#SUBSTITUTE_USER}. */
        public B switchType(SwitchType switchType) {
            this.switchType = Validate.required(switchType, "account_switch_type_id (switchType)");
            return self();
        }

        /** Name of the role assumed, e.g. {@code "prod-admin"}. */
        public B elevatedRole(String elevatedRole) {
            this.elevatedRole = elevatedRole;
            return self();
        }
    }
}
