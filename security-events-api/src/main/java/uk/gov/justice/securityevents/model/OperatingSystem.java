package uk.gov.justice.securityevents.model;

import uk.gov.justice.securityevents.internal.Validate;

/** An operating system ({@code os}): family, name and version, e.g. Linux "Ubuntu" "22.04.4". */
public final class OperatingSystem {
    /** OCSF {@code os.type_id}. */
    public enum Family {
        /** 0: not known. */
        UNKNOWN(0, "Unknown"),
        /** 100. */
        WINDOWS(100, "Windows"),
        /** 200. */
        LINUX(200, "Linux"),
        /** 201. */
        ANDROID(201, "Android"),
        /** 300. */
        MACOS(300, "macOS"),
        /** 301. */
        IOS(301, "iOS"),
        /** 99: anything else. */
        OTHER(99, "Other");

        private final int id;
        private final String caption;

        Family(int id, String caption) {
            this.id = id;
            this.caption = caption;
        }

        /** OCSF id. */
        public int id() {
            return id;
        }

        /** OCSF caption. */
        public String caption() {
            return caption;
        }
    }

    private final Family family;
    private final String name;
    private final String version;

    private OperatingSystem(Family family, String name, String version) {
        this.family = Validate.required(family, "os.type_id");
        this.name = Validate.nonBlank(name, "os.name");
        this.version = Validate.optionalNonBlank(version, "os.version");
    }

    /**
     * An operating system.
     *
     * @param family  its family
     * @param name    its name, e.g. {@code "Ubuntu"} or {@code "Windows Server 2022"}
     * @param version its version, e.g. {@code "22.04.4"}, or null
     * @return the operating system
     */
    public static OperatingSystem of(Family family, String name, String version) {
        return new OperatingSystem(family, name, version);
    }

    /** Family. */
    public Family family() {
        return family;
    }

    /** Name. */
    public String name() {
        return name;
    }

    /** Version, or null. */
    public String version() {
        return version;
    }

    @Override
    public String toString() {
        return "OperatingSystem[" + name + (version != null ? " " + version : "") + "]";
    }
}
