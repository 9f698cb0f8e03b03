package uk.gov.justice.securityevents.contextual;

import java.util.Map;
import uk.gov.justice.securityevents.Classification;
import uk.gov.justice.securityevents.EventType;
import uk.gov.justice.securityevents.OcsfClass;
import uk.gov.justice.securityevents.Outcome;
import uk.gov.justice.securityevents.Principle;
import uk.gov.justice.securityevents.SecurityEvent;
import uk.gov.justice.securityevents.Severity;
import uk.gov.justice.securityevents.internal.Validate;

/**
 * 6: the encryption-at-rest state of a storage target: a bucket, volume, disk or database.
 *
 * <p>OCSF home: Cloud Resources Inventory Info (5023) · 1 Log, with the storage as {@code databucket}. Of the OCSF
 * 1.8.0 candidates this is the only one with native encryption attributes ({@code databucket.is_encrypted} and
 * {@code databucket.encryption_details}: algorithm, key id, key length, type), so the SOC can query
 * {@code databucket.is_encrypted = false} across services. Device Config State Change (5019) was rejected: it
 * requires a {@code device} (a bucket has none) and could only say "enabled/disabled" with the details unmapped.
 * Non-bucket storage uses {@code databucket.type_id} 99 Other with {@code type} "Volume", "Disk" or "Database".
 *
 * <p>{@code is_encrypted} is written only for the definite states; {@code unmapped.encryption_state} always carries
 * the state, including partial and unknown. Only the key's id is ever taken, never key material.
 */
public final class EncryptionStateReported extends SecurityEvent {
    /** The storage's encryption state. */
    public enum State {
        /** Fully encrypted. */
        ENCRYPTED,
        /** Not encrypted. */
        NOT_ENCRYPTED,
        /** Some of it is encrypted (e.g. some volumes, or new objects only). */
        PARTIALLY_ENCRYPTED,
        /** Could not be determined. */
        UNKNOWN
    }

    /** Kind of storage, as OCSF {@code databucket.type_id} and {@code type}. */
    public enum StorageType {
        /** 1: an AWS S3 bucket. */
        S3_BUCKET(1, "S3"),
        /** 2: an Azure Blob container. */
        AZURE_BLOB(2, "Azure Blob"),
        /** 3: a Google Cloud Storage bucket. */
        GCP_BUCKET(3, "GCP Bucket"),
        /** 99 Other: a block volume (EBS, managed disk, LUKS volume). */
        VOLUME(99, "Volume"),
        /** 99 Other: a host's disk (BitLocker, FileVault). */
        DISK(99, "Disk"),
        /** 99 Other: a database's storage (TDE, RDS encryption). */
        DATABASE(99, "Database"),
        /** 99 Other: anything else. */
        OTHER(99, "Other");

        private final int id;
        private final String caption;

        StorageType(int id, String caption) {
            this.id = id;
            this.caption = caption;
        }

        /** OCSF {@code databucket.type_id}. */
        public int id() {
            return id;
        }

        /** OCSF {@code databucket.type}. */
        public String caption() {
            return caption;
        }
    }

    /** Encryption algorithm, as OCSF {@code encryption_details.algorithm_id} and {@code algorithm}. */
    public enum Algorithm {
        /** 1. */
        DES(1, "DES"),
        /** 2. */
        TRIPLE_DES(2, "TripleDES"),
        /** 3. */
        AES(3, "AES"),
        /** 4. */
        RSA(4, "RSA"),
        /** 5. */
        ECC(5, "ECC"),
        /** 6. */
        SM2(6, "SM2"),
        /** 99: anything else (e.g. XChaCha20). */
        OTHER(99, "Other");

        private final int id;
        private final String caption;

        Algorithm(int id, String caption) {
            this.id = id;
            this.caption = caption;
        }

        /** OCSF id. */
        public int id() {
            return id;
        }

        /** OCSF caption. */
        public String caption() {
            return caption;
        }
    }

    /** This event's type. */
    public static final EventType TYPE = EventType.of(EncryptionStateReported.class, Principle.P6,
            Classification.of(OcsfClass.CLOUD_RESOURCES_INVENTORY_INFO, 1, "Log", "sec_encryption_state",
                    Severity.INFORMATIONAL, Outcome.SUCCESS));

