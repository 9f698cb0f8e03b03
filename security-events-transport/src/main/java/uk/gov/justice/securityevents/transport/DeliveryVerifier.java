package uk.gov.justice.securityevents.transport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.CRC32C;
import uk.gov.justice.securityevents.transport.internal.verify.JsonFieldScanner;

/**
 * Checks what a receiver got against what producers sent: reads received events (NDJSON, or syslog lines with the
 * JSON after a UTF-8 BOM as {@link SyslogDestination} writes them) and reports, per producer instance
 * ({@code metadata.reporter.uid}), the {@code metadata.sequence} numbers missing between the first and the last
 * received (wrapping from {@value OutboundEvent#MAX_SEQUENCE} to 1 is understood), and events received more than
 * once (same {@code metadata.uid}), distinguishing harmless duplicates (identical bytes, as at-least-once delivery
 * produces) from conflicting ones.
 *
 * <p>Sequences missing before the first or after the last event received from a producer cannot be seen: compare
 * the first and last sequence with the producer's own count if the ends matter.
 *
 * <p>Command line (exit status 0 when nothing is missing, 1 when something is missing, a line is unreadable or a
 * duplicate conflicts, 2 on a usage or I/O error):
 * <pre>
 * java -cp security-events-transport.jar uk.gov.justice.securityevents.transport.DeliveryVerifier [--fail-on-duplicates] received.ndjson... | -
 * </pre>
 *
 * <pre>{@code
 * DeliveryVerifier.Report report = new DeliveryVerifier().acceptFile(Path.of("received.ndjson")).report();
 * if (!report.complete()) System.out.println(report.describe());
 * }</pre>
 *
 * <p>Not thread-safe. Memory grows with the number of events (a sequence number and a uid per event).
 */
public final class DeliveryVerifier {

    /** Most missing ranges and duplicate uids listed per producer by {@link Report#describe()}: 20. */
    public static final int MAX_LISTED = 20;
    /** Group name of events that have no {@code metadata.reporter.uid}. */
    public static final String NO_REPORTER = "(no metadata.reporter.uid)";

    private static final long M = OutboundEvent.MAX_SEQUENCE;

    private final Map<String, Tracker> producers = new LinkedHashMap<>();
    private final Map<String, Seen> uids = new HashMap<>();
    private long lines;
    private long events;
    private long unreadable;
    private final List<String> unreadableSamples = new ArrayList<>();

    /** Creates an empty verifier. */
    public DeliveryVerifier() {
    }

    /**
     * Adds one received line. Blank lines are ignored; in a line that does not start with <code>{</code>, text up to a
     * UTF-8 BOM followed by <code>{</code> (a syslog header) is skipped.
     *
     * @param line the line
     * @return this verifier
     */
    public DeliveryVerifier accept(String line) {
        Objects.requireNonNull(line, "line");
        lines++;
        String json = line.strip();
        if (json.isEmpty()) {
            return this;
        }
        if (json.charAt(0) != '{') {
            // A syslog line (or a file starting with a BOM): the JSON follows the UTF-8 BOM.
            int bom = json.indexOf("\uFEFF{");
            if (bom >= 0) {
                json = json.substring(bom + 1);
            }
        }
        JsonFieldScanner.Fields f;
        try {
            f = JsonFieldScanner.scan(json);
        } catch (IllegalArgumentException e) {
            unreadable++;
            if (unreadableSamples.size() < MAX_LISTED) {
                unreadableSamples.add("line " + lines + ": " + e.getMessage());
            }
            return this;
        }
        events++;
        String reporter = f.reporterUid() == null ? NO_REPORTER : f.reporterUid();
        Tracker t = producers.computeIfAbsent(reporter, Tracker::new);
        t.events++;
        if (f.sequence() != null && f.sequence() >= 1 && f.sequence() <= M) {
            t.add(f.sequence());
        } else {
            t.withoutSequence++;
        }
        if (f.uid() != null) {
            CRC32C crc = new CRC32C();
            crc.update(json.getBytes(StandardCharsets.UTF_8));
            long hash = crc.getValue() << 32 | (json.length() & 0xffffffffL);
            Seen seen = uids.get(f.uid());
            if (seen == null) {
                uids.put(f.uid(), new Seen(t, hash));
            } else {
                seen.producer.duplicates++;
                if (seen.producer.duplicateUids.size() < MAX_LISTED && !seen.producer.duplicateUids.contains(f.uid())) {
                    seen.producer.duplicateUids.add(f.uid());
                }
                if (seen.hash != hash) {
                    seen.producer.conflicting++;
                }
            }
        }
        return this;
    }

