package uk.gov.justice.securityevents.transport.internal.spool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.justice.securityevents.transport.DiskSpool;
import uk.gov.justice.securityevents.transport.DropReason;
import uk.gov.justice.securityevents.transport.FsyncPolicy;
import uk.gov.justice.securityevents.transport.OutboundEvent;
import uk.gov.justice.securityevents.transport.SpoolFullPolicy;
import uk.gov.justice.securityevents.transport.testsupport.RecordingStatusReporter;
import uk.gov.justice.securityevents.transport.testsupport.TestEvents;

/** The spool's file format and bookkeeping, on real files: order, durability of the replay position, damage, bounds. */
class SpoolStoreTest {

    @TempDir
    Path dir;

    final Map<DropReason, Long> drops = new EnumMap<>(DropReason.class);
    final RecordingStatusReporter status = new RecordingStatusReporter();
    final List<SpoolStore> opened = new ArrayList<>();

    @AfterEach
    void closeAll() {
        opened.forEach(SpoolStore::close);
    }

    SpoolStore open(DiskSpool config) {
        SpoolStore s = SpoolStore.open(config, status, (r, n) -> drops.merge(r, n, Long::sum));
        opened.add(s);
        return s;
    }

    SpoolStore openAndRecover(DiskSpool config) {
        SpoolStore s = open(config);
        s.recover();
        return s;
    }

    DiskSpool.Builder spool() {
        return DiskSpool.builder(dir.resolve("spool")).maxSegmentBytes(4096).maxBytes(8 * 1024 * 1024);
    }

    static List<OutboundEvent> events(int from, int toInclusive) {
        return IntStream.rangeClosed(from, toInclusive).mapToObj(TestEvents::event).toList();
    }

    static List<Long> sequences(List<OutboundEvent> events) {
        return events.stream().map(OutboundEvent::sequence).toList();
    }

    static List<Long> range(long from, long toInclusive) {
        return java.util.stream.LongStream.rangeClosed(from, toInclusive).boxed().toList();
    }

    List<Long> readAll(SpoolStore s) {
        List<Long> out = new ArrayList<>();
        while (true) {
            List<OutboundEvent> batch = s.read(7, 1 << 20);
            if (batch.isEmpty()) {
                return out;
            }
            out.addAll(sequences(batch));
            s.ack(batch.size());
        }
    }

