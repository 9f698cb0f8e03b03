package uk.gov.justice.securityevents.integrity;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import uk.gov.justice.securityevents.HmacKey;

/**
 * What the chain and its verifier share: where the link sits in an event's bytes and how a fingerprint is computed.
 * Package-private: the format is documented in {@link HashChain}.
 */
final class ChainLinkFormat {
    static final String FIELD = "record_integrity";
    static final JsonFactory JSON = JsonFactory.builder().build();
    private static final HexFormat HEX = HexFormat.of();

    private ChainLinkFormat() {
    }

    /** Where things are in one event line (byte offsets), found by one streaming parse. */
    static final class Layout {
        int rootEnd = -1;
        int unmappedStart = -1;
        int unmappedEnd = -1;
        int unmappedMembers;
        int linkStart = -1;
        int linkEnd = -1;
        String uid;
        Long typeUid;
        Long sequence;
        String reporterUid;
    }

    /**
     * Parses one event.
     *
     * @param bytes one JSON object
     * @return offsets of the root end, the top-level {@code unmapped} object and its {@code record_integrity}
     * @throws IOException when the bytes are not one JSON object
     */
    static Layout layout(byte[] bytes, int length) throws IOException {
        Layout l = new Layout();
        try (JsonParser p = JSON.createParser(bytes, 0, length)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("not a JSON object");
            }
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                int nameOffset = (int) p.currentTokenLocation().getByteOffset();
                JsonToken v = p.nextToken();
                if ("unmapped".equals(name) && v == JsonToken.START_OBJECT) {
                    l.unmappedStart = nameOffset;
                    JsonToken u;
                    while ((u = p.nextToken()) == JsonToken.FIELD_NAME) {
                        String member = p.currentName();
                        int memberOffset = (int) p.currentTokenLocation().getByteOffset();
                        p.nextToken();
                        p.skipChildren();
                        if (FIELD.equals(member)) {
                            l.linkStart = memberOffset;
                            l.linkEnd = (int) p.currentTokenLocation().getByteOffset() + 1;
                        } else {
                            l.unmappedMembers++;
                        }
                    }
                    if (u != JsonToken.END_OBJECT) {
                        throw new IOException("malformed unmapped object");
                    }
                    l.unmappedEnd = (int) p.currentTokenLocation().getByteOffset();
                } else if ("metadata".equals(name) && v == JsonToken.START_OBJECT) {
                    JsonToken m;
                    while ((m = p.nextToken()) == JsonToken.FIELD_NAME) {
                        String member = p.currentName();
                        JsonToken mv = p.nextToken();
                        if ("uid".equals(member) && mv == JsonToken.VALUE_STRING) {
                            l.uid = p.getText();
                        } else if ("sequence".equals(member) && mv == JsonToken.VALUE_NUMBER_INT) {
                            l.sequence = p.getLongValue();
                        } else if ("reporter".equals(member) && mv == JsonToken.START_OBJECT) {
                            JsonToken r;
                            while ((r = p.nextToken()) == JsonToken.FIELD_NAME) {
                                String rm = p.currentName();
                                JsonToken rv = p.nextToken();
                                if ("uid".equals(rm) && rv == JsonToken.VALUE_STRING) {
                                    l.reporterUid = p.getText();
                                } else {
                                    p.skipChildren();
                                }
                            }
                        } else {
                            p.skipChildren();
                        }
                    }
                    if (m != JsonToken.END_OBJECT) {
                        throw new IOException("malformed metadata object");
                    }
                } else if ("type_uid".equals(name) && v == JsonToken.VALUE_NUMBER_INT) {
                    l.typeUid = p.getLongValue();
                } else {
                    p.skipChildren();
                }
            }
            if (t != JsonToken.END_OBJECT) {
                throw new IOException("not one JSON object");
            }
            l.rootEnd = (int) p.currentTokenLocation().getByteOffset();
            if (p.nextToken() != null) {
                throw new IOException("trailing content after the JSON object");
            }
        }
        return l;
    }

    /**
     * The fingerprint of one link: SHA-256 or HMAC-SHA-256 over {@code chain_uid LF sequence LF prev-fingerprint LF}
     * followed by the event's bytes without the link.
     */
    static String fingerprint(HmacKey key, Mac mac, String chainUid, long sequence, String previous, byte[] event,
            int offset, int length) {
        byte[] header = (chainUid + "\n" + sequence + "\n" + (previous == null ? "" : previous) + "\n")
                .getBytes(StandardCharsets.UTF_8);
        if (key != null) {
            Mac m = mac != null ? mac : key.newMac();
            m.update(header);
            m.update(event, offset, length);
            return HEX.formatHex(m.doFinal());
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(header);
            sha.update(event, offset, length);
            return HEX.formatHex(sha.digest());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
