package uk.gov.justice.securityevents.integrity;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import uk.gov.justice.securityevents.HmacKey;

/**
 * Tamper evidence: links each event written through it to the one before, so a verifier ({@link ChainVerifier}) can
 * tell when stored events were modified, deleted, inserted, reordered or replayed.
 *
 * <p>For each event, in the order {@link #link(byte[])} is called, the chain adds a link as the last member of the
 * event's {@code unmapped} object (creating {@code unmapped} when absent), shaped like the OCSF 1.9
 * {@code record_integrity} profile:
 *
 * <pre>{@code
 * "unmapped":{…,"record_integrity":{"chain_uid":"…","sequence_in_chain":42,
 *     "fingerprint":{"algorithm_id":3,"algorithm":"SHA-256","value":"<64 hex>"},
 *     "prev_event":{"uid":"<metadata.uid of event 41>","type_uid":300201,
 *         "fingerprint":{"algorithm_id":3,"algorithm":"SHA-256","value":"<64 hex>"}}}}
 * }</pre>
 *
 * <p>The fingerprint is SHA-256 (or, with a key, HMAC-SHA-256 with {@code algorithm_id} 99 and {@code algorithm}
 * {@value #HMAC_ALGORITHM}) over the UTF-8 bytes of {@code chain_uid + "\n" + sequence_in_chain + "\n" +
 * previous fingerprint (empty for the first) + "\n"} followed by the event's exact bytes without the link. The first
 * event of a chain has sequence 1 and no {@code prev_event}. The output stays OCSF-valid ({@code unmapped} is free-form)
 * and is deterministic: the same chain id and the same events give the same bytes.
 *
 * <p>Plain SHA-256 detects accidental damage and edits by anyone who does not re-compute every later link; with an
 * HMAC key (from {@link HmacKey#fromEnvironment(String)} or a file), nobody without the key can forge a link.
 *
 * <p>Thread-safe: linking is serialised, and <b>the chain order is the order of the calls</b>. Call
 * {@link #write(byte[], OutputStream)} (link and write under one lock) or link where events are already in their
 * final order (a single sender thread); linking on many threads and writing afterwards reorders the chain.
 */
public final class HashChain {
    /** OCSF {@code fingerprint.algorithm_id} of SHA-256: {@value}. */
    public static final int SHA_256_ID = 3;
    /** OCSF {@code fingerprint.algorithm_id} "Other", used for HMAC-SHA-256: {@value}. */
    public static final int OTHER_ID = 99;
    /** {@code fingerprint.algorithm} of the keyed chain: {@value}. */
    public static final String HMAC_ALGORITHM = "HMAC-SHA-256";
    /** {@code fingerprint.algorithm} of the unkeyed chain: {@value}. */
    public static final String SHA_256 = "SHA-256";
    /** Most bytes a link adds to an event: {@value}; writers keep this much of the event limit free. */
    public static final int MAX_LINK_BYTES = 1024;
    private static final Pattern CHAIN_UID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private final String chainUid;
    private final HmacKey key;
    private final Mac mac;
    private long sequence;
    private String previousFingerprint;
    private String previousUid;
    private Long previousTypeUid;

    private HashChain(String chainUid, HmacKey key) {
        if (!CHAIN_UID.matcher(chainUid).matches()) {
            throw new IllegalArgumentException("chain_uid must be 1-128 characters of A-Z a-z 0-9 . _ : - but was '"
                    + chainUid + "'");
        }
        this.chainUid = chainUid;
        this.key = key;
        this.mac = key == null ? null : key.newMac();
    }

    /** An unkeyed SHA-256 chain with a new random id. */
    public static HashChain sha256() {
        return new HashChain(UUID.randomUUID().toString(), null);
    }

    /**
     * An unkeyed SHA-256 chain with the given id (e.g. to continue numbering in tests).
     *
     * @param chainUid the chain's id
     * @return the chain
     */
    public static HashChain sha256(String chainUid) {
        return new HashChain(Objects.requireNonNull(chainUid, "chainUid"), null);
    }

    /**
     * A keyed HMAC-SHA-256 chain with a new random id.
     *
     * @param key the key, from the environment or a file
     * @return the chain
     */
    public static HashChain hmacSha256(HmacKey key) {
        return new HashChain(UUID.randomUUID().toString(), Objects.requireNonNull(key, "key"));
    }

