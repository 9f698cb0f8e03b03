package uk.gov.justice.securityevents.internal.ocsf;

import uk.gov.justice.securityevents.infrastructure.EntityManagementEvent;
import uk.gov.justice.securityevents.model.Resource;

/** OCSF Entity Management (3004). */
final class EntityManagementBody implements BodyWriter<EntityManagementEvent> {
    @Override
    public void write(EntityManagementEvent e, JsonOut out) {
        Resource r = e.entity();
        out.begin("entity").str("uid", r.uid()).str("name", r.name());
        Integer typeId = e.entityTypeId();
        if (typeId != null) {
            // OCSF wants the caption next to a known type id; the SDK's own type is then implied.
            out.num("type_id", typeId).str("type", typeId == 1 ? "Device" : typeId == 7 ? "Network Zone" : r.type());
        } else {
            out.str("type", r.type());
        }
        out.str("version", r.version());
        Models.device(out, e.device());
        if (r.region() != null || e.entityDetail() != null) {
            out.begin("data").str("region", r.region()).text("rule", e.entityDetail()).end();
        }
        out.end();
        out.text("comment", e.comment());
        Models.endpoint(out, "src_endpoint", e.sourceEndpoint());
    }
}
