package uk.gov.justice.securityevents.internal.ocsf;

import java.util.ArrayList;
import java.util.List;
import uk.gov.justice.securityevents.dns.DnsActivityEvent;
import uk.gov.justice.securityevents.model.DnsAnswer;
import uk.gov.justice.securityevents.model.DnsQuestion;

/** OCSF DNS Activity (4003). */
final class DnsActivityBody implements BodyWriter<DnsActivityEvent> {
    /** {@code dns_query.opcode_id} captions, indexed by id (0..6). */
    private static final String[] OPCODES = {"Query", "Inverse Query", "Status", "Reserved", "Notify", "Update",
        "DSO Message"};
    /** {@code dns_answer.flag_ids} captions, indexed by id (0..6). */
    private static final String[] FLAGS = {"Unknown", "Authoritative Answer", "Truncated Response",
        "Recursion Desired", "Recursion Available", "Authentic Data", "Checking Disabled"};

    @Override
    public void write(DnsActivityEvent e, JsonOut out) {
        DnsQuestion q = e.query();
        out.begin("query").str("hostname", q.hostname()).str("type", q.type()).str("class", q.dnsClass())
                .num("opcode_id", e.opcodeId()).str("opcode", OPCODES[e.opcodeId()]).end();
        if (!e.answers().isEmpty()) {
            // JsonOut cannot write bare numbers into an array, so the flags go as their OCSF captions only.
            List<String> flags = new ArrayList<>();
            for (int id : e.answerFlagIds()) {
                flags.add(FLAGS[id]);
            }
            out.beginArray("answers");
            for (DnsAnswer a : e.answers()) {
                out.begin().str("rdata", a.rdata()).str("type", a.type()).num("ttl", a.ttl()).strings("flags", flags)
                        .end();
            }
            out.endArray();
        }
        if (e.responseCode() != null) {
            out.num("rcode_id", e.responseCode().id()).str("rcode", e.responseCode().caption());
        }
        Models.endpoint(out, "src_endpoint", e.client());
        Models.endpoint(out, "dst_endpoint", e.server());
    }
}
