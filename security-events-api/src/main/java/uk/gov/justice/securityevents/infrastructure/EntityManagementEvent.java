package uk.gov.justice.securityevents.infrastructure;

import uk.gov.justice.securityevents.SecurityEvent;
import uk.gov.justice.securityevents.internal.Validate;
import uk.gov.justice.securityevents.model.Device;
import uk.gov.justice.securityevents.model.Endpoint;
import uk.gov.justice.securityevents.model.Resource;

/**
 * Events carried by OCSF Entity Management (3004): a managed infrastructure resource (VM, bucket, firewall rule,
 * route, network, a host's power state) was created, changed, suspended or deleted. The {@code entity} is required;
 * {@code actor} is who (or which pipeline) made the change.
 */
public abstract class EntityManagementEvent extends SecurityEvent {
    /** OCSF {@code managed_entity.type_id} 1: the entity is a device. */
    protected static final int ENTITY_TYPE_DEVICE = 1;
    /** OCSF {@code managed_entity.type_id} 7: the entity is a network zone (VPC, virtual network, subnet). */
    protected static final int ENTITY_TYPE_NETWORK_ZONE = 7;

    private final Resource entity;
    private final Device device;
    private final Endpoint sourceEndpoint;
    private final String comment;

    /**
     * Copies the shared fields, checking that the entity is set.
     *
     * @param builder the builder
     */
    protected EntityManagementEvent(Builder<?> builder) {
        super(builder);
        this.entity = Validate.required(builder.entity, "entity");
        this.device = builder.device;
        this.sourceEndpoint = builder.sourceEndpoint;
        this.comment = Validate.optionalNonBlank(builder.comment, "comment");
    }

    /** The managed resource ({@code entity}). */
    public Resource entity() {
        return entity;
    }

    /**
     * The device the entity is (a host or VM: the entity is then a Device, {@code type_id} 1) or, for rules and
     * interfaces, the device it lives on ({@code entity.device}), or null.
     */
    public Device device() {
        return device;
    }

    /** Where the change was requested from ({@code src_endpoint}), or null. */
    public Endpoint sourceEndpoint() {
        return sourceEndpoint;
    }

    /** Why the entity was changed ({@code comment}), or null. */
    public String comment() {
        return comment;
    }

    /**
     * OCSF {@code entity.type_id} when one of its types fits (1 Device when a device is given, 7 Network Zone), or
     * null to carry only the entity's own {@code type}.
     */
    public Integer entityTypeId() {
        return device != null ? ENTITY_TYPE_DEVICE : null;
    }

    /** Extra detail for {@code entity.data}, such as rule text, or null. */
    public String entityDetail() {
        return null;
    }

    @Override
    protected Object subject() {
        return entity;
    }

    /**
     * Builder fields shared by entity management events.
     *
     * @param <B> the concrete builder
     */
    public abstract static class Builder<B extends Builder<B>> extends SecurityEvent.Builder<B> {
        private Resource entity;
        private Device device;
        private Endpoint sourceEndpoint;
        private String comment;

        /** For subclasses. */
        protected Builder() {
        }

        /** The managed resource (required). */
        public B entity(Resource entity) {
            this.entity = entity;
            return self();
        }

        /** The device the entity is (a host or VM) or, for rules and interfaces, lives on. */
        public B device(Device device) {
            this.device = device;
            return self();
        }

        /** Where the change was requested from. */
        public B sourceEndpoint(Endpoint sourceEndpoint) {
            this.sourceEndpoint = sourceEndpoint;
            return self();
        }

        /** Why the entity was changed, e.g. a change ticket. Never put secrets here. */
        public B comment(String comment) {
            this.comment = comment;
            return self();
        }

        /** The entity set so far, for leaves that derive it. */
        protected final Resource entity() {
            return entity;
        }

        /** The device set so far, for leaves that derive the entity from it. */
        protected final Device device() {
            return device;
        }
    }
}
