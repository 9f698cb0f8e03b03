package uk.gov.justice.securityevents.activity;

import java.time.Duration;
import uk.gov.justice.securityevents.Classification;
import uk.gov.justice.securityevents.EventType;
import uk.gov.justice.securityevents.OcsfClass;
import uk.gov.justice.securityevents.Outcome;
import uk.gov.justice.securityevents.Principle;
import uk.gov.justice.securityevents.SecurityEvent;
import uk.gov.justice.securityevents.Severity;
import uk.gov.justice.securityevents.internal.Validate;
import uk.gov.justice.securityevents.model.Actor;
import uk.gov.justice.securityevents.model.Endpoint;
import uk.gov.justice.securityevents.model.User;

/**
 * Enhanced tier, data store events: a query against a data store (OCSF Datastore Activity 6005 · 4 Query). Store id:
 * {@code database.uid}/{@code name}; credential id: {@code actor.user.credential_uid}; query:
 * {@code query_info.query_string}; response size: {@code query_info.bytes}; response time: {@code duration}.
 * OCSF requires the {@code actor} (here with a user) and the client ({@code src_endpoint}), and a name or uid for
 * the query: {@code query_info.name} is the caller's query name or, by default, the statement's leading keyword
 * (e.g. {@code SELECT}), which is also the "query type" the SOC filters on.
 *
 * <p>Pass the parameterised statement ({@code SELECT … WHERE id = ?}), never one with literal values: it must not
 * carry personal data or secrets.
 */
public final class DataStoreQuery extends SecurityEvent {
    /** Kind of data store, as OCSF {@code database.type_id} and {@code type}. */
    public enum StoreType {
        /** 0: not known. */
        UNKNOWN(0, "Unknown"),
        /** 1: relational (PostgreSQL, Oracle). */
        RELATIONAL(1, "Relational"),
        /** 6: NoSQL (DynamoDB, MongoDB). */
        NOSQL(6, "NoSQL"),
        /** 7: vector store. */
        VECTOR(7, "Vector"),
        /** 99: anything else. */
        OTHER(99, "Other");

        private final int id;
        private final String caption;