    private final StorageType storageType;
    private final String storageUid;
    private final String storageName;
    private final String region;
    private final State state;
    private final Algorithm algorithm;
    private final Integer keyLength;
    private final String keyUid;
    private final String encryptionType;

    private EncryptionStateReported(Builder b) {
        super(b);
        this.storageType = Validate.required(b.storageType, "databucket.type_id (storage type)");
        this.storageUid = Validate.optionalNonBlank(b.storageUid, "databucket.uid");
        this.storageName = Validate.optionalNonBlank(b.storageName, "databucket.name");
        Validate.atLeastOne("databucket", "uid, name", storageUid, storageName);
        this.region = Validate.optionalNonBlank(b.region, "region");
        this.state = Validate.required(b.state, "unmapped.encryption_state (state)");
        this.algorithm = b.algorithm;
        if (b.keyLength != null && b.keyLength <= 0) {
            throw new IllegalArgumentException("encryption_details.key_length must be positive but was "
                    + b.keyLength);
        }
        this.keyLength = b.keyLength;
        this.keyUid = Validate.optionalNonBlank(b.keyUid, "encryption_details.key_uid");
        this.encryptionType = Validate.optionalNonBlank(b.encryptionType, "encryption_details.type");
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public EventType type() {
        return TYPE;
    }

    /** Kind of storage. */
    public StorageType storageType() {
        return storageType;
    }

    /** Storage id (ARN, resource id, volume id), or null. */
    public String storageUid() {
        return storageUid;
    }

    /** Storage name, or null. */
    public String storageName() {
        return storageName;
    }

    /** Cloud region ({@code region}), or null. */
    public String region() {
        return region;
    }

    /** The encryption state. */
    public State state() {
        return state;
    }

    /** {@code databucket.is_encrypted}: true or false for the definite states, else null. */
    public Boolean encrypted() {
        return state == State.ENCRYPTED ? Boolean.TRUE : state == State.NOT_ENCRYPTED ? Boolean.FALSE : null;
    }

    /** Algorithm, or null. */
    public Algorithm algorithm() {
        return algorithm;
    }

    /** Key length in bits, or null. */
    public Integer keyLength() {
        return keyLength;
    }

    /** The key's id (KMS key ARN, key vault key id), or null. */
    public String keyUid() {
        return keyUid;
    }

    /** The encryption scheme, e.g. {@code SSE-KMS}, {@code LUKS2}, {@code BitLocker}, or null. */
    public String encryptionType() {
        return encryptionType;
    }

    @Override
    public Map<String, Object> unmapped() {
        return unmappedOf("encryption_state", state.name());
    }

    @Override
    protected Object subject() {
        return storageType.caption() + " " + (storageName != null ? storageName : storageUid) + " " + state;
    }

    /** Builds an {@link EncryptionStateReported}. */
    public static final class Builder extends SecurityEvent.Builder<Builder> {
        private StorageType storageType;
        private String storageUid;
        private String storageName;
        private String region;
        private State state;
        private Algorithm algorithm;
        private Integer keyLength;
        private String keyUid;
        private String encryptionType;

        private Builder() {
        }

        /** The storage: its kind (required) and name (a uid may replace the name). */
        public Builder storage(StorageType storageType, String storageName) {
            this.storageType = storageType;
            this.storageName = storageName;
            return this;
        }

        /** The storage's id (ARN, resource id, volume id). */
        public Builder storageUid(String storageUid) {
            this.storageUid = storageUid;
            return this;
        }

        /** The cloud region of the storage. */
        public Builder region(String region) {
            this.region = region;
            return this;
        }

        /** The encryption state (required). */
        public Builder state(State state) {
            this.state = state;
            return this;
        }

        /** The algorithm. */
        public Builder algorithm(Algorithm algorithm) {
            this.algorithm = algorithm;
            return this;
        }

        /** The key length in bits. */
        public Builder keyLength(int keyLength) {
            this.keyLength = keyLength;
            return this;
        }

        /** The key's id: never the key itself. */
        public Builder keyUid(String keyUid) {
            this.keyUid = keyUid;
            return this;
        }

        /** The encryption scheme, e.g. {@code SSE-KMS}. */
        public Builder encryptionType(String encryptionType) {
            this.encryptionType = encryptionType;
            return this;
        }

        @Override
        public EncryptionStateReported build() {
            return new EncryptionStateReported(this);
        }
    }
}
