package uk.gov.justice.securityevents;

/**
 * The items of the MoJ <em>Security Log Collection</em> principles and of the MoJ custom-application logging
 * requirements, each with its official reference and text, so tools can print coverage.
 *
 * <p>Principle 3 has no item "d" and principle 6 has no lettered items; both follow MoJ's own lettering.
 */
public enum Principle {
    /** 1a: login successes and failures. */
    P1A("1a", "Authentication events", "login successes and failures"),
    /** 1b: multi-factor authentication success and failures. */
    P1B("1b", "Authentication events", "multi-factor authentication success and failures"),
    /** 1c: logouts. */
    P1C("1c", "Authentication events", "logouts"),
    /** 1d: session creation. */
    P1D("1d", "Authentication events", "session creation"),
    /** 1e: session timeout/expiry. */
    P1E("1e", "Authentication events", "session timeout/expiry"),
    /** 1f: session close. */
    P1F("1f", "Authentication events", "session close"),
    /** 2a: group/role creation, modification or deletion. */
    P2A("2a", "Authorisation events", "group/role creation, modification or deletion"),
    /** 2b: group/role membership changes (addition or subtraction). */
    P2B("2b", "Authorisation events", "group/role membership changes (addition or subtraction)"),
    /** 2c: group/role elevation. */
    P2C("2c", "Authorisation events",
            "group/role elevation (for example, if a user is able to temporarily assume a higher privilege to conduct a finite amount of work)"),
    /** 3a: power/service on / off. */
    P3A("3a", "Infrastructure events", "power/service on / off"),
    /** 3b: creation/registration and deletion/de-registration, including suspension/hibernation. */
    P3B("3b", "Infrastructure events",
            "creation/registration and deletion/de-registration, including suspension/hibernation if applicable"),
    /** 3c: software update events/status. */
    P3C("3c", "Infrastructure events", "software update events/status"),
    /** 3e: IP address allocation/deallocation. */
    P3E("3e", "Infrastructure events", "IP address allocation/deallocation"),
    /** 3f: firewall/routing rule creation, modification or deletion. */
    P3F("3f", "Infrastructure events", "Firewall/routing rule creation, modification or deletion"),
    /** 3g: network change events. */
    P3G("3g", "Infrastructure events",
            "Network change events (for example addition or removal of virtual networks or interfaces)"),
    /** 4a: successful and unsuccessful DNS queries. */
    P4A("4a", "Domain name service queries", "successful and unsuccessful queries"),
    /** 4b: recursive lookup status. */
    P4B("4b", "Domain name service queries", "recursive lookup status"),
    /** 4c: infrastructure node / end-user device registration / de-registration. */
    P4C("4c", "Domain name service queries",
            "infrastructure node / end-user device registration / de-registration (if applicable)"),
    /** 5a: successful and unsuccessful inbound service daemon connections. */
    P5A("5a", "Network traffic events", "successful and unsuccessful inbound service daemon connections"),
    /** 5b: unsuccessful outbound connections not associated to an inbound request. */
    P5B("5b", "Network traffic events",
            "unsuccessful outbound connections where the network traffic is not associated to an inbound request"),
    /** 6: contextual events pertinent to security. */
    P6("6", "Contextual events",
            "In context and where present, technology may generate events pertinent to security and these must be captured"),
    /** Custom applications, user directory services: account creation, lockout, reinstatement, password and MFA changes. */
    UD("ud", "Custom applications: user directory services",
            "account creation, lockout and reinstatement, authentication, password change/reset, group membership, "
                    + "group creation, privilege modification, MFA enable/disable/reset and recovery"),
    /** Custom applications: authenticated user activity. */
    AU("au", "Custom applications: authenticated user activity",
            "user and group identifiers, action or query, response size and response time"),
    /** Custom applications: unauthenticated user activity. */
    UU("uu", "Custom applications: unauthenticated user activity",
            "client identifier, destination, query type and size, response size and response time"),
    /** Custom applications, enhanced tier: pipeline events. */
    E1("e1", "Custom applications: enhanced tier",
            "pipeline events: user, repository, resource creation or destruction, target environment"),
    /** Custom applications, enhanced tier: data store events. */
    E2("e2", "Custom applications: enhanced tier",
            "data store events: store identifier, credential identifier, query, response size and response time");

    private final String reference;
    private final String heading;
    private final String text;

    Principle(String reference, String heading, String text) {
        this.reference = reference;
        this.heading = heading;
        this.text = text;
    }

    /** MoJ's reference, e.g. {@code "1a"}; lower case, as printed in the guidance. */
    public String reference() {
        return reference;
    }

    /** The principle's heading, e.g. {@code "Authentication events"}. */
    public String heading() {
        return heading;
    }

    /** The item's official text. */
    public String text() {
        return text;
    }

    /** The label carried in {@code metadata.labels}, e.g. {@code "moj-principle:1a"}. */
    public String label() {
        return "moj-principle:" + reference;
    }
}
