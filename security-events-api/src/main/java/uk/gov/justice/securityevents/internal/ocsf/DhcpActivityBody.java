package uk.gov.justice.securityevents.internal.ocsf;

import uk.gov.justice.securityevents.infrastructure.DhcpActivityEvent;

/** OCSF DHCP Activity (4004). */
final class DhcpActivityBody implements BodyWriter<DhcpActivityEvent> {
    @Override
    public void write(DhcpActivityEvent e, JsonOut out) {
        out.begin("src_endpoint").str("ip", e.clientIp()).str("hostname", e.clientHostname())
                .str("mac", e.clientMac()).end();
        Models.endpoint(out, "dst_endpoint", e.server());
        if (e.leaseDuration() != null) {
            out.num("lease_dur", (int) e.leaseDuration().getSeconds());
        }
        out.bool("is_renewal", e.renewal()).str("transaction_uid", e.transactionUid());
    }
}
