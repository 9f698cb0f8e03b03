package uk.gov.justice.securityevents.integrity;

import java.util.Objects;

/**
 * One problem {@link ChainVerifier} found in a stream of events. Its {@link #toString()} is the line the command-line
 * verifier prints: {@code line 7 uid 0196a1e4-…: MODIFIED fingerprint does not match the event}.
 */
public final class ChainFinding implements Comparable<ChainFinding> {
    /** What kind of tampering (or loss) the finding points to. */
    public enum Kind {
        /** The event's bytes (or its link) were changed after it was written, or the line is not an event. */
        MODIFIED,
        /** Events are missing from the chain before this one. */
        DELETED,
        /** The event was not written by the chain here: it has no link, or a link that conflicts with the chain. */
        INSERTED,
        /** The event is genuine but arrived after a later event of its chain. */
        REORDERED,
        /** The event is a byte-identical repeat of an earlier one. */
        REPLAYED,
        /** {@code metadata.sequence} of the event's producer ({@code metadata.reporter.uid}) skips numbers. */
        SEQUENCE_GAP,
        /** The event's link is keyed (HMAC) and no key was given, so it cannot be checked. */
        NOT_VERIFIABLE
    }

    private final int line;
    private final String uid;
    private final Kind kind;
    private final String detail;

    /**
     * Creates a finding.
     *
     * @param line   1-based line number in the input
     * @param uid    the event's {@code metadata.uid}, or null when unreadable
     * @param kind   what was found
     * @param detail a short explanation
     */
    public ChainFinding(int line, String uid, Kind kind, String detail) {
        this.line = line;
        this.uid = uid == null ? null : uid.replaceAll("[\\p{Cntrl}\\s]+", "_");
        this.kind = Objects.requireNonNull(kind, "kind");
        // one finding, one output line: no line breaks or other controls from parser messages or hostile uids
        this.detail = Objects.requireNonNull(detail, "detail").replaceAll("\\p{Cntrl}+", " ").strip();
    }

    /** 1-based line number in the input. */
    public int line() {
        return line;
    }

    /** The event's {@code metadata.uid}, or null when the line could not be read. */
    public String uid() {
        return uid;
    }

    /** What was found. */
    public Kind kind() {
        return kind;
    }

    /** A short explanation. */
    public String detail() {
        return detail;
    }

    @Override
    public int compareTo(ChainFinding o) {
        int c = Integer.compare(line, o.line);
        return c != 0 ? c : kind.compareTo(o.kind);
    }

    @Override
    public String toString() {
        return "line " + line + " uid " + (uid == null ? "-" : uid) + ": " + kind + " " + detail;
    }
}
