package uk.gov.justice.securityevents.dns;

import uk.gov.justice.securityevents.Classification;
import uk.gov.justice.securityevents.internal.Validate;
import uk.gov.justice.securityevents.model.DnsQuestion;
import uk.gov.justice.securityevents.model.Endpoint;

/**
 * 4c: a node registered or removed its name in DNS with an RFC 2136 dynamic update (OCSF activity 1 Query with
 * {@code query.opcode_id} 5 Update). The node's host name is required ({@code query.hostname}); it and the node's
 * address are also the client ({@code src_endpoint}) unless one is given. Registered records may be added as
 * {@code answers}. A response code other than {@code NOERROR} makes the update a failure.
 */
public abstract class DnsUpdateEvent extends DnsActivityEvent {
    private final String hostname;
    private final String address;

    /**
     * Copies the node's name and address.
     *
     * @param builder the builder
     */
    protected DnsUpdateEvent(Builder<?> builder) {
        super(builder);
        this.hostname = builder.hostname;
        this.address = builder.address;
    }

    @Override
    public Classification classification() {
        return type().classifications().get(succeeded() ? 0 : 1);
    }

    private boolean succeeded() {
        return responseCode() == null || responseCode() == DnsResponseCode.NOERROR;
    }

    @Override
    public String statusDetail() {
        return succeeded() ? null : responseCode().name();
    }

    /** The node's host name ({@code query.hostname}). */
    public String hostname() {
        return hostname;
    }

    /** The node's address, or null. */
    public String address() {
        return address;
    }

    @Override
    public int opcodeId() {
        return OPCODE_UPDATE;
    }

    /**
     * Builder fields shared by DNS updates.
     *
     * @param <B> the concrete builder
     */
    public abstract static class Builder<B extends Builder<B>> extends DnsActivityEvent.Builder<B> {
        private String hostname;
        private String address;

        /** For subclasses. */
        protected Builder() {
        }

        /** The node's fully qualified host name (required). */
        public B hostname(String hostname) {
            this.hostname = hostname;
            return self();
        }

        /** The node's IP literal. */
        public B address(String address) {
            this.address = address;
            return self();
        }

        /** Derives the question and, if unset, the client from the node's name and address. */
        protected final void deriveQuery() {
            Validate.nonBlank(hostname, "query.hostname");
            Validate.ip(address, "src_endpoint.ip");
            String recordType = address == null ? null : address.indexOf(':') >= 0 ? "AAAA" : "A";
            query(DnsQuestion.of(hostname, recordType));
            if (client() == null) {
                Endpoint.Builder node = Endpoint.builder().hostname(hostname);
                if (address != null) {
                    node.ip(address);
                }
                client(node.build());
            }
        }
    }
}