    /**
     * Adds every line of a UTF-8 file (malformed bytes are replaced, so such a line counts as unreadable).
     *
     * @param file a file of received events
     * @return this verifier
     * @throws IOException if it cannot be read
     */
    public DeliveryVerifier acceptFile(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        try (Reader r = new InputStreamReader(Files.newInputStream(file), decoder)) {
            return acceptAll(r);
        }
    }

    /**
     * @param lines received events, one per line
     * @return this verifier
     */
    public DeliveryVerifier acceptLines(Iterable<String> lines) {
        for (String line : lines) {
            accept(line);
        }
        return this;
    }

    /**
     * @param reader received events, one per line (not closed)
     * @return this verifier
     * @throws IOException if it cannot be read
     */
    public DeliveryVerifier acceptAll(Reader reader) throws IOException {
        BufferedReader b = reader instanceof BufferedReader ? (BufferedReader) reader : new BufferedReader(reader);
        for (String line; (line = b.readLine()) != null; ) {
            accept(line);
        }
        return this;
    }

    /** @return the findings so far */
    public Report report() {
        List<ProducerReport> list = new ArrayList<>();
        for (Tracker t : producers.values()) {
            list.add(t.report());
        }
        return new Report(lines, events, unreadable, List.copyOf(unreadableSamples), List.copyOf(list));
    }

