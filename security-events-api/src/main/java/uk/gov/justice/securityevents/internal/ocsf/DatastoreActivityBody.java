package uk.gov.justice.securityevents.internal.ocsf;

import uk.gov.justice.securityevents.activity.DataStoreQuery;

/** OCSF Datastore Activity (6005); {@code actor} (with the credential id) is written by the envelope. */
final class DatastoreActivityBody implements BodyWriter<DataStoreQuery> {
    @Override
    public void write(DataStoreQuery e, JsonOut out) {
        out.begin("database").str("uid", e.storeUid()).str("name", e.storeName())
                .num("type_id", e.storeType().id()).str("type", e.storeType().caption()).end();
        out.begin("query_info").str("name", e.queryName()).text("query_string", e.query()).num("bytes", e.responseSize()).end();
        Models.endpoint(out, "src_endpoint", e.source());
        Models.endpoint(out, "dst_endpoint", e.destination());
        out.num("duration", e.responseTime() == null ? null : e.responseTime().toMillis());
        out.num("type_id", 1).str("type", "Database");
    }
}
