package uk.gov.justice.securityevents.internal.ocsf;

import uk.gov.justice.securityevents.contextual.EncryptionStateReported;

/** OCSF Cloud Resources Inventory Info (5023): a storage target and its encryption at rest. */
final class CloudInventoryBody implements BodyWriter<EncryptionStateReported> {
    @Override
    public void write(EncryptionStateReported e, JsonOut out) {
        out.begin("databucket").str("uid", e.storageUid()).str("name", e.storageName())
                .num("type_id", e.storageType().id()).str("type", e.storageType().caption())
                .bool("is_encrypted", e.encrypted());
        if (e.algorithm() != null || e.keyUid() != null || e.keyLength() != null || e.encryptionType() != null) {
            out.begin("encryption_details");
            if (e.algorithm() != null) {
                out.num("algorithm_id", e.algorithm().id()).str("algorithm", e.algorithm().caption());
            }
            out.num("key_length", e.keyLength()).str("key_uid", e.keyUid()).str("type", e.encryptionType()).end();
        }
        out.end();
        out.str("region", e.region());
    }
}
