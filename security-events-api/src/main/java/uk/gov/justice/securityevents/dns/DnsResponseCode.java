package uk.gov.justice.securityevents.dns;

/** The DNS response code (RFC 1035, 2136, 6895) as OCSF {@code rcode_id} with its OCSF caption ({@code rcode}). */
public enum DnsResponseCode {
    /** 0: no error. */
    NOERROR(0, "NoError"),
    /** 1: format error. */
    FORMERR(1, "FormError"),
    /** 2: server failure. */
    SERVFAIL(2, "ServError"),
    /** 3: the name does not exist. */
    NXDOMAIN(3, "NXDomain"),
    /** 4: not implemented. */
    NOTIMP(4, "NotImp"),
    /** 5: refused. */
    REFUSED(5, "Refused"),
    /** 6: a name that should not exist does. */
    YXDOMAIN(6, "YXDomain"),
    /** 7: an RR set that should not exist does. */
    YXRRSET(7, "YXRRSet"),
    /** 8: an RR set that should exist does not. */
    NXRRSET(8, "NXRRSet"),
    /** 9: not authoritative / not authorised. */
    NOTAUTH(9, "NotAuth"),
    /** 10: name not in zone. */
    NOTZONE(10, "NotZone"),
    /** 16: bad OPT version or TSIG signature failure. */
    BADVERS(16, "BADSIG_VERS"),
    /** 17: key not recognised. */
    BADKEY(17, "BADKEY"),
    /** 18: signature out of time window. */
    BADTIME(18, "BADTIME"),
    /** 23: bad or missing server cookie. */
    BADCOOKIE(23, "BADCOOKIE");

    private final int id;
    private final String caption;

    DnsResponseCode(int id, String caption) {
        this.id = id;
        this.caption = caption;
    }

    /** OCSF {@code rcode_id}. */
    public int id() {
        return id;
    }

    /** OCSF caption ({@code rcode}). */
    public String caption() {
        return caption;
    }
}
