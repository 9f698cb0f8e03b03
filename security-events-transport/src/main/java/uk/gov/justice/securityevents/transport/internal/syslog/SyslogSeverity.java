package uk.gov.justice.securityevents.transport.internal.syslog;

/**
 * OCSF {@code severity_id} to RFC 5424 severity: 1 Informational→6, 2 Low→5, 3 Medium→4, 4 High→3,
 * 5 Critical→2, 6 Fatal→1; 0 Unknown and 99 Other→5 (Notice), so an unclassified event is neither hidden as
 * debug noise nor raised as an alert.
 */
public final class SyslogSeverity {

    private SyslogSeverity() {
    }

    /**
     * @param ocsfSeverityId OCSF severity_id
     * @return RFC 5424 severity 0-7
     */
    public static int fromOcsf(int ocsfSeverityId) {
        switch (ocsfSeverityId) {
            case 1: return 6;
            case 2: return 5;
            case 3: return 4;
            case 4: return 3;
            case 5: return 2;
            case 6: return 1;
            default: return 5;
        }
    }
}
