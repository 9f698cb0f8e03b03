package uk.gov.justice.securityevents.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.justice.securityevents.transport.DeliveryVerifier.SequenceRange;
import uk.gov.justice.securityevents.transport.internal.verify.JsonFieldScanner;

/** The operators' delivery check: gaps per producer (with wrap), duplicates, syslog lines, the command line. */
class DeliveryVerifierTest {

    @TempDir
    Path dir;

    static String event(String reporter, long sequence, String uid) {
        return "{\"class_uid\":3002,\"metadata\":{\"version\":\"1.8.0\",\"uid\":\"" + uid + "\",\"sequence\":" + sequence
                + ",\"reporter\":{\"name\":\"svc\",\"uid\":\"" + reporter + "\"},\"labels\":[\"a\",{\"uid\":\"x\"}]},"
                + "\"actor\":{\"user\":{\"uid\":\"not-this-one\"}},\"message\":\"quote \\\" \\u00e9\"}";
    }

    static String event(String reporter, long sequence) {
        return event(reporter, sequence, reporter + "-" + sequence);
    }

    @Test
    void completeStreamsFromTwoProducersAreOk() {
        DeliveryVerifier v = new DeliveryVerifier();
        for (int n = 1; n <= 100; n++) {
            v.accept(event("A", n)).accept(event("B", n));
        }
        DeliveryVerifier.Report r = v.report();
        assertThat(r.complete()).isTrue();
        assertThat(r.events()).isEqualTo(200);
        assertThat(r.producers()).extracting(DeliveryVerifier.ProducerReport::reporterUid).containsExactly("A", "B");
        assertThat(r.producer("A").firstSequence()).isEqualTo(1);
        assertThat(r.producer("A").lastSequence()).isEqualTo(100);
        assertThat(r.describe()).endsWith("RESULT: OK");
    }

    @Test
    void missingSequencesAreReportedAsRangesPerProducerWhateverTheArrivalOrder() {
        DeliveryVerifier v = new DeliveryVerifier();
        for (long n : new long[] {5, 1, 2, 9, 10, 3, 14}) {
            v.accept(event("A", n));
        }
        v.accept(event("B", 1)).accept(event("B", 3));
        DeliveryVerifier.Report r = v.report();
        assertThat(r.producer("A").missing()).containsExactly(new SequenceRange(4, 4), new SequenceRange(6, 8),
                new SequenceRange(11, 13));
        assertThat(r.producer("A").missingCount()).isEqualTo(7);
        assertThat(r.producer("B").missing()).containsExactly(new SequenceRange(2, 2));
        assertThat(r.missingTotal()).isEqualTo(8);
        assertThat(r.complete()).isFalse();
        assertThat(r.describe()).contains("missing: 4 6-8 11-13").endsWith("RESULT: INCOMPLETE");
    }

    @Test
    void theSequenceWrapsFromIntMaxToOne() {
        DeliveryVerifier v = new DeliveryVerifier();
        for (long n = 2147483640L; n <= 2147483647L; n++) {
            v.accept(event("A", n));
        }
        for (long n = 1; n <= 5; n++) {
            v.accept(event("A", n));
        }
        DeliveryVerifier.Report ok = v.report();
        assertThat(ok.complete()).isTrue();
        assertThat(ok.producer("A").wraps()).isEqualTo(1);
        assertThat(ok.producer("A").firstSequence()).isEqualTo(2147483640L);
        assertThat(ok.producer("A").lastSequence()).isEqualTo(5);

        DeliveryVerifier gap = new DeliveryVerifier();
        gap.accept(event("A", 2147483645L)).accept(event("A", 3)).accept(event("A", 2147483646L)); // late arrival
        assertThat(gap.report().producer("A").missing())
                .containsExactly(new SequenceRange(2147483647L, 2147483647L), new SequenceRange(1, 2));
    }

    @Test
    void duplicatesAreCountedByUidAndConflictingBytesAreFlagged() {
        DeliveryVerifier v = new DeliveryVerifier();
        v.accept(event("A", 1)).accept(event("A", 2)).accept(event("A", 2)).accept(event("A", 3));
        DeliveryVerifier.Report r = v.report();
        assertThat(r.duplicatesTotal()).isEqualTo(1);
        assertThat(r.producer("A").duplicateUids()).containsExactly("A-2");
        assertThat(r.complete()).isTrue(); // at-least-once: same bytes, harmless
        assertThat(r.distinctEvents()).isEqualTo(3);
        assertThat(r.describe()).contains("duplicate metadata.uid: A-2").contains("RESULT: OK (duplicates");

        v.accept(event("A", 4, "A-3")); // same uid as 3, different bytes
        DeliveryVerifier.Report bad = v.report();
        assertThat(bad.conflictingDuplicatesTotal()).isEqualTo(1);
        assertThat(bad.complete()).isFalse();
    }

