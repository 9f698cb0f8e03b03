package uk.gov.justice.securityevents.model;

import java.util.List;
import uk.gov.justice.securityevents.internal.Validate;

/** A group or role ({@code group}). Needs a uid or a name. */
public final class Group {
    private final String uid;
    private final String name;
    private final String type;
    private final String domain;
    private final List<String> privileges;

    private Group(String uid, String name, String type, String domain, List<String> privileges) {
        this.uid = Validate.optionalNonBlank(uid, "group.uid");
        this.name = Validate.optionalNonBlank(name, "group.name");
        Validate.atLeastOne("group", "uid, name", this.uid, this.name);
        this.type = Validate.optionalNonBlank(type, "group.type");
        this.domain = Validate.optionalNonBlank(domain, "group.domain");
        this.privileges = Validate.listOf(privileges, "group.privileges");
    }

    /** A group with id and name. */
    public static Group of(String uid, String name) {
        return new Group(uid, name, null, null, List.of());
    }

    /** A group known by name only. */
    public static Group named(String name) {
        return new Group(null, name, null, null, List.of());
    }

    /** A copy with the given type (e.g. {@code "role"}, {@code "security"}). */
    public Group withType(String type) {
        return new Group(uid, name, type, domain, privileges);
    }

    /** A copy with the given domain. */
    public Group withDomain(String domain) {
        return new Group(uid, name, type, domain, privileges);
    }

    /** A copy with the given privileges (e.g. {@code "admin"} for groups that grant administration). */
    public Group withPrivileges(List<String> privileges) {
        return new Group(uid, name, type, domain, privileges);
    }

    /** Id, or null. */
    public String uid() {
        return uid;
    }

    /** Name, or null. */
    public String name() {
        return name;
    }

    /** Type, or null. */
    public String type() {
        return type;
    }

    /** Domain, or null. */
    public String domain() {
        return domain;
    }

    /** Privileges the group grants; empty when unknown. */
    public List<String> privileges() {
        return privileges;
    }

    @Override
    public String toString() {
        return "Group[uid=" + uid + ", name=" + name + "]";
    }
}
