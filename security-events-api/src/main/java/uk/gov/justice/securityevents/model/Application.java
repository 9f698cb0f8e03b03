package uk.gov.justice.securityevents.model;

import uk.gov.justice.securityevents.internal.Validate;

/** A piece of software ({@code app} / {@code product}): name, version, vendor. */
public final class Application {
    private final String name;
    private final String version;
    private final String vendorName;
    private final String uid;

    private Application(String name, String version, String vendorName, String uid) {
        this.name = Validate.nonBlank(name, "app.name");
        this.version = Validate.optionalNonBlank(version, "app.version");
        this.vendorName = Validate.optionalNonBlank(vendorName, "app.vendor_name");
        this.uid = Validate.optionalNonBlank(uid, "app.uid");
    }

    /** An application by name and version (version may be null). */
    public static Application of(String name, String version) {
        return new Application(name, version, null, null);
    }

    /** An application by name, version and vendor. */
    public static Application of(String name, String version, String vendorName) {
        return new Application(name, version, vendorName, null);
    }

    /** A copy with a unique id (e.g. a package URL or image digest). */
    public Application withUid(String uid) {
        return new Application(name, version, vendorName, uid);
    }

    /** Name. */
    public String name() {
        return name;
    }

    /** Version, or null. */
    public String version() {
        return version;
    }

    /** Vendor, or null. */
    public String vendorName() {
        return vendorName;
    }

    /** Unique id, or null. */
    public String uid() {
        return uid;
    }

    @Override
    public String toString() {
        return "Application[" + name + (version != null ? " " + version : "") + "]";
    }
}