    /**
     * A keyed HMAC-SHA-256 chain with the given id.
     *
     * @param chainUid the chain's id
     * @param key      the key, from the environment or a file
     * @return the chain
     */
    public static HashChain hmacSha256(String chainUid, HmacKey key) {
        return new HashChain(Objects.requireNonNull(chainUid, "chainUid"), Objects.requireNonNull(key, "key"));
    }

    /** This chain's id ({@code chain_uid}). */
    public String chainUid() {
        return chainUid;
    }

    /** Whether the chain is keyed (HMAC-SHA-256). */
    public boolean keyed() {
        return key != null;
    }

    /** Events linked so far. */
    public synchronized long length() {
        return sequence;
    }

    /**
     * Links one event: returns its bytes with {@code unmapped.record_integrity} added.
     *
     * @param event one OCSF event as JSON (the canonical writer's output), without a line terminator
     * @return the linked event
     * @throws IllegalArgumentException when the bytes are not one JSON object or already carry a link
     */
    public synchronized byte[] link(byte[] event) {
        ChainLinkFormat.Layout layout;
        try {
            layout = ChainLinkFormat.layout(event, event.length);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot link: " + e.getMessage(), e);
        }
        if (layout.linkStart >= 0) {
            throw new IllegalArgumentException("the event already carries unmapped." + ChainLinkFormat.FIELD);
        }
        long next = sequence + 1;
        String fingerprint = ChainLinkFormat.fingerprint(key, mac, chainUid, next, previousFingerprint, event, 0,
                event.length);
        byte[] link = linkJson(next, fingerprint);
        ByteArrayOutputStream out = new ByteArrayOutputStream(event.length + link.length + 16);
        if (layout.unmappedEnd >= 0) {
            out.write(event, 0, layout.unmappedEnd);
            if (layout.unmappedMembers > 0) {
                out.write(',');
            }
            out.writeBytes(link);
            out.write(event, layout.unmappedEnd, event.length - layout.unmappedEnd);
        } else {
            out.write(event, 0, layout.rootEnd);
            out.writeBytes(",\"unmapped\":{".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            out.writeBytes(link);
            out.write('}');
            out.write(event, layout.rootEnd, event.length - layout.rootEnd);
        }
        sequence = next;
        previousFingerprint = fingerprint;
        previousUid = layout.uid != null && CHAIN_UID.matcher(layout.uid).matches() ? layout.uid : null;
        previousTypeUid = layout.typeUid;
        return out.toByteArray();
    }

    /**
     * Links one event and writes it to {@code out} under the same lock, so the chain order is the output order.
     *
     * @param event one OCSF event as JSON
     * @param out   the sink (nothing else is written: no line terminator)
     * @throws IOException when the sink fails; the link is then counted as written
     */
    public synchronized void write(byte[] event, OutputStream out) throws IOException {
        out.write(link(event));
    }

    private byte[] linkJson(long seq, String fingerprint) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream(MAX_LINK_BYTES);
        buf.writeBytes(("\"" + ChainLinkFormat.FIELD + "\":").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        try (JsonGenerator g = ChainLinkFormat.JSON.createGenerator(buf)) {
            g.writeStartObject();
            g.writeStringField("chain_uid", chainUid);
            g.writeNumberField("sequence_in_chain", seq);
            fingerprint(g, fingerprint);
            if (previousFingerprint != null) {
                g.writeObjectFieldStart("prev_event");
                if (previousUid != null) {
                    g.writeStringField("uid", previousUid);
                }
                if (previousTypeUid != null) {
                    g.writeNumberField("type_uid", previousTypeUid);
                }
                fingerprint(g, previousFingerprint);
                g.writeEndObject();
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buf.toByteArray();
    }

    private void fingerprint(JsonGenerator g, String value) throws IOException {
        g.writeObjectFieldStart("fingerprint");
        g.writeNumberField("algorithm_id", key == null ? SHA_256_ID : OTHER_ID);
        g.writeStringField("algorithm", key == null ? SHA_256 : HMAC_ALGORITHM);
        g.writeStringField("value", value);
        g.writeEndObject();
    }

    @Override
    public String toString() {
        return "HashChain[" + chainUid + ", " + (key == null ? SHA_256 : HMAC_ALGORITHM + " key " + key.keyId())
                + ", length " + length() + "]";
    }
}