        StoreType(int id, String caption) {
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

    private static final int MAX_KEYWORD_LENGTH = 32;

    /** This event's type. */
    public static final EventType TYPE = EventType.of(DataStoreQuery.class, Principle.E2,
            Classification.of(OcsfClass.DATASTORE_ACTIVITY, 4, "Query", "datastore_query", Severity.INFORMATIONAL,
                    Outcome.SUCCESS));

    private final Actor actor;
    private final Endpoint source;
    private final Endpoint destination;
    private final String storeUid;
    private final String storeName;
    private final StoreType storeType;
    private final String query;
    private final String queryName;
    private final Long responseSize;
    private final Duration responseTime;

    private DataStoreQuery(Builder b) {
        super(b);
        Actor given = Validate.required(super.actor(), "actor");
        User user = Validate.required(given.user(), "actor.user");
        String credentialUid = Validate.optionalNonBlank(b.credentialUid, "actor.user.credential_uid");
        this.actor = credentialUid == null ? given : Actor.user(withCredential(user, credentialUid),
                given.sessionUid());
        this.source = Validate.required(b.source, "src_endpoint");
        this.destination = b.destination;
        this.storeUid = Validate.optionalNonBlank(b.storeUid, "database.uid");
        this.storeName = Validate.optionalNonBlank(b.storeName, "database.name");
        Validate.atLeastOne("database", "uid, name", storeUid, storeName);
        this.storeType = Validate.required(b.storeType, "database.type_id");
        this.query = Validate.nonBlank(b.query, "query_info.query_string");
        String name = Validate.optionalNonBlank(b.queryName, "query_info.name");
        this.queryName = name != null ? name : leadingKeyword(query);
        this.responseSize = Validate.nonNegative(b.responseSize, "query_info.bytes");
        if (b.responseTime != null && b.responseTime.isNegative()) {
            throw new IllegalArgumentException("duration (response time) must not be negative but was "
                    + b.responseTime);
        }
        this.responseTime = b.responseTime;
    }

    /** The statement's first word, e.g. {@code SELECT}, or {@code QUERY} when it does not start with one. */
    private static String leadingKeyword(String query) {
        String q = query.strip();
        int end = 0;
        while (end < q.length() && end < MAX_KEYWORD_LENGTH && Character.isLetter(q.charAt(end))) {
            end++;
        }
        return end == 0 ? "QUERY" : q.substring(0, end).toUpperCase(java.util.Locale.ROOT);
    }

    private static User withCredential(User u, String credentialUid) {
        return User.builder().uid(u.uid()).name(u.name()).type(u.type()).domain(u.domain())
                .emailAddress(u.emailAddress()).credentialUid(credentialUid).groups(u.groups()).build();
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public EventType type() {
        return TYPE;
    }

    /** Who queried, with the credential id when one was given ({@code actor.user.credential_uid}). */
    @Override
    public Actor actor() {
        return actor;
    }

    /** The client ({@code src_endpoint}). */
    public Endpoint source() {
        return source;
    }

    /** The data store server ({@code dst_endpoint}), or null. */
    public Endpoint destination() {
        return destination;
    }

    /** Store id ({@code database.uid}), or null. */
    public String storeUid() {
        return storeUid;
    }

    /** Store name ({@code database.name}), or null. */
    public String storeName() {
        return storeName;
    }

    /** Kind of store ({@code database.type_id}). */
    public StoreType storeType() {
        return storeType;
    }

    /** The parameterised query ({@code query_info.query_string}). */
    public String query() {
        return query;
    }

    /** The query's name ({@code query_info.name}): the caller's, or the statement's leading keyword. */
    public String queryName() {
        return queryName;
    }

    /** Response size in bytes ({@code query_info.bytes}), or null. */
    public Long responseSize() {
        return responseSize;
    }

    /** Response time ({@code duration}, ms), or null. */
    public Duration responseTime() {
        return responseTime;
    }

    @Override
    protected Object subject() {
        return actor + " " + (storeName != null ? storeName : storeUid);
    }

    /** Builds a {@link DataStoreQuery}. */
    public static final class Builder extends SecurityEvent.Builder<Builder> {
        private Endpoint source;
        private Endpoint destination;
        private String storeUid;
        private String storeName;
        private StoreType storeType = StoreType.UNKNOWN;
        private String credentialUid;
        private String query;
        private String queryName;
        private Long responseSize;
        private Duration responseTime;

        private Builder() {
        }

        /** The client (required). */
        public Builder source(Endpoint source) {
            this.source = source;
            return this;
        }

        /** The data store server. */
        public Builder destination(Endpoint destination) {
            this.destination = destination;
            return this;
        }

        /** The store's id (a uid or a name is required). */
        public Builder storeUid(String storeUid) {
            this.storeUid = storeUid;
            return this;
        }

        /** The store's name (a uid or a name is required). */
        public Builder storeName(String storeName) {
            this.storeName = storeName;
            return this;
        }

        /** Kind of store; defaults to {@link StoreType#UNKNOWN}. */
        public Builder storeType(StoreType storeType) {
            this.storeType = storeType;
            return this;
        }

        /** The id of the credential used (a database role, an IAM access key id): never the secret. */
        public Builder credentialUid(String credentialUid) {
            this.credentialUid = credentialUid;
            return this;
        }

        /** The parameterised query (required). */
        public Builder query(String query) {
            this.query = query;
            return this;
        }

        /** A name for the query, e.g. {@code findCasesByOwner}; defaults to the statement's leading keyword. */
        public Builder queryName(String queryName) {
            this.queryName = queryName;
            return this;
        }

        /** Response size in bytes. */
        public Builder responseSize(long responseSize) {
            this.responseSize = responseSize;
            return this;
        }

        /** Response time. */
        public Builder responseTime(Duration responseTime) {
            this.responseTime = responseTime;
            return this;
        }

        @Override
        public DataStoreQuery build() {
            return new DataStoreQuery(this);
        }
    }
}
