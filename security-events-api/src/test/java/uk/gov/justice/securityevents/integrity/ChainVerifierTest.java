package uk.gov.justice.securityevents.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.justice.securityevents.EmittedEvent;
import uk.gov.justice.securityevents.Envelope;
import uk.gov.justice.securityevents.HmacKey;
import uk.gov.justice.securityevents.SecurityEventWriter;
import uk.gov.justice.securityevents.conformance.AllEventFixtures;
import uk.gov.justice.securityevents.conformance.Fixed;
import uk.gov.justice.securityevents.conformance.ocsf.OcsfValidator;

/** The hash chain and its verifier: an intact stream passes; each kind of tampering is found and named. */
class ChainVerifierTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** Eight events from the catalogue, sequence 1..8 of one producer, through a chain. */
    private static List<byte[]> stream(SecurityEventWriter writer) {
        List<byte[]> lines = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            lines.add(writer.toBytes(event(i)));
        }
        return lines;
    }

    private static EmittedEvent event(int i) {
        return new EmittedEvent(AllEventFixtures.all().get(i * 7).build(), new Envelope(uid(i),
                Instant.parse("2026-05-01T10:15:30Z").plusSeconds(i), i + 1, Fixed.INSTANCE, null, null));
    }

    private static String uid(int i) {
        return "0196a1e4-7c1a-7b3e-9f00-00000000000" + i;
    }

    private static SecurityEventWriter chained() {
        return SecurityEventWriter.builder(Fixed.context()).integrityChain(HashChain.sha256("chain-1")).build();
    }

    private static List<ChainFinding> verify(List<byte[]> lines) {
        return ChainVerifier.unkeyed().verifyLines(lines);
    }

    @Test
    void anIntactStreamIsValidOcsfDeterministicAndReportsNothing() throws Exception {
        List<byte[]> lines = stream(chained());

        assertThat(verify(lines)).isEmpty();
        for (byte[] line : lines) {
            assertThat(OcsfValidator.forVersion_1_8_0().validate(new String(line, StandardCharsets.UTF_8))).isEmpty();
        }
        assertThat(stream(chained())).usingElementComparator(java.util.Arrays::compare).isEqualTo(lines);
        JsonNode second = JSON.readTree(lines.get(1)).at("/unmapped/record_integrity");
        JsonNode first = JSON.readTree(lines.get(0)).at("/unmapped/record_integrity");
        assertThat(second.at("/chain_uid").asText()).isEqualTo("chain-1");
        assertThat(second.at("/sequence_in_chain").asInt()).isEqualTo(2);
        assertThat(second.at("/fingerprint/algorithm").asText()).isEqualTo("SHA-256");
        assertThat(second.at("/fingerprint/algorithm_id").asInt()).isEqualTo(3);
        assertThat(second.at("/fingerprint/value").asText()).matches("[0-9a-f]{64}");
        assertThat(second.at("/prev_event/uid").asText()).isEqualTo(uid(0));
        assertThat(second.at("/prev_event/fingerprint/value").asText()).isEqualTo(first.at("/fingerprint/value").asText());
        assertThat(first.has("prev_event")).isFalse();
    }

    @Test
    void aDeletedEventIsFoundAndSoIsTheSequenceGap() {
        List<byte[]> lines = stream(chained());
        lines.remove(3);

        assertThat(verify(lines)).extracting(Object::toString).containsExactly(
                "line 4 uid " + uid(4) + ": DELETED 1 event(s) missing before it: sequence_in_chain 4 of chain chain-1",
                "line 4 uid " + uid(4) + ": SEQUENCE_GAP metadata.sequence of reporter " + Fixed.INSTANCE
                        + " jumps from 3 to 5 (1 missing)");
    }

    @Test
    void aModifiedEventIsFound() {
        List<byte[]> lines = stream(chained());
        String edited = new String(lines.get(2), StandardCharsets.UTF_8).replace("\"severity_id\":", "\"severity_id\":1");
        lines.set(2, edited.getBytes(StandardCharsets.UTF_8));

        assertThat(verify(lines)).extracting(ChainFinding::kind, ChainFinding::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ChainFinding.Kind.MODIFIED, 3));
    }

    @Test
    void anInsertedEventIsFoundWhetherUnlinkedOrForgedWithoutTheKey() {
        List<byte[]> lines = stream(chained());
        lines.add(5, SecurityEventWriter.create(Fixed.context()).toBytes(event(7)));

        assertThat(verify(lines)).extracting(ChainFinding::kind, ChainFinding::line)
                .contains(org.assertj.core.groups.Tuple.tuple(ChainFinding.Kind.INSERTED, 6));

        // unkeyed: a forger can re-compute a fingerprint, but the next genuine event does not link to it
        List<byte[]> forged = stream(chained());
        HashChain forger = HashChain.sha256("chain-1");
        byte[] fake = null;
        for (int i = 0; i < 4; i++) {
            byte[] plain = SecurityEventWriter.create(Fixed.context()).toBytes(i == 3 ? event(6) : event(i));
            fake = forger.link(plain);
        }
        forged.add(3, fake);
        assertThat(verify(forged)).extracting(ChainFinding::kind, ChainFinding::line)
                .contains(org.assertj.core.groups.Tuple.tuple(ChainFinding.Kind.INSERTED, 4));
    }

    @Test
    void reorderedEventsAreFound() {
        List<byte[]> lines = stream(chained());
        Collections.swap(lines, 2, 5);

        assertThat(verify(lines)).extracting(ChainFinding::kind).contains(ChainFinding.Kind.REORDERED)
                .doesNotContain(ChainFinding.Kind.DELETED, ChainFinding.Kind.MODIFIED);
    }

    @Test
    void aReplayedEventIsFound() {
        List<byte[]> lines = stream(chained());
        lines.add(lines.get(1));

        assertThat(verify(lines)).extracting(Object::toString)
                .containsExactly("line 9 uid " + uid(1) + ": REPLAYED repeats line 2 (sequence_in_chain 2)");
    }

    @Test
    void aKeyedChainNeedsTheKeyAndRejectsForgeries() throws Exception {
        Path keyFile = dir.resolve("chain.key");
        Files.writeString(keyFile, "hex:" + "ab".repeat(32));
        HmacKey key = HmacKey.fromFile(keyFile);
        List<byte[]> lines = stream(SecurityEventWriter.builder(Fixed.context())
                .integrityChain(HashChain.hmacSha256("k-chain", key)).build());

        assertThat(ChainVerifier.withKey(key).verifyLines(lines)).isEmpty();
        assertThat(verify(lines)).extracting(ChainFinding::kind).containsOnly(ChainFinding.Kind.NOT_VERIFIABLE);
        // an insider without the key re-links an edited event with plain SHA-256 or a guessed key
        Files.writeString(keyFile, "hex:" + "cd".repeat(32));
        List<byte[]> wrongKey = stream(SecurityEventWriter.builder(Fixed.context())
                .integrityChain(HashChain.hmacSha256("k-chain", HmacKey.fromFile(keyFile))).build());
        lines.set(4, wrongKey.get(4));
        assertThat(ChainVerifier.withKey(key).verifyLines(lines)).extracting(ChainFinding::kind, ChainFinding::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ChainFinding.Kind.MODIFIED, 5));
    }

    @Test
    void theChainOrderIsTheOutputOrderUnderConcurrency() throws Exception {
        SecurityEventWriter writer = chained();
        List<byte[]> lines = Collections.synchronizedList(new ArrayList<>());
        OutputStream sink = new OutputStream() {
            @Override
            public void write(int b) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void write(byte[] b, int off, int len) {
                lines.add(java.util.Arrays.copyOfRange(b, off, off + len));
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int t = 0; t < 8; t++) {
            pool.submit(() -> {
                for (int i = 0; i < 200; i++) {
                    writer.write(event(i % 8), sink);
                }
                return null;
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

        assertThat(lines).hasSize(1600);
        assertThat(verify(lines)).extracting(ChainFinding::kind).doesNotContain(ChainFinding.Kind.values()[0],
                ChainFinding.Kind.DELETED, ChainFinding.Kind.INSERTED, ChainFinding.Kind.REORDERED,
                ChainFinding.Kind.REPLAYED);
    }

    @Test
    void theCommandLineExitsZeroWhenIntactOneOnFindingsTwoOnUsageErrors() throws Exception {
        List<byte[]> lines = stream(chained());
        Path intact = dir.resolve("intact.ndjson");
        Files.write(intact, join(lines));
        lines.remove(2);
        Path broken = dir.resolve("broken.ndjson");
        Files.write(broken, join(lines));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        assertThat(ChainVerifier.run(new String[] {intact.toString()}, new PrintStream(out), new PrintStream(err)))
                .isZero();
        assertThat(ChainVerifier.run(new String[] {broken.toString()}, new PrintStream(out), new PrintStream(err)))
                .isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("line 3 uid " + uid(3) + ": DELETED");
        assertThat(ChainVerifier.run(new String[] {}, new PrintStream(out), new PrintStream(err))).isEqualTo(2);
        assertThat(ChainVerifier.run(new String[] {dir.resolve("missing").toString()}, new PrintStream(out),
                new PrintStream(err))).isEqualTo(2);
        assertThat(ChainVerifier.run(new String[] {intact.toString(), "--key-env", "SE_SURELY_UNSET_VARIABLE"},
                new PrintStream(out), new PrintStream(err))).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage:").contains("is not set");
    }

    private static byte[] join(List<byte[]> lines) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] l : lines) {
            all.writeBytes(l);
            all.write('\n');
        }
        return all.toByteArray();
    }
}
