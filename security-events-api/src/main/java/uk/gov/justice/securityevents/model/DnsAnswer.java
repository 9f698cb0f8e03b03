package uk.gov.justice.securityevents.model;

import uk.gov.justice.securityevents.internal.Validate;

/** A DNS resource record in an answer ({@code answers[]}). */
public final class DnsAnswer {
    private final String rdata;
    private final String type;
    private final Integer ttl;

    private DnsAnswer(String rdata, String type, Integer ttl) {
        this.rdata = Validate.nonBlank(rdata, "answers.rdata");
        this.type = Validate.optionalNonBlank(type, "answers.type");
        if (ttl != null && ttl < 0) {
            throw new IllegalArgumentException("answers.ttl must not be negative but was " + ttl);
        }
        this.ttl = ttl;
    }

    /** A record: its data (e.g. an address), type and TTL in seconds. */
    public static DnsAnswer of(String rdata, String type, int ttl) {
        return new DnsAnswer(rdata, type, ttl);
    }

    /** Record data. */
    public String rdata() {
        return rdata;
    }

    /** Record type, or null. */
    public String type() {
        return type;
    }

    /** TTL in seconds, or null. */
    public Integer ttl() {
        return ttl;
    }

    @Override
    public String toString() {
        return "DnsAnswer[" + type + " " + rdata + "]";
    }
}
