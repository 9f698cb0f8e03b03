package uk.gov.justice.securityevents.integrity;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import javax.crypto.Mac;
import uk.gov.justice.securityevents.HmacKey;

/**
 * Checks received NDJSON written through a {@link HashChain} and reports modified, deleted, inserted, reordered and
 * replayed events, and gaps in {@code metadata.sequence} per producer ({@code metadata.reporter.uid}).
 *
 * <p>Command line:
 *
 * <pre>
 * java -cp security-events-api.jar uk.gov.justice.securityevents.integrity.ChainVerifier events.ndjson \
 *     [--key-env VARIABLE | --key-file FILE]
 * </pre>
 *
 * prints one line per finding ({@link ChainFinding#toString()}) and exits with 0 when the stream is intact, 1 when
 * anything was found, 2 on a usage or I/O error. Several chains (producers, restarts) may be interleaved in one file;
 * each is checked on its own. The lines must be the bytes the producer wrote (a collector that re-serialises JSON
 * breaks every fingerprint). Events missing before the first or after the last event of a chain in the file cannot be
 * seen: verify whole files, or keep the last fingerprint of each file to check the next.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ChainVerifier {
    private static final byte[] UNMAPPED_OPEN = ",\"unmapped\":{".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final HmacKey key;

    private ChainVerifier(HmacKey key) {
        this.key = key;
    }

    /** A verifier for unkeyed (SHA-256) chains; keyed links are reported as {@code NOT_VERIFIABLE}. */
    public static ChainVerifier unkeyed() {
        return new ChainVerifier(null);
    }

    /**
     * A verifier for chains keyed with {@code key} (unkeyed chains in the same input are checked too).
     *
     * @param key the chain's HMAC key
     * @return the verifier
     */
    public static ChainVerifier withKey(HmacKey key) {
        return new ChainVerifier(java.util.Objects.requireNonNull(key, "key"));
    }

    /**
     * Verifies an NDJSON file.
     *
     * @param file the file
     * @return the findings in line order; empty when intact
     * @throws IOException when the file cannot be read
     */
    public List<ChainFinding> verify(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return verify(in);
        }
    }

    /**
     * Verifies NDJSON from a stream (read to its end; not closed).
     *
     * @param in the stream
     * @return the findings in line order; empty when intact
     * @throws IOException when the stream fails
     */
    public List<ChainFinding> verify(InputStream in) throws IOException {
        return verifyLines(splitLines(in.readAllBytes()));
    }

    /**
     * Verifies events given as lines (each without its terminator).
     *
     * @param lines the lines, in received order
     * @return the findings in line order; empty when intact
     */
    public List<ChainFinding> verifyLines(List<byte[]> lines) {
        List<ChainFinding> findings = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        Mac mac = key == null ? null : key.newMac();
        for (int i = 0; i < lines.size(); i++) {
            byte[] line = lines.get(i);
            if (line.length == 0) {
                continue;
            }
            Entry e = read(i + 1, line, mac, findings);
            if (e != null) {
                entries.add(e);
            }
        }
        Map<String, List<Entry>> chains = new LinkedHashMap<>();
        for (Entry e : entries) {
            if (e.chain != null) {
                chains.computeIfAbsent(e.chain, c -> new ArrayList<>()).add(e);
            }
        }
        for (List<Entry> chain : chains.values()) {
            checkChain(chain, findings);
        }
        checkSequences(entries, findings);
        Collections.sort(findings);
        return findings;
    }

    /** One line with a readable link. */
    private static final class Entry {
        int line;
        String uid;
        String chain;
        long seq;
        String fingerprint;
        String previous;
        boolean valid;
        Long sequence;
        String reporter;
    }

    private Entry read(int lineNo, byte[] line, Mac mac, List<ChainFinding> findings) {
        ChainLinkFormat.Layout layout;
        try {
            layout = ChainLinkFormat.layout(line, line.length);
        } catch (IOException | RuntimeException ex) {
            findings.add(new ChainFinding(lineNo, null, ChainFinding.Kind.MODIFIED,
                    "not one JSON object: " + ex.getMessage()));
            return null;
        }
        Entry e = new Entry();
        e.line = lineNo;
        e.uid = layout.uid;
        e.sequence = layout.sequence;
        e.reporter = layout.reporterUid;
        if (layout.linkStart < 0) {
            findings.add(new ChainFinding(lineNo, e.uid, ChainFinding.Kind.INSERTED,
                    "has no unmapped.record_integrity: not written through the chain"));
            return e;
        }
        String algorithm;
        try (JsonParser p = ChainLinkFormat.JSON.createParser(line, layout.linkStart + ChainLinkFormat.FIELD.length()
                + 3, layout.linkEnd - layout.linkStart - ChainLinkFormat.FIELD.length() - 3)) {
            algorithm = readLink(p, e);
        } catch (IOException | RuntimeException ex) {
            findings.add(new ChainFinding(lineNo, e.uid, ChainFinding.Kind.MODIFIED,
                    "unreadable record_integrity: " + ex.getMessage()));
            return null;
        }
        if (e.chain == null || e.seq < 1 || e.fingerprint == null) {
            findings.add(new ChainFinding(lineNo, e.uid, ChainFinding.Kind.MODIFIED,
                    "record_integrity lacks chain_uid, sequence_in_chain or fingerprint"));
            return null;
        }
        HmacKey k;
        if (HashChain.HMAC_ALGORITHM.equals(algorithm)) {
            if (key == null) {
                findings.add(new ChainFinding(lineNo, e.uid, ChainFinding.Kind.NOT_VERIFIABLE,
                        "the chain is keyed (HMAC-SHA-256); give --key-env or --key-file"));
                return null;
            }
            k = key;
        } else if (HashChain.SHA_256.equals(algorithm)) {
            k = null;
        } else {
            findings.add(new ChainFinding(lineNo, e.uid, ChainFinding.Kind.MODIFIED,
                    "unknown fingerprint algorithm '" + algorithm + "'"));
            return null;
        }
        for (byte[] candidate : withoutLink(line, layout)) {
            String fp = ChainLinkFormat.fingerprint(k, k == null ? null : mac, e.chain, e.seq, e.previous, candidate,
                    0, candidate.length);
            if (fp.equals(e.fingerprint)) {
                e.valid = true;
                break;
            }
        }
        return e;
    }

    private static String readLink(JsonParser p, Entry e) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw new IOException("not an object");
        }
        String algorithm = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken v = p.nextToken();
            if ("chain_uid".equals(name) && v == JsonToken.VALUE_STRING) {
                e.chain = p.getText();
            } else if ("sequence_in_chain".equals(name) && v == JsonToken.VALUE_NUMBER_INT) {
                e.seq = p.getLongValue();
            } else if ("fingerprint".equals(name) && v == JsonToken.START_OBJECT) {
                String[] fp = readFingerprint(p);
                algorithm = fp[0];
                e.fingerprint = fp[1];
            } else if ("prev_event".equals(name) && v == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String member = p.currentName();
                    JsonToken mv = p.nextToken();
                    if ("fingerprint".equals(member) && mv == JsonToken.START_OBJECT) {
                        e.previous = readFingerprint(p)[1];
                    } else {
                        p.skipChildren();
                    }
                }
            } else {
                p.skipChildren();
            }
        }
        return algorithm;
    }

    private static String[] readFingerprint(JsonParser p) throws IOException {
        String[] fp = new String[2];
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken v = p.nextToken();
            if ("algorithm".equals(name) && v == JsonToken.VALUE_STRING) {
                fp[0] = p.getText();
            } else if ("value".equals(name) && v == JsonToken.VALUE_STRING) {
                fp[1] = p.getText();
            } else {
                p.skipChildren();
            }
        }
        return fp;
    }

    /**
     * The event's bytes as they were before the chain added the link. When {@code unmapped} holds only the link, the
     * chain either created {@code unmapped} or found it empty: both are tried.
     */
    private static List<byte[]> withoutLink(byte[] line, ChainLinkFormat.Layout l) {
        if (l.unmappedMembers > 0) {
            if (line[l.linkStart - 1] != ',' || l.linkEnd != l.unmappedEnd) {
                return List.of();
            }
            return List.of(concat(line, 0, l.linkStart - 1, l.linkEnd, line.length));
        }
        List<byte[]> candidates = new ArrayList<>(2);
        candidates.add(concat(line, 0, l.linkStart, l.linkEnd, line.length));
        int open = l.unmappedStart - 1;
        if (open >= 0 && line[open] == ',' && l.unmappedEnd + 1 < line.length
                && Arrays.equals(line, open, open + UNMAPPED_OPEN.length, UNMAPPED_OPEN, 0, UNMAPPED_OPEN.length)) {
            candidates.add(concat(line, 0, open, l.unmappedEnd + 1, line.length));
        }
        return candidates;
    }

    private static byte[] concat(byte[] b, int from1, int to1, int from2, int to2) {
        byte[] out = new byte[(to1 - from1) + (to2 - from2)];
        System.arraycopy(b, from1, out, 0, to1 - from1);
        System.arraycopy(b, from2, out, to1 - from1, to2 - from2);
        return out;
    }

    private static void checkChain(List<Entry> chain, List<ChainFinding> findings) {
        // the genuine fingerprint of each position: unique, or the one the next event links to
        Map<Long, List<String>> valid = new HashMap<>();
        Map<Long, List<String>> linkedFrom = new HashMap<>();
        TreeSet<Long> present = new TreeSet<>();
        for (Entry e : chain) {
            present.add(e.seq);
            if (e.valid) {
                List<String> fps = valid.computeIfAbsent(e.seq, s -> new ArrayList<>());
                if (!fps.contains(e.fingerprint)) {
                    fps.add(e.fingerprint);
                }
                if (e.previous != null) {
                    linkedFrom.computeIfAbsent(e.seq - 1, s -> new ArrayList<>()).add(e.previous);
                }
            }
        }
        Map<Long, String> genuine = new HashMap<>();
        for (Map.Entry<Long, List<String>> v : valid.entrySet()) {
            String pick = v.getValue().get(0);
            if (v.getValue().size() > 1) {
                for (String fp : v.getValue()) {
                    if (linkedFrom.getOrDefault(v.getKey(), List.of()).contains(fp)) {
                        pick = fp;
                        break;
                    }
                }
            }
            genuine.put(v.getKey(), pick);
        }
        Map<Long, Integer> seen = new HashMap<>();
        long max = 0;
        for (Entry e : chain) {
            String g = genuine.get(e.seq);
            if (!e.valid) {
                findings.add(g != null
                        ? new ChainFinding(e.line, e.uid, ChainFinding.Kind.INSERTED, "claims sequence_in_chain "
                                + e.seq + " of chain " + e.chain + " but its fingerprint is not genuine")
                        : new ChainFinding(e.line, e.uid, ChainFinding.Kind.MODIFIED,
                                "fingerprint does not match the event (sequence_in_chain " + e.seq + ")"));
                continue;
            }
            if (!e.fingerprint.equals(g)) {
                findings.add(new ChainFinding(e.line, e.uid, ChainFinding.Kind.INSERTED, "conflicts with the genuine"
                        + " event at sequence_in_chain " + e.seq + " of chain " + e.chain));
                continue;
            }
            Integer first = seen.putIfAbsent(e.seq, e.line);
            if (first != null) {
                findings.add(new ChainFinding(e.line, e.uid, ChainFinding.Kind.REPLAYED,
                        "repeats line " + first + " (sequence_in_chain " + e.seq + ")"));
                continue;
            }
            if (e.seq < max) {
                findings.add(new ChainFinding(e.line, e.uid, ChainFinding.Kind.REORDERED,
                        "sequence_in_chain " + e.seq + " arrives after " + max));
            }
            max = Math.max(max, e.seq);
            String before = genuine.get(e.seq - 1);
            if (e.seq == 1 ? e.previous != null : before != null && !before.equals(e.previous)) {
                findings.add(new ChainFinding(e.line, e.uid, ChainFinding.Kind.MODIFIED,
                        "prev_event does not link to the event at sequence_in_chain " + (e.seq - 1)));
            }
        }
        Long previous = null;
        for (long s : present) {
            if (previous != null && s > previous + 1) {
                Entry at = firstWith(chain, s);
                findings.add(new ChainFinding(at.line, at.uid, ChainFinding.Kind.DELETED, (s - previous - 1)
                        + " event(s) missing before it: sequence_in_chain " + (previous + 1)
                        + (s - 1 > previous + 1 ? ".." + (s - 1) : "") + " of chain " + at.chain));
            }
            previous = s;
        }
    }

    private static Entry firstWith(List<Entry> chain, long seq) {
        for (Entry e : chain) {
            if (e.seq == seq) {
                return e;
            }
        }
        throw new IllegalStateException();
    }

    private static void checkSequences(List<Entry> entries, List<ChainFinding> findings) {
        Map<String, TreeSet<Long>> byReporter = new LinkedHashMap<>();
        Map<String, Map<Long, Entry>> firstAt = new HashMap<>();
        for (Entry e : entries) {
            if (e.reporter != null && e.sequence != null) {
                byReporter.computeIfAbsent(e.reporter, r -> new TreeSet<>()).add(e.sequence);
                firstAt.computeIfAbsent(e.reporter, r -> new HashMap<>()).putIfAbsent(e.sequence, e);
            }
        }
        for (Map.Entry<String, TreeSet<Long>> r : byReporter.entrySet()) {
            Long previous = null;
            for (long s : r.getValue()) {
                if (previous != null && s > previous + 1) {
                    Entry at = firstAt.get(r.getKey()).get(s);
                    findings.add(new ChainFinding(at.line, at.uid, ChainFinding.Kind.SEQUENCE_GAP,
                            "metadata.sequence of reporter " + r.getKey() + " jumps from " + previous + " to " + s
                                    + " (" + (s - previous - 1) + " missing)"));
                }
                previous = s;
            }
        }
    }

    private static List<byte[]> splitLines(byte[] all) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= all.length; i++) {
            if (i == all.length || all[i] == '\n') {
                int end = i;
                if (end > start && all[end - 1] == '\r') {
                    end--;
                }
                if (i < all.length || end > start) {
                    lines.add(Arrays.copyOfRange(all, start, end));
                }
                start = i + 1;
            }
        }
        return lines;
    }

    /**
     * Command-line entry point; see the class description.
     *
     * @param args {@code <file.ndjson> [--key-env VAR | --key-file F]}
     */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Runs the command line without exiting.
     *
     * @param args the arguments
     * @param out  where findings go
     * @param err  where usage and I/O errors go
     * @return 0 intact, 1 findings, 2 usage or I/O error
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        String usage = "usage: java -cp security-events-api.jar " + ChainVerifier.class.getName()
                + " <file.ndjson> [--key-env VARIABLE | --key-file FILE]";
        Path file = null;
        HmacKey key = null;
        try {
            for (int i = 0; i < args.length; i++) {
                if ("--key-env".equals(args[i]) && i + 1 < args.length && key == null) {
                    key = HmacKey.fromEnvironment(args[++i]);
                } else if ("--key-file".equals(args[i]) && i + 1 < args.length && key == null) {
                    key = HmacKey.fromFile(Path.of(args[++i]));
                } else if (!args[i].startsWith("--") && file == null) {
                    file = Path.of(args[i]);
                } else {
                    err.println(usage);
                    return 2;
                }
            }
        } catch (IllegalArgumentException e) {
            err.println("chain verifier: " + e.getMessage());
            return 2;
        }
        if (file == null) {
            err.println(usage);
            return 2;
        }
        List<ChainFinding> findings;
        try {
            findings = (key == null ? unkeyed() : withKey(key)).verify(file);
        } catch (IOException e) {
            err.println("chain verifier: cannot read " + file + ": " + e);
            return 2;
        }
        for (ChainFinding f : findings) {
            out.println(f);
        }
        return findings.isEmpty() ? 0 : 1;
    }

}
