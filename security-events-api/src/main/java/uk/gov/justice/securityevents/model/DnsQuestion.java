package uk.gov.justice.securityevents.model;

import uk.gov.justice.securityevents.internal.Validate;

/** A DNS question ({@code query}): host name, record type and class. */
public final class DnsQuestion {
    private final String hostname;
    private final String type;
    private final String dnsClass;

    private DnsQuestion(String hostname, String type, String dnsClass) {
        this.hostname = Validate.nonBlank(hostname, "query.hostname");
        this.type = Validate.optionalNonBlank(type, "query.type");
        this.dnsClass = Validate.optionalNonBlank(dnsClass, "query.class");
    }

    /** A question for {@code hostname} of record type {@code type} (e.g. {@code "A"}) in class {@code IN}. */
    public static DnsQuestion of(String hostname, String type) {
        return new DnsQuestion(hostname, type, "IN");
    }

    /** Host name. */
    public String hostname() {
        return hostname;
    }

    /** Record type, or null. */
    public String type() {
        return type;
    }

    /** Class, or null. */
    public String dnsClass() {
        return dnsClass;
    }

    @Override
    public String toString() {
        return "DnsQuestion[" + hostname + " " + type + "]";
    }
}
