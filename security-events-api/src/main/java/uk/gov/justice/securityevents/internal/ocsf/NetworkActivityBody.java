package uk.gov.justice.securityevents.internal.ocsf;

import uk.gov.justice.securityevents.network.NetworkConnectionEvent;

/** OCSF Network Activity (4001), with the security-control decision. */
final class NetworkActivityBody implements BodyWriter<NetworkConnectionEvent> {
    @Override
    public void write(NetworkConnectionEvent e, JsonOut out) {
        Models.endpoint(out, "src_endpoint", e.source());
        Models.endpoint(out, "dst_endpoint", e.destination());
        out.begin("connection_info").str("uid", e.connectionUid()).num("direction_id", e.directionId())
                .str("direction", e.directionId() == 1 ? "Inbound" : "Outbound");
        if (e.protocol() != null) {
            out.num("protocol_num", e.protocol().number()).str("protocol_name", e.protocol().protocolName());
        }
        out.end();
        Models.securityControl(out, e.actionId(), e.dispositionId());
    }

    @Override
    public boolean usesSecurityControl() {
        return true;
    }
}
