package uk.gov.justice.securityevents.network;

/** The IP protocol of a connection: IANA protocol number ({@code connection_info.protocol_num}) and name. */
public enum TransportProtocol {
    /** 1. */
    ICMP(1, "icmp"),
    /** 6. */
    TCP(6, "tcp"),
    /** 17. */
    UDP(17, "udp"),
    /** 58. */
    ICMPV6(58, "ipv6-icmp"),
    /** 132. */
    SCTP(132, "sctp");

    private final int number;
    private final String protocolName;

    TransportProtocol(int number, String protocolName) {
        this.number = number;
        this.protocolName = protocolName;
    }

    /** IANA protocol number. */
    public int number() {
        return number;
    }

    /** IANA keyword in lower case, e.g. {@code tcp}. */
    public String protocolName() {
        return protocolName;
    }
}