    List<Path> segmentFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("spool"))) {
            return files.filter(p -> p.getFileName().toString().startsWith("segment-")).sorted().toList();
        }
    }

    @Test
    void eventsComeBackInOrderAcrossSegmentsByteForByteAndDeliveredSegmentsAreDeleted() throws IOException {
        SpoolStore s = openAndRecover(spool().build());
        List<OutboundEvent> in = events(1, 100);
        assertThat(s.append(in, false, false)).isEqualTo(new SpoolStore.AppendResult(100, 0, 0));
        assertThat(s.events()).isEqualTo(100);
        assertThat(s.segments()).isGreaterThan(5); // ~600 bytes per record, 4 KiB segments
        assertThat(s.bytes()).isEqualTo(segmentFiles().stream().mapToLong(p -> p.toFile().length()).sum());

        List<OutboundEvent> out = new ArrayList<>();
        for (List<OutboundEvent> b; !(b = s.read(7, 1 << 20)).isEmpty(); ) {
            out.addAll(b);
            s.ack(b.size());
        }
        assertThat(sequences(out)).isEqualTo(range(1, 100));
        for (int i = 0; i < 100; i++) {
            assertThat(out.get(i).jsonBytes()).isEqualTo(in.get(i).jsonBytes());
            assertThat(out.get(i).uid()).isEqualTo(in.get(i).uid());
            assertThat(out.get(i).time()).isEqualTo(in.get(i).time());
            assertThat(out.get(i).tenant()).isEqualTo(in.get(i).tenant());
            assertThat(out.get(i).hostname()).isEqualTo(in.get(i).hostname());
        }
        assertThat(s.events()).isZero();
        assertThat(s.bytes()).isZero();
        assertThat(segmentFiles()).isEmpty();
    }

    @Test
    void aRestartReplaysOnlyWhatWasNotAcknowledged() {
        SpoolStore s = openAndRecover(spool().build());
        s.append(events(1, 50), false, false);
        List<OutboundEvent> first = s.read(20, 1 << 20);
        s.ack(first.size());
        List<OutboundEvent> inFlight = s.read(5, 1 << 20); // read, never acknowledged: must come back
        assertThat(sequences(inFlight)).isEqualTo(range(21, 25));
        s.close();

        SpoolStore again = openAndRecover(spool().build());
        assertThat(again.recovered()).isEqualTo(30);
        assertThat(again.events()).isEqualTo(30);
        assertThat(readAll(again)).isEqualTo(range(21, 50));
        assertThat(drops).isEmpty();
    }

    @Test
    void rewindMakesInFlightEventsUnreadAgain() {
        SpoolStore s = openAndRecover(spool().build());
        s.append(events(1, 10), false, false);
        assertThat(sequences(s.read(4, 1 << 20))).isEqualTo(range(1, 4));
        s.rewind();
        assertThat(readAll(s)).isEqualTo(range(1, 10));
    }

    @Test
    void eventsAppendedAsInFlightAreAcknowledgedWithoutBeingReadOrReplayedAfterARewind() {
        SpoolStore s = openAndRecover(spool().build());
        assertThat(s.append(events(1, 5), true, true).written()).isEqualTo(5);
        s.append(events(6, 8), false, false);
        assertThat(s.inFlight()).isEqualTo(5);
        s.ack(2); // the first two were delivered from memory
        s.rewind(); // the rest failed: the spool replays them first
        assertThat(readAll(s)).isEqualTo(range(3, 8));
    }

    @Test
    void anInFlightAppendNeedsAnEmptySpool() {
        SpoolStore s = openAndRecover(spool().build());
        s.append(events(1, 2), false, false);
        assertThat(s.append(events(3, 4), true, true)).isEqualTo(new SpoolStore.AppendResult(0, 0, 2));
    }

    @Test
    void aWriteTornByACrashIsDetectedCountedOnceAndNeverReplayed() throws IOException {
        SpoolStore s = openAndRecover(spool().maxSegmentBytes(1024 * 1024).build());
        s.append(events(1, 10), false, false);
        s.close();
        Path segment = segmentFiles().get(0);
        try (FileChannel ch = FileChannel.open(segment, StandardOpenOption.WRITE)) {
            ch.truncate(ch.size() - 5); // the last record lost its last 5 bytes
        }

        SpoolStore again = openAndRecover(spool().build());
        assertThat(drops).containsEntry(DropReason.SPOOL_CORRUPT, 1L);
        assertThat(again.recovered()).isEqualTo(10); // 9 events + 1 damaged region
        assertThat(readAll(again)).isEqualTo(range(1, 9));
    }

    @Test
    void zeroesLeftAtTheEndByAPowerFailureAreDetected() throws IOException {
        SpoolStore s = openAndRecover(spool().maxSegmentBytes(1024 * 1024).build());
        s.append(events(1, 3), false, false);
        s.close();
        Path segment = segmentFiles().get(0);
        Files.write(segment, new byte[4096], StandardOpenOption.APPEND);

        SpoolStore again = openAndRecover(spool().build());
        assertThat(drops).containsEntry(DropReason.SPOOL_CORRUPT, 1L);
        assertThat(readAll(again)).isEqualTo(range(1, 3));
    }

    @Test
    void aDamagedRecordIsSkippedAndTheReaderResynchronisesOnTheNextRecord() throws IOException {
        SpoolStore s = openAndRecover(spool().maxSegmentBytes(1024 * 1024).build());
        s.append(events(1, 10), false, false);
        s.close();
        Path segment = segmentFiles().get(0);
        long record = (Files.size(segment) - SpoolFormat.HEADER_BYTES) / 10; // all records have the same size here
        long inFifth = SpoolFormat.HEADER_BYTES + 4 * record + record / 2;
        flipByte(segment, inFifth);

        SpoolStore again = openAndRecover(spool().build());
        assertThat(drops).containsEntry(DropReason.SPOOL_CORRUPT, 1L);
        assertThat(readAll(again)).isEqualTo(List.of(1L, 2L, 3L, 4L, 6L, 7L, 8L, 9L, 10L));
    }

    @Test
    void aDamagedLengthFieldIsCaughtByTheChecksumToo() throws IOException {
        SpoolStore s = openAndRecover(spool().maxSegmentBytes(1024 * 1024).build());
        s.append(events(1, 4), false, false);
        s.close();
        Path segment = segmentFiles().get(0);
        long record = (Files.size(segment) - SpoolFormat.HEADER_BYTES) / 4;
        flipByte(segment, SpoolFormat.HEADER_BYTES + record + 7); // low byte of the second record's length

        SpoolStore again = openAndRecover(spool().build());
        assertThat(readAll(again)).isEqualTo(List.of(1L, 3L, 4L));
        assertThat(drops).containsEntry(DropReason.SPOOL_CORRUPT, 1L);
    }

    @Test
    void aSegmentWithADamagedHeaderIsCountedAndDeleted() throws IOException {
        SpoolStore s = openAndRecover(spool().maxSegmentBytes(1024 * 1024).build());
        s.append(events(1, 3), false, false);
        s.close();
        Path segment = segmentFiles().get(0);
        flipByte(segment, 3);

        SpoolStore again = openAndRecover(spool().build());
        assertThat(drops).containsEntry(DropReason.SPOOL_CORRUPT, 1L);
        assertThat(again.events()).isZero();
        assertThat(segmentFiles()).isEmpty();
    }

    @Test
    void aDamagedAcknowledgementFileMeansDuplicatesNeverLoss() throws IOException {
        SpoolStore s = openAndRecover(spool().maxSegmentBytes(1024 * 1024).build());
        s.append(events(1, 10), false, false);
        s.ack(s.read(4, 1 << 20).size());
        s.close();
        flipByte(dir.resolve("spool").resolve(SpoolFormat.ACK_FILE), 10);

        SpoolStore again = openAndRecover(spool().build());
        assertThat(readAll(again)).isEqualTo(range(1, 10)); // 1-4 again: duplicates with the same bytes
    }

    @Test
    void segmentIdsKeepGrowingSoAnOldAcknowledgementNeverMatchesANewSegment() throws IOException {
        SpoolStore s = openAndRecover(spool().build());
        s.append(events(1, 3), false, false);
        readAll(s);
        s.close();
        SpoolStore again = openAndRecover(spool().build());
        again.append(events(4, 6), false, false);
        again.close();
        SpoolStore third = openAndRecover(spool().build());
        assertThat(readAll(third)).isEqualTo(range(4, 6));
    }

    @Test
    void aSecondOwnerOfTheDirectoryIsRefusedWithAMessageNamingIt() {
        open(spool().build());
        assertThatThrownBy(() -> open(spool().build()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(dir.resolve("spool").toAbsolutePath().toString())
                .hasMessageContaining("another pipeline in this process");
    }

    @Test
    void whenFullTheOldestSegmentIsDroppedAndCounted() {
        DiskSpool config = spool().maxSegmentBytes(4096).maxBytes(4 * 4096).build();
        SpoolStore s = openAndRecover(config);
        SpoolStore.AppendResult r = s.append(events(1, 200), false, false);
        assertThat(r.written()).isEqualTo(200);
        assertThat(s.bytes()).isLessThanOrEqualTo(4 * 4096);
        long evicted = drops.getOrDefault(DropReason.SPOOL_EVICTED, 0L);
        assertThat(evicted).isPositive();
        assertThat(s.events()).isEqualTo(200 - evicted);
        assertThat(readAll(s)).isEqualTo(range(evicted + 1, 200)); // the newest survive, contiguous
        assertThat(status.linesStartingWith("WARN disk spool")).hasSize(1)
                .first().asString().contains("is full").contains("SPOOL_EVICTED");
    }

    @Test
    void whenFullTheSegmentBeingReplayedIsKept() {
        DiskSpool config = spool().maxSegmentBytes(4096).maxBytes(3 * 4096).build();
        SpoolStore s = openAndRecover(config);
        s.append(events(1, 5), false, false);
        assertThat(sequences(s.read(2, 1 << 20))).isEqualTo(List.of(1L, 2L)); // in flight
        s.append(events(6, 200), false, false);
        s.ack(2);
        List<Long> rest = readAll(s);
        assertThat(rest.get(0)).isEqualTo(3L); // the head segment was never evicted
        assertThat(rest).isSorted();
    }

    @Test
    void refuseNewestKeepsTheOldest() {
        DiskSpool config = spool().maxSegmentBytes(4096).maxBytes(2 * 4096).fullPolicy(SpoolFullPolicy.REFUSE_NEWEST)
                .build();
        SpoolStore s = openAndRecover(config);
        SpoolStore.AppendResult r = s.append(events(1, 100), false, false);
        assertThat(r.refused()).isPositive();
        assertThat(r.written() + r.refused()).isEqualTo(100);
        assertThat(readAll(s)).isEqualTo(range(1, r.written()));
        assertThat(status.linesStartingWith("WARN disk spool")).hasSize(1)
                .first().asString().contains("SPOOL_FULL");
    }

    @Test
    void aDirectoryThatCannotBeCreatedMakesTheSpoolFailOnceWithoutThrowing() throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "not a directory");
        SpoolStore s = open(DiskSpool.builder(file.resolve("spool")).build());
        s.recover();
        assertThat(s.isFailing()).isTrue();
        assertThat(s.writable(false)).isFalse();
        assertThat(s.append(events(1, 3), false, false)).isEqualTo(new SpoolStore.AppendResult(0, 0, 3));
        assertThat(s.writable(true)).isFalse(); // tried again, still failing: no second warning
        assertThat(status.linesStartingWith("WARN disk spool")).hasSize(1)
                .first().asString().contains(file.resolve("spool").toString()).contains("cannot be opened");
    }

    @Test
    void theDiskIsTriedAgainAfterTheRetryIntervalAndRecoveryIsReported() throws Exception {
        Path blocker = Files.writeString(dir.resolve("spool"), "in the way");
        SpoolStore s = open(spool().writeRetryInterval(java.time.Duration.ofMillis(1)).build());
        s.recover();
        assertThat(s.isFailing()).isTrue();
        Files.delete(blocker);
        Thread.sleep(5);
        assertThat(s.writable(false)).isTrue();
        assertThat(s.append(events(1, 2), false, false).written()).isEqualTo(2);
        assertThat(s.isFailing()).isFalse();
        assertThat(status.linesStartingWith("INFO disk spool")).hasSize(1);
        assertThat(readAll(s)).isEqualTo(range(1, 2));
    }

    @Test
    void everyFsyncPolicyKeepsTheDataAcrossAClose() {
        for (FsyncPolicy p : FsyncPolicy.values()) {
            DiskSpool config = DiskSpool.builder(dir.resolve("spool-" + p)).fsyncPolicy(p).build();
            SpoolStore s = SpoolStore.open(config, status, (r, n) -> drops.merge(r, n, Long::sum));
            s.recover();
            s.append(events(1, 20), false, false);
            s.tick();
            s.close();
            SpoolStore again = SpoolStore.open(config, status, (r, n) -> drops.merge(r, n, Long::sum));
            opened.add(again);
            again.recover();
            assertThat(readAll(again)).as(p.name()).isEqualTo(range(1, 20));
        }
    }

    @Test
    void segmentNamesSortLikeTheirIds() {
        assertThat(SpoolFormat.segmentFileName(42)).isEqualTo("segment-00000000000000000042.spool");
        assertThat(SpoolFormat.segmentId("segment-00000000000000000042.spool")).isEqualTo(42);
        assertThat(SpoolFormat.segmentId("segment-0000000000000000004x.spool")).isEqualTo(-1);
        assertThat(SpoolFormat.segmentId("other.spool")).isEqualTo(-1);
    }

    @Test
    void theRecordCodecRoundTripsNullsAndUnicode() {
        OutboundEvent e = OutboundEvent.builder()
                .json("{\"m\":\"é \\u2028 😀\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .uid("u-1").time(java.time.Instant.parse("2026-01-01T00:00:00.123456789Z")).sequence(2147483647L)
                .classUid(3002).activityId(1).typeUid(300201).severityId(99).eventCode("é").build();
        byte[] rec = RecordCodec.encode(e);
        byte[] payload = java.util.Arrays.copyOfRange(rec, SpoolFormat.RECORD_FRAME_BYTES, rec.length);
        OutboundEvent back = RecordCodec.decode(payload);
        assertThat(back.jsonBytes()).isEqualTo(e.jsonBytes());
        assertThat(back.time()).isEqualTo(e.time());
        assertThat(back.sequence()).isEqualTo(2147483647L);
        assertThat(back.tenant()).isNull();
        assertThat(back.eventCode()).isEqualTo("é");
        assertThat(back.severityId()).isEqualTo(99);
    }

    static void flipByte(Path file, long offset) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            ByteBuffer b = ByteBuffer.allocate(1);
            ch.read(b, offset);
            b.put(0, (byte) (b.get(0) ^ 0x5a)).rewind();
            ch.write(b, offset);
        }
    }
}