    @Test
    void syslogLinesAreReadFromTheBomOnAndBrokenLinesAreCounted() {
        DeliveryVerifier v = new DeliveryVerifier();
        v.accept("<84>1 2026-05-01T10:00:00.123456Z host app 1 authn [ocsf@32473 uid=\"x\"] \uFEFF" + event("A", 1));
        v.accept("\uFEFF" + event("A", 2)); // a BOM at the start of an NDJSON file
        v.accept(event("A", 3, "has \uFEFF{ inside")); // a BOM inside the JSON is just a character
        v.accept("");
        v.accept("{\"metadata\":{\"uid\":\"u\",\"sequence\":3"); // torn
        v.accept("garbage");
        DeliveryVerifier.Report r = v.report();
        assertThat(r.events()).isEqualTo(3);
        assertThat(r.unreadableLines()).isEqualTo(2);
        assertThat(r.lines()).isEqualTo(6);
        assertThat(r.unreadableSamples()).hasSize(2).first().asString().startsWith("line 5:");
        assertThat(r.complete()).isFalse();
    }

    @Test
    void eventsWithoutAReporterOrSequenceAreGroupedAndCounted() {
        DeliveryVerifier v = new DeliveryVerifier();
        v.accept("{\"metadata\":{\"uid\":\"1\",\"sequence\":1}}").accept("{\"metadata\":{\"uid\":\"2\"}}")
                .accept("{\"metadata\":{\"uid\":\"3\",\"sequence\":1.5}}");
        DeliveryVerifier.ProducerReport p = v.report().producer(DeliveryVerifier.NO_REPORTER);
        assertThat(p.events()).isEqualTo(3);
        assertThat(p.eventsWithoutSequence()).isEqualTo(2);
    }

    @Test
    void theScannerPicksTheRightFieldsAndRejectsMalformedJson() {
        JsonFieldScanner.Fields f = JsonFieldScanner.scan(event("R", 42, "U"));
        assertThat(f).isEqualTo(new JsonFieldScanner.Fields("U", 42L, "R"));
        JsonFieldScanner.Fields escaped = JsonFieldScanner.scan(
                "{\"metadata\":{\"reporter\":{\"uid\":\"a\\u0041\\n\"},\"uid\":\"\\\"q\\\"\"}}");
        assertThat(escaped).isEqualTo(new JsonFieldScanner.Fields("\"q\"", null, "aA\n"));
        for (String bad : List.of("", "[]", "{", "{\"a\":}", "{\"a\":1,}", "{\"a\":01}", "{\"a\":\"\n\"}",
                "{\"a\":tru}", "{} x", "{\"a\":\"\\x\"}")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> JsonFieldScanner.scan(bad))
                    .as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void theCommandLineReportsAndSetsTheExitStatus() throws Exception {
        Path complete = Files.writeString(dir.resolve("ok.ndjson"), event("A", 1) + "\n" + event("A", 2) + "\n");
        Path gappy = Files.writeString(dir.resolve("gap.ndjson"), event("A", 1) + "\n" + event("A", 3) + "\n");
        Path dup = Files.writeString(dir.resolve("dup.ndjson"), event("A", 1) + "\n" + event("A", 1) + "\n");

        assertThat(run(complete.toString())).startsWith("0 ").contains("RESULT: OK");
        assertThat(run(gappy.toString())).startsWith("1 ").contains("missing: 2");
        assertThat(run(dup.toString())).startsWith("0 ");
        assertThat(run("--fail-on-duplicates", dup.toString())).startsWith("1 ");
        assertThat(run(dir.resolve("absent").toString())).startsWith("2 ");
        assertThat(run()).startsWith("2 ");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = DeliveryVerifier.run(new String[] {"-"},
                new ByteArrayInputStream((event("B", 7) + "\n").getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("producer B: 1 event(s), sequence 7 .. 7");
    }

    static String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = DeliveryVerifier.run(args, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return status + " " + out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
    }
}
