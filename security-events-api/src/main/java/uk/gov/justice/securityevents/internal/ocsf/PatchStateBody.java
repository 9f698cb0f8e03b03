package uk.gov.justice.securityevents.internal.ocsf;

import uk.gov.justice.securityevents.infrastructure.PatchStateReported;
import uk.gov.justice.securityevents.model.Device;
import uk.gov.justice.securityevents.model.OperatingSystem;
import uk.gov.justice.securityevents.model.PatchArticle;

/** OCSF Operating System Patch State (5004): the subject host with its OS, and its patches. */
final class PatchStateBody implements BodyWriter<PatchStateReported> {
    @Override
    public void write(PatchStateReported e, JsonOut out) {
        Device d = e.device();
        OperatingSystem os = e.os();
        out.begin("device").num("type_id", d.type().id()).str("type", d.type().caption())
                .str("hostname", d.hostname()).str("uid", d.uid()).str("ip", d.ip()).str("region", d.region())
                .begin("os").str("name", os.name()).num("type_id", os.family().id())
                .str("type", os.family().caption()).str("version", os.version()).end()
                .end();
        if (!e.articles().isEmpty()) {
            out.beginArray("kb_article_list");
            for (PatchArticle a : e.articles()) {
                out.begin().str("uid", a.uid()).str("title", a.title())
                        .num("install_state_id", a.installState().id())
                        .str("install_state", a.installState().caption()).end();
            }
            out.endArray();
        }
    }

    @Override
    public boolean writesDevice() {
        return true;
    }
}