    /**
     * Command-line entry point: verifies the files (or standard input for {@code -}) and prints the report.
     *
     * @param args {@code [--fail-on-duplicates] file... | -}
     */
    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err));
    }

    /**
     * {@link #main} without {@code System.exit}, for tests and embedding.
     *
     * @param args command-line arguments
     * @param in   standard input (read for {@code -})
     * @param out  where the report goes
     * @param err  where usage and I/O errors go
     * @return the exit status: 0 nothing missing, 1 something missing or wrong, 2 usage or I/O error
     */
    public static int run(String[] args, java.io.InputStream in, PrintStream out, PrintStream err) {
        boolean failOnDuplicates = false;
        List<String> files = new ArrayList<>();
        for (String a : args) {
            if (a.equals("--fail-on-duplicates")) {
                failOnDuplicates = true;
            } else if (a.equals("-h") || a.equals("--help")) {
                err.println(usage());
                return 2;
            } else if (a.startsWith("--")) {
                err.println("unknown option " + a + "\n" + usage());
                return 2;
            } else {
                files.add(a);
            }
        }
        if (files.isEmpty()) {
            err.println(usage());
            return 2;
        }
        DeliveryVerifier v = new DeliveryVerifier();
        try {
            for (String f : files) {
                if (f.equals("-")) {
                    v.acceptAll(new InputStreamReader(in, StandardCharsets.UTF_8));
                } else {
                    v.acceptFile(Path.of(f));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            err.println("cannot read received events: " + e.getMessage());
            return 2;
        }
        Report r = v.report();
        out.println(r.describe());
        boolean ok = r.complete() && !(failOnDuplicates && r.duplicatesTotal() > 0);
        return ok ? 0 : 1;
    }

    private static String usage() {
        return "usage: java -cp security-events-transport.jar " + DeliveryVerifier.class.getName()
                + " [--fail-on-duplicates] <received.ndjson|syslog.log|->...\n"
                + "Reports, per producer (metadata.reporter.uid), missing metadata.sequence numbers and duplicate "
                + "metadata.uid values.\nExit status: 0 nothing missing, 1 missing/unreadable/conflicting (or "
                + "duplicates with --fail-on-duplicates), 2 usage or I/O error.";
    }

    /**
     * What the verifier found.
     *
     * @param lines              lines read (including blank ones)
     * @param events             lines that held a well-formed JSON object
     * @param unreadableLines    non-blank lines that did not
     * @param unreadableSamples  the first few problems, with line numbers
     * @param producers          one entry per producer instance, in order of first appearance
     */
    public record Report(long lines, long events, long unreadableLines, List<String> unreadableSamples,
                         List<ProducerReport> producers) {

        /** @return sequence numbers missing, over all producers */
        public long missingTotal() {
            return producers.stream().mapToLong(ProducerReport::missingCount).sum();
        }

        /** @return events received again (beyond the first copy), over all producers */
        public long duplicatesTotal() {
            return producers.stream().mapToLong(ProducerReport::duplicateEvents).sum();
        }

        /** @return duplicates whose bytes differ from the first copy, over all producers */
        public long conflictingDuplicatesTotal() {
            return producers.stream().mapToLong(ProducerReport::conflictingDuplicates).sum();
        }

        /** @return distinct events ({@code events - duplicatesTotal}) */
        public long distinctEvents() {
            return events - duplicatesTotal();
        }

        /** @return whether nothing is missing, every line was readable and no duplicate conflicts */
        public boolean complete() {
            return missingTotal() == 0 && unreadableLines == 0 && conflictingDuplicatesTotal() == 0;
        }

        /**
         * @param reporterUid a producer's {@code metadata.reporter.uid} (or {@link #NO_REPORTER})
         * @return its report, or {@code null}
         */
        public ProducerReport producer(String reporterUid) {
            return producers.stream().filter(p -> p.reporterUid().equals(reporterUid)).findFirst().orElse(null);
        }

        /** @return a human-readable report, one producer per paragraph, ending with {@code RESULT: ...} */
        public String describe() {
            StringBuilder b = new StringBuilder();
            b.append("security-events delivery check: ").append(lines).append(" line(s), ").append(events)
                    .append(" event(s), ").append(distinctEvents()).append(" distinct, ").append(unreadableLines)
                    .append(" unreadable, ").append(producers.size()).append(" producer(s)\n");
            for (String s : unreadableSamples) {
                b.append("  unreadable ").append(s).append('\n');
            }
            for (ProducerReport p : producers) {
                b.append("producer ").append(p.reporterUid()).append(": ").append(p.events()).append(" event(s)");
                if (p.firstSequence() > 0) {
                    b.append(", sequence ").append(p.firstSequence()).append(" .. ").append(p.lastSequence());
                    if (p.wraps() > 0) {
                        b.append(" (wrapped ").append(p.wraps()).append(" time(s))");
                    }
                }
                b.append(", missing ").append(p.missingCount()).append(", duplicates ").append(p.duplicateEvents());
                if (p.conflictingDuplicates() > 0) {
                    b.append(" (").append(p.conflictingDuplicates()).append(" with different bytes)");
                }
                if (p.reusedSequences() > 0) {
                    b.append(", ").append(p.reusedSequences()).append(" sequence number(s) reused by other events");
                }
                if (p.eventsWithoutSequence() > 0) {
                    b.append(", ").append(p.eventsWithoutSequence()).append(" without a valid metadata.sequence");
                }
                b.append('\n');
                if (!p.missing().isEmpty()) {
                    b.append("  missing:");
                    p.missing().stream().limit(MAX_LISTED).forEach(r -> b.append(' ').append(r));
                    if (p.missing().size() > MAX_LISTED) {
                        b.append(" … (").append(p.missing().size() - MAX_LISTED).append(" more range(s))");
                    }
                    b.append('\n');
                }
                if (!p.duplicateUids().isEmpty()) {
                    b.append("  duplicate metadata.uid:");
                    p.duplicateUids().forEach(u -> b.append(' ').append(u));
                    if (p.duplicateEvents() > p.duplicateUids().size()) {
                        b.append(" …");
                    }
                    b.append('\n');
                }
            }
            b.append("RESULT: ").append(complete()
                    ? (duplicatesTotal() == 0 ? "OK" : "OK (duplicates, same bytes: at-least-once delivery)")
                    : "INCOMPLETE");
            return b.toString();
        }
    }

    /**
     * Findings for one producer instance.
     *
     * @param reporterUid           {@code metadata.reporter.uid}, or {@link #NO_REPORTER}
     * @param events                events received (duplicates included)
     * @param eventsWithoutSequence events without an integer {@code metadata.sequence} in 1..{@value OutboundEvent#MAX_SEQUENCE}
     * @param firstSequence         lowest sequence received (in wrap order), or 0 if none
     * @param lastSequence          highest sequence received (in wrap order), or 0 if none
     * @param wraps                 times the sequence wrapped from {@value OutboundEvent#MAX_SEQUENCE} to 1
     * @param missingCount          sequence numbers missing between first and last
     * @param missing               the missing numbers as ranges
     * @param duplicateEvents       events received again with a {@code metadata.uid} already seen
     * @param duplicateUids         the first duplicated uids (at most {@link #MAX_LISTED})
     * @param conflictingDuplicates duplicates whose bytes differ from the first copy
     * @param reusedSequences       sequence numbers carried by more than one distinct event
     */
    public record ProducerReport(String reporterUid, long events, long eventsWithoutSequence, long firstSequence,
                                 long lastSequence, long wraps, long missingCount, List<SequenceRange> missing,
                                 long duplicateEvents, List<String> duplicateUids, long conflictingDuplicates,
                                 long reusedSequences) {
    }

    /**
     * Consecutive missing sequence numbers.
     *
     * @param from first missing
     * @param to   last missing (equal to {@code from} for one number)
     */
    public record SequenceRange(long from, long to) {
        /** @return the number of sequence numbers in the range */
        public long size() {
            return to - from + 1;
        }

        @Override
        public String toString() {
            return from == to ? Long.toString(from) : from + "-" + to;
        }
    }

    private static final class Seen {
        final Tracker producer;
        final long hash;

        Seen(Tracker producer, long hash) {
            this.producer = producer;
            this.hash = hash;
        }
    }

    /** Sequence numbers of one producer, unwrapped onto a line (RFC 1982 serial arithmetic, modulus 2^31-1). */
    private static final class Tracker {
        final String reporter;
        long events;
        long withoutSequence;
        long duplicates;
        long conflicting;
        final List<String> duplicateUids = new ArrayList<>();
        long[] values = new long[1024];
        int n;
        boolean any;
        long ref;

        Tracker(String reporter) {
            this.reporter = reporter;
        }

        void add(long sequence) {
            long v = sequence - 1;
            long u;
            if (!any) {
                u = v;
                any = true;
                ref = u;
            } else {
                u = ref - Math.floorMod(ref, M) + v;
                if (u < ref - M / 2) {
                    u += M;
                } else if (u > ref + M / 2) {
                    u -= M;
                }
                ref = Math.max(ref, u);
            }
            if (n == values.length) {
                values = Arrays.copyOf(values, n * 2);
            }
            values[n++] = u;
        }

        ProducerReport report() {
            long[] sorted = Arrays.copyOf(values, n);
            Arrays.sort(sorted);
            List<SequenceRange> missing = new ArrayList<>();
            long missingCount = 0;
            long distinct = 0;
            for (int i = 0; i < sorted.length; i++) {
                if (i > 0 && sorted[i] == sorted[i - 1]) {
                    continue;
                }
                distinct++;
                if (i > 0 && sorted[i] > sorted[i - 1] + 1) {
                    long from = sorted[i - 1] + 1;
                    long to = sorted[i] - 1;
                    missingCount += to - from + 1;
                    // split a range that crosses a wrap into its two sides
                    for (long a = from; a <= to; ) {
                        long epochEnd = a - Math.floorMod(a, M) + M - 1;
                        long b = Math.min(to, epochEnd);
                        missing.add(new SequenceRange(seq(a), seq(b)));
                        a = b + 1;
                    }
                }
            }
            long first = n == 0 ? 0 : seq(sorted[0]);
            long last = n == 0 ? 0 : seq(sorted[n - 1]);
            long wraps = n == 0 ? 0 : Math.floorDiv(sorted[n - 1], M) - Math.floorDiv(sorted[0], M);
            long repeated = n - distinct; // sequence numbers seen more than once
            long reused = Math.max(0, repeated - duplicates);
            return new ProducerReport(reporter, events, withoutSequence, first, last, wraps, missingCount,
                    Collections.unmodifiableList(missing), duplicates, List.copyOf(duplicateUids), conflicting,
                    reused);
        }

        private static long seq(long unwrapped) {
            return Math.floorMod(unwrapped, M) + 1;
        }
    }
}
