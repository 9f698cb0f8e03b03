package uk.gov.justice.securityevents.dns;

import java.util.List;
import uk.gov.justice.securityevents.SecurityEvent;
import uk.gov.justice.securityevents.internal.Validate;
import uk.gov.justice.securityevents.model.DnsAnswer;
import uk.gov.justice.securityevents.model.DnsQuestion;
import uk.gov.justice.securityevents.model.Endpoint;

/**
 * Events carried by OCSF DNS Activity (4003): queries, recursive lookups and dynamic updates. The {@code query} is
 * required, and at least one of the client ({@code src_endpoint}) and the resolver or server ({@code dst_endpoint}),
 * as OCSF's network category demands.
 */
public abstract class DnsActivityEvent extends SecurityEvent {
    /** OCSF {@code dns_query.opcode_id} 0: a standard query. */
    protected static final int OPCODE_QUERY = 0;
    /** OCSF {@code dns_query.opcode_id} 5: an RFC 2136 dynamic update. */
    protected static final int OPCODE_UPDATE = 5;

    private final DnsQuestion query;
    private final List<DnsAnswer> answers;
    private final DnsResponseCode responseCode;
    private final Endpoint client;
    private final Endpoint server;

    /**
     * Copies and checks the shared fields.
     *
     * @param builder the builder
     */
    protected DnsActivityEvent(Builder<?> builder) {
        super(builder);
        this.query = Validate.required(builder.query, "query");
        this.answers = Validate.listOf(builder.answers, "answers");
        this.responseCode = builder.responseCode;
        this.client = builder.client;
        this.server = builder.server;
        Validate.atLeastOne("DNS activity", "src_endpoint (client), dst_endpoint (server)", client, server);
    }

    /** The question ({@code query}). */
    public DnsQuestion query() {
        return query;
    }

    /** The answer records ({@code answers}); empty when there were none. */
    public List<DnsAnswer> answers() {
        return answers;
    }

    /** The response code ({@code rcode_id}), or null when no response was seen. */
    public DnsResponseCode responseCode() {
        return responseCode;
    }

    /** The client ({@code src_endpoint}), or null. */
    public Endpoint client() {
        return client;
    }

    /** The resolver or authoritative server ({@code dst_endpoint}), or null. */
    public Endpoint server() {
        return server;
    }

    /** OCSF {@code query.opcode_id}: 0 Query unless the event is a dynamic update (5 Update). */
    public int opcodeId() {
        return OPCODE_QUERY;
    }

    /** OCSF header flag ids written on every answer ({@code answers[].flag_ids}); empty by default. */
    public List<Integer> answerFlagIds() {
        return List.of();
    }

    @Override
    protected Object subject() {
        return query;
    }

    /**
     * Builder fields shared by DNS events.
     *
     * @param <B> the concrete builder
     */
    public abstract static class Builder<B extends Builder<B>> extends SecurityEvent.Builder<B> {
        private DnsQuestion query;
        private List<DnsAnswer> answers = List.of();
        private DnsResponseCode responseCode;
        private Endpoint client;
        private Endpoint server;

        /** For subclasses. */
        protected Builder() {
        }

        /** The question (required). */
        public B query(DnsQuestion query) {
            this.query = query;
            return self();
        }

        /** The answer records. */
        public B answers(List<DnsAnswer> answers) {
            this.answers = answers;
            return self();
        }

        /** The response code. */
        public B responseCode(DnsResponseCode responseCode) {
            this.responseCode = responseCode;
            return self();
        }

        /** The client that asked. */
        public B client(Endpoint client) {
            this.client = client;
            return self();
        }

        /** The resolver or server asked. */
        public B server(Endpoint server) {
            this.server = server;
            return self();
        }

        /** The client set so far, for leaves that derive it. */
        protected final Endpoint client() {
            return client;
        }
    }
}
