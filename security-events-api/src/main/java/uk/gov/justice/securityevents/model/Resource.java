package uk.gov.justice.securityevents.model;

import uk.gov.justice.securityevents.internal.Validate;

/**
 * An infrastructure resource managed by an event ({@code entity}): a VM, container, bucket, firewall rule, route,
 * virtual network, interface, DNS record. Needs a uid or a name, and a type such as {@code "vm"}.
 */
public final class Resource {
    private final String uid;
    private final String name;
    private final String type;
    private final String version;
    private final String region;

    private Resource(String uid, String name, String type, String version, String region) {
        this.uid = Validate.optionalNonBlank(uid, "entity.uid");
        this.name = Validate.optionalNonBlank(name, "entity.name");
        Validate.atLeastOne("entity", "uid, name", this.uid, this.name);
        this.type = Validate.nonBlank(type, "entity.type");
        this.version = Validate.optionalNonBlank(version, "entity.version");
        this.region = Validate.optionalNonBlank(region, "entity.region");
    }

    /**
     * A resource.
     *
     * @param type a short lower-case type, e.g. {@code "vm"}, {@code "container"}, {@code "bucket"}
     * @param uid  its unique id (may be null when a name is given)
     * @param name its name (may be null when a uid is given)
     */
    public static Resource of(String type, String uid, String name) {
        return new Resource(uid, name, type, null, null);
    }

    /** A copy with a version (e.g. a rule revision). */
    public Resource withVersion(String version) {
        return new Resource(uid, name, type, version, region);
    }

    /** A copy with a cloud region. */
    public Resource withRegion(String region) {
        return new Resource(uid, name, type, version, region);
    }

    /** Id, or null. */
    public String uid() {
        return uid;
    }

    /** Name, or null. */
    public String name() {
        return name;
    }

    /** Type. */
    public String type() {
        return type;
    }

    /** Version, or null. */
    public String version() {
        return version;
    }

    /** Region, or null. */
    public String region() {
        return region;
    }

    @Override
    public String toString() {
        return "Resource[" + type + " " + (uid != null ? uid : name) + "]";
    }
}
