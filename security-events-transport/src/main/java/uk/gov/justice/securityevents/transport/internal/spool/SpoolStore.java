package uk.gov.justice.securityevents.transport.internal.spool;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import uk.gov.justice.securityevents.transport.DiskSpool;
import uk.gov.justice.securityevents.transport.DropReason;
import uk.gov.justice.securityevents.transport.FsyncPolicy;
import uk.gov.justice.securityevents.transport.OutboundEvent;
import uk.gov.justice.securityevents.transport.SpoolFullPolicy;
import uk.gov.justice.securityevents.transport.StatusReporter;
import uk.gov.justice.securityevents.transport.internal.common.SafeText;

/**
 * A disk spool: a FIFO of events in append-only segment files (format in {@link SpoolFormat}), with a read cursor,
 * the records read but not yet acknowledged ("in flight"), and a durable acknowledgement position.
 *
 * <ul>
 *   <li>{@link #append} writes at the tail; {@link #read} takes the oldest unread records and marks them in flight;
 *       {@link #ack} retires the oldest in-flight records (delivered or dropped) and deletes segments once every
 *       record in them is retired; {@link #rewind} makes in-flight records unread again (a failed attempt).</li>
 *   <li>Bounded by {@link DiskSpool#maxBytes()}: the oldest segment not being replayed is deleted
 *       ({@link DropReason#SPOOL_EVICTED}) or the new event refused ({@link DropReason#SPOOL_FULL}).</li>
 *   <li>An I/O failure never propagates: the spool warns once, reports itself failing, and the caller keeps the
 *       events; writing is tried again after {@link DiskSpool#writeRetryInterval()}.</li>
 * </ul>
 *
 * <p>Not thread-safe: used by the pipeline's sender thread, and by the thread that stops the pipeline once the
 * sender has ended. The gauges ({@link #bytes()}, {@link #events()}, …) may be read from any thread.
 */
public final class SpoolStore implements AutoCloseable {

    /** Receives the drops decided inside the spool (eviction, damage). */
    public interface DropCounter {
        /**
         * @param reason why
         * @param events how many
         */
        void dropped(DropReason reason, long events);
    }

    /**
     * Outcome of {@link #append}: the first {@code written} events are in the spool; then either {@code refused}
     * events were refused because the spool is full (the caller counts them {@link DropReason#SPOOL_FULL}) or
     * {@code notWritten} events could not be written (the caller keeps them).
     *
     * @param written    events appended
     * @param refused    events refused (spool full)
     * @param notWritten events not written (spool failing)
     */
    public record AppendResult(int written, int refused, int notWritten) {
    }

    private record InFlight(Segment segment, long end) {
    }

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private final DiskSpool config;
    private final Path dir;
    private final StatusReporter status;
    private final DropCounter drops;
    private final long fsyncIntervalNanos;
    private final long retryNanos;
    private final List<Segment> segments = new ArrayList<>();
    private final ArrayDeque<InFlight> inFlight = new ArrayDeque<>();

    private Segment active;
    private SpoolLock lock;
    private AckFile ack;
    private AckFile.Position ackAtOpen;
    private long nextId = 1;
    private boolean recoverRequested;
    private boolean scanned;
    private boolean closed;

    private volatile boolean failing;
    private long retryAtNanos;
    private boolean fullWarned;
    private boolean unsupportedWarned;
    private boolean readFailureWarned;

    private boolean dirty;
    private boolean directoryDirty;
    private long lastForceNanos = System.nanoTime();

    private volatile long bytes;
    private volatile long events;
    private volatile long segmentCount;
    private volatile long recovered;

    private SpoolStore(DiskSpool config, StatusReporter status, DropCounter drops) {
        this.config = config;
        this.dir = config.directory().toAbsolutePath();
        this.status = status;
        this.drops = drops;
        this.fsyncIntervalNanos = config.fsyncInterval().toNanos();
        this.retryNanos = config.writeRetryInterval().toNanos();
    }

    /**
     * Creates the directory if needed, takes the lock and lists the segments (they are read by {@link #recover()}).
     * An I/O problem does not throw: the spool starts failing, warns once and tries again later.
     *
     * @param config settings
     * @param status local status channel
     * @param drops  where drops decided by the spool are counted
     * @return the spool
     * @throws IllegalStateException if another process or pipeline holds the directory's lock (the message names
     *     the directory and, when known, the holder's pid)
     */
    public static SpoolStore open(DiskSpool config, StatusReporter status, DropCounter drops) {
        SpoolStore s = new SpoolStore(config, status, drops);
        try {
            s.openDirectory();
        } catch (SpoolLock.SpoolInUseException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            s.fail("cannot be opened", e);
        }
        return s;
    }

    private void openDirectory() throws IOException {
        if (!Files.isDirectory(dir)) {
            if (POSIX) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectories(dir);
            }
        }
        SpoolLock l = SpoolLock.acquire(dir);
        AckFile a = null;
        try {
            a = AckFile.open(dir);
            AckFile.Position position = a.read();
            List<Long> ids = new ArrayList<>();
            try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "segment-*.spool")) {
                for (Path f : files) {
                    long id = SpoolFormat.segmentId(f.getFileName().toString());
                    if (id >= 0 && Files.isRegularFile(f)) {
                        ids.add(id);
                    }
                }
            }
            ids.sort(null);
            long size = 0;
            long maxId = position == null ? 0 : position.segmentId();
            segments.clear();
            for (long id : ids) {
                Segment s = new Segment(id, dir.resolve(SpoolFormat.segmentFileName(id)), true);
                s.end = Files.size(s.path);
                size += s.end;
                segments.add(s);
                maxId = Math.max(maxId, id);
            }
            ackAtOpen = position;
            nextId = maxId + 1;
            bytes = size;
            segmentCount = segments.size();
            lock = l;
            ack = a;
        } catch (IOException | RuntimeException e) {
            if (a != null) {
                a.close();
            }
            l.close();
            throw e;
        }
    }

    /**
     * Reads the segments left by an earlier process: verifies every record, counts the valid ones as
     * {@link #recovered()} events to replay (from the acknowledged position on) and each damaged region as one
     * {@link DropReason#SPOOL_CORRUPT}. Deletes segments already delivered. Called once, by the sender when it starts.
     */
    public void recover() {
        recoverRequested = true;
        if (lock == null || scanned) {
            return;
        }
        for (Segment s : new ArrayList<>(segments)) {
            scan(s);
        }
        scanned = true;
        segmentCount = segments.size();
        finishSegments();
        writeAck();
    }

    private void scan(Segment s) {
        if (ackAtOpen != null && s.id < ackAtOpen.segmentId()) {
            delete(s); // delivered before the last stop or crash
            return;
        }
        try (FileChannel ch = FileChannel.open(s.path, StandardOpenOption.READ)) {
            long size = ch.size();
            ByteBuffer h = ByteBuffer.allocate(SpoolFormat.HEADER_BYTES);
            while (h.hasRemaining() && ch.read(h, h.position()) > 0) {
                // read the header
            }
            h.flip();
            SpoolFormat.HeaderCheck check = SpoolFormat.checkHeader(h, s.id);
            if (check == SpoolFormat.HeaderCheck.UNSUPPORTED_VERSION) {
                if (!unsupportedWarned) {
                    unsupportedWarned = true;
                    status.warn("disk spool at " + dir + " holds " + s.path.getFileName() + " in an unsupported "
                            + "format version; it is left in place and not replayed (was it written by a newer "
                            + "version of security-events?)");
                }
                segments.remove(s);
                bytes -= s.end;
                return;
            }
            if (check == SpoolFormat.HeaderCheck.DAMAGED) {
                recovered += 1;
                drops.dropped(DropReason.SPOOL_CORRUPT, 1);
                delete(s);
                return;
            }
            long start = SpoolFormat.HEADER_BYTES;
            if (ackAtOpen != null && s.id == ackAtOpen.segmentId() && ackAtOpen.offset() >= start
                    && ackAtOpen.offset() <= size) {
                start = ackAtOpen.offset();
            }
            SegmentReader reader = new SegmentReader(ch, size);
            long valid = 0;
            long undecodable = 0;
            long pos = start;
            for (SegmentReader.Record r; (r = reader.next(pos)) != null; pos = r.next()) {
                try {
                    RecordCodec.decode(r.payload());
                    valid++;
                } catch (IllegalArgumentException e) {
                    undecodable++;
                }
            }
            long damaged = reader.damagedRegions() + undecodable;
            bytes += size - s.end;
            s.end = size;
            s.ackOffset = start;
            s.readOffset = start;
            s.unacked = valid;
            events += valid;
            recovered += valid + damaged;
            if (damaged > 0) {
                drops.dropped(DropReason.SPOOL_CORRUPT, damaged);
            }
            if (valid == 0) {
                delete(s);
            }
        } catch (IOException e) {
            recovered += 1;
            drops.dropped(DropReason.SPOOL_CORRUPT, 1);
            status.warn("disk spool at " + dir + ": cannot read " + s.path.getFileName() + " ("
                    + SafeText.describe(e) + "); it is skipped");
            segments.remove(s);
            bytes -= s.end;
        }
    }

    /**
     * Whether {@link #append} may be tried now. While failing, returns {@code false} until the retry interval has
     * passed (or at once with {@code force}); then it re-opens the directory if needed.
     *
     * @param force ignore the retry interval (used once, at stop)
     * @return whether to try writing
     */
    public boolean writable(boolean force) {
        if (closed) {
            return false;
        }
        if (!failing) {
            return true;
        }
        if (!force && System.nanoTime() - retryAtNanos < 0) {
            return false;
        }
        if (lock == null) {
            try {
                openDirectory();
            } catch (IOException | RuntimeException e) {
                fail("cannot be opened", e);
                return false;
            }
            if (recoverRequested) {
                recover();
            }
            recoveredFromFailure();
        }
        return true;
    }

    /** @return whether the spool is failing (cannot be opened or written); readable from any thread */
    public boolean isFailing() {
        return failing;
    }

    /** @return whether the spool holds events not yet acknowledged (read or not) */
    public boolean hasUnacked() {
        return events > 0;
    }

    /**
     * Appends events at the tail, in order.
     *
     * @param batch       events
     * @param markInFlight mark them read and in flight at once (they are being sent from memory); requires an empty
     *                    spool, so that they are its oldest records
     * @param atomic      all or nothing: on any failure or lack of room, nothing is appended
     * @return what was appended
     */
    public AppendResult append(List<OutboundEvent> batch, boolean markInFlight, boolean atomic) {
        int n = batch.size();
        if (n == 0) {
            return new AppendResult(0, 0, 0);
        }
        if (lock == null || closed || (markInFlight && (events > 0 || !inFlight.isEmpty()))) {
            return new AppendResult(0, 0, n);
        }
        int segmentsBefore = segments.size();
        Segment activeBefore = active;
        long endBefore = active == null ? 0 : active.end;
        long unackedBefore = active == null ? 0 : active.unacked;
        long bytesBefore = bytes;
        long eventsBefore = events;
        List<InFlight> marks = markInFlight ? new ArrayList<>(n) : null;
        List<byte[]> chunk = new ArrayList<>();
        long chunkBytes = 0;
        int written = 0;
        int refused = 0;
        boolean evicted = false;
        try {
            for (int i = 0; i < n; i++) {
                byte[] rec = RecordCodec.encode(batch.get(i));
                boolean roll = active == null || (active.end + chunkBytes > SpoolFormat.HEADER_BYTES
                        && active.end + chunkBytes + rec.length > config.maxSegmentBytes());
                long extra = chunkBytes + rec.length + (roll ? SpoolFormat.HEADER_BYTES : 0);
                if (bytes + extra > config.maxBytes()) {
                    if (atomic) {
                        break;
                    }
                    long before = segments.size();
                    if (!makeRoom(extra)) {
                        refused = n - i;
                        break;
                    }
                    evicted |= segments.size() != before;
                }
                if (roll) {
                    written += flush(chunk, chunkBytes, marks);
                    chunk.clear();
                    chunkBytes = 0;
                    roll();
                }
                chunk.add(rec);
                chunkBytes += rec.length;
            }
            written += flush(chunk, chunkBytes, marks);
            if (config.fsyncPolicy() == FsyncPolicy.ALWAYS && written > 0) {
                force();
            }
        } catch (IOException | RuntimeException e) {
            if (atomic) {
                rollback(segmentsBefore, activeBefore, endBefore, unackedBefore, bytesBefore, eventsBefore);
                fail("cannot be written", e);
                return new AppendResult(0, 0, n);
            }
            fail("cannot be written", e);
            finishSegments();
            if (evicted) {
                writeAck();
            }
            return new AppendResult(written, 0, n - written);
        }
        if (atomic && written != n) {
            rollback(segmentsBefore, activeBefore, endBefore, unackedBefore, bytesBefore, eventsBefore);
            return new AppendResult(0, 0, n);
        }
        if (marks != null) {
            for (InFlight m : marks) {
                m.segment().readOffset = m.end();
                m.segment().inFlight++;
                inFlight.add(m);
            }
        }
        recoveredFromFailure();
        finishSegments();
        if (evicted) {
            writeAck();
        }
        return new AppendResult(written, refused, n - written - refused);
    }

    private int flush(List<byte[]> chunk, long chunkBytes, List<InFlight> marks) throws IOException {
        if (chunk.isEmpty()) {
            return 0;
        }
        ByteBuffer buf = ByteBuffer.allocate(Math.toIntExact(chunkBytes));
        for (byte[] rec : chunk) {
            buf.put(rec);
        }
        buf.flip();
        long pos = active.end;
        try {
            while (buf.hasRemaining()) {
                pos += active.channel.write(buf, pos);
            }
        } catch (IOException | RuntimeException e) {
            try {
                active.channel.truncate(active.end); // cut a partial write back to the last whole record
            } catch (IOException | RuntimeException ignored) {
                // the reader never reads past active.end; after a restart the damage is detected by its checksum
            }
            throw e;
        }
        for (byte[] rec : chunk) {
            active.end += rec.length;
            active.unacked++;
            if (marks != null) {
                marks.add(new InFlight(active, active.end));
            }
        }
        bytes += chunkBytes;
        events += chunk.size();
        dirty = true;
        return chunk.size();
    }

    private void roll() throws IOException {
        if (active != null) {
            if (config.fsyncPolicy() != FsyncPolicy.NEVER) {
                active.channel.force(false);
            }
            active.active = false;
        }
        long id = nextId++;
        Path p = dir.resolve(SpoolFormat.segmentFileName(id));
        FileChannel ch = POSIX
                ? FileChannel.open(p, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                        StandardOpenOption.WRITE), ownerOnly())
                : FileChannel.open(p, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ, StandardOpenOption.WRITE);
        try {
            ByteBuffer h = SpoolFormat.header(id, System.currentTimeMillis());
            long pos = 0;
            while (h.hasRemaining()) {
                pos += ch.write(h, pos);
            }
        } catch (IOException | RuntimeException e) {
            ch.close();
            Files.deleteIfExists(p);
            throw e;
        }
        Segment s = new Segment(id, p, false);
        s.end = SpoolFormat.HEADER_BYTES;
        s.channel = ch;
        s.active = true;
        segments.add(s);
        active = s;
        bytes += SpoolFormat.HEADER_BYTES;
        segmentCount = segments.size();
        directoryDirty = true;
        dirty = true;
    }

    private static FileAttribute<?> ownerOnly() {
        return PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
    }

    private void rollback(int segmentsBefore, Segment activeBefore, long endBefore, long unackedBefore,
                          long bytesBefore, long eventsBefore) {
        while (segments.size() > segmentsBefore) {
            Segment s = segments.remove(segments.size() - 1);
            s.closeChannel();
            try {
                Files.deleteIfExists(s.path);
            } catch (IOException ignored) {
                // an orphan without records is harmless; it is deleted when read back
            }
        }
        if (activeBefore != null) {
            try {
                activeBefore.channel.truncate(endBefore);
            } catch (IOException | RuntimeException ignored) {
                // records past `end` are never read in this process
            }
            activeBefore.end = endBefore;
            activeBefore.unacked = unackedBefore;
            activeBefore.active = true;
        }
        active = activeBefore;
        bytes = bytesBefore;
        events = eventsBefore;
        segmentCount = segments.size();
    }

    /** Under {@link SpoolFullPolicy#DROP_OLDEST}, deletes old segments until {@code extra} more bytes fit. */
    private boolean makeRoom(long extra) {
        if (config.fullPolicy() == SpoolFullPolicy.REFUSE_NEWEST) {
            warnFull("refusing new events (counted as SPOOL_FULL) until delivery frees room");
            return false;
        }
        while (bytes + extra > config.maxBytes()) {
            Segment victim = null;
            for (Segment s : segments) {
                if (!s.active && s.inFlight == 0) {
                    victim = s;
                    break;
                }
            }
            if (victim == null) {
                warnFull("nothing can be evicted (the oldest segment is being replayed), so new events are refused "
                        + "(SPOOL_FULL)");
                return false;
            }
            warnFull("deleting its oldest segments (their events are counted as SPOOL_EVICTED)");
            if (victim.unacked > 0) {
                drops.dropped(DropReason.SPOOL_EVICTED, victim.unacked);
                events -= victim.unacked;
            }
            delete(victim);
        }
        return true;
    }

    private void warnFull(String action) {
        if (!fullWarned) {
            fullWarned = true;
            status.warn("disk spool at " + dir + " is full (maxBytes " + config.maxBytes() + "): " + action);
        }
    }

    /**
     * Reads the oldest unread events and marks them in flight. A damaged record is skipped (counted when its
     * segment is finished); an unreadable segment is skipped entirely.
     *
     * @param maxEvents     at most this many
     * @param maxWireBytes  at most this many NDJSON bytes (at least one event is returned if any is readable)
     * @return the events, possibly empty
     */
    public List<OutboundEvent> read(int maxEvents, long maxWireBytes) {
        List<OutboundEvent> out = new ArrayList<>();
        if (lock == null) {
            return out;
        }
        long wire = 0;
        outer:
        for (Segment s : segments) {
            if (s.readOffset >= s.end) {
                continue;
            }
            try {
                if (s.channel == null) {
                    s.channel = FileChannel.open(s.path, StandardOpenOption.READ);
                }
                SegmentReader reader = new SegmentReader(s.channel, s.end);
                while (out.size() < maxEvents) {
                    SegmentReader.Record r = reader.next(s.readOffset);
                    if (r == null) {
                        s.readOffset = s.end;
                        break;
                    }
                    OutboundEvent e;
                    try {
                        e = RecordCodec.decode(r.payload());
                    } catch (IllegalArgumentException bad) {
                        s.readOffset = r.next();
                        continue;
                    }
                    int w = e.jsonLength() + 1;
                    if (!out.isEmpty() && wire + w > maxWireBytes) {
                        break outer;
                    }
                    out.add(e);
                    wire += w;
                    s.readOffset = r.next();
                    s.inFlight++;
                    inFlight.add(new InFlight(s, r.next()));
                }
                if (out.size() >= maxEvents) {
                    break;
                }
            } catch (IOException | RuntimeException e) {
                if (!readFailureWarned) {
                    readFailureWarned = true;
                    status.warn("disk spool at " + dir + ": cannot read " + s.path.getFileName() + " ("
                            + SafeText.describe(e) + "); the rest of that segment is skipped and counted as "
                            + "SPOOL_CORRUPT");
                }
                s.readOffset = s.end;
            }
        }
        if (out.isEmpty() && inFlight.isEmpty() && active != null && active.readOffset >= active.end
                && active.unacked > 0) {
            // Records of the segment being written that cannot be read back (damaged under us): seal it, so that
            // finishing it counts them instead of waiting for them forever.
            active.active = false;
            active = null;
        }
        finishSegments();
        return out;
    }

    /**
     * Retires the {@code count} oldest in-flight events (delivered, or dropped and counted by the caller) and
     * records the new replay position.
     *
     * @param count events
     */
    public void ack(int count) {
        for (int i = 0; i < count; i++) {
            InFlight f = inFlight.poll();
            if (f == null) {
                break;
            }
            Segment s = f.segment();
            s.ackOffset = f.end();
            s.inFlight--;
            s.unacked--;
            events--;
        }
        finishSegments();
        writeAck();
    }

    /** Makes every in-flight event unread again, to be read (and sent) again. */
    public void rewind() {
        for (InFlight f : inFlight) {
            Segment s = f.segment();
            s.inFlight = 0;
            s.readOffset = s.ackOffset;
        }
        inFlight.clear();
    }

    /** @return events in flight */
    public int inFlight() {
        return inFlight.size();
    }

    private void finishSegments() {
        while (!segments.isEmpty()) {
            Segment h = segments.get(0);
            if (h.active) {
                if (h.unacked == 0 && h.inFlight == 0 && h.readOffset >= h.end) {
                    active = null;
                    delete(h);
                    continue;
                }
                break;
            }
            if (!h.finished()) {
                break;
            }
            if (h.unacked > 0) {
                // Records counted when written (or scanned) that could not be read back.
                drops.dropped(DropReason.SPOOL_CORRUPT, h.unacked);
                events -= h.unacked;
            }
            delete(h);
        }
        if (events == 0) {
            fullWarned = false;
        }
    }

    private void delete(Segment s) {
        s.closeChannel();
        segments.remove(s);
        if (s == active) {
            active = null;
        }
        bytes -= s.end;
        segmentCount = segments.size();
        try {
            Files.deleteIfExists(s.path);
        } catch (IOException e) {
            status.warn("disk spool at " + dir + ": cannot delete " + s.path.getFileName() + " ("
                    + SafeText.describe(e) + ")");
        }
        directoryDirty = true;
    }

    private void writeAck() {
        if (!scanned || ack == null) {
            return;
        }
        try {
            if (segments.isEmpty()) {
                ack.write(nextId, SpoolFormat.HEADER_BYTES);
            } else {
                Segment h = segments.get(0);
                ack.write(h.id, h.ackOffset);
            }
            if (config.fsyncPolicy() == FsyncPolicy.ALWAYS) {
                ack.force();
            } else {
                dirty = true;
            }
        } catch (IOException | RuntimeException e) {
            fail("cannot record its replay position", e);
        }
    }

    /** Housekeeping: forces pending writes under {@link FsyncPolicy#INTERVAL} once the interval has passed. */
    public void tick() {
        if (lock == null || closed || config.fsyncPolicy() != FsyncPolicy.INTERVAL || !(dirty || directoryDirty)) {
            return;
        }
        if (System.nanoTime() - lastForceNanos >= fsyncIntervalNanos) {
            try {
                force();
            } catch (IOException | RuntimeException e) {
                fail("cannot be synced to disk", e);
            }
        }
    }

    private void force() throws IOException {
        if (active != null) {
            active.channel.force(false);
        }
        if (ack != null) {
            ack.force();
        }
        if (directoryDirty) {
            directoryDirty = false;
            forceDirectory();
        }
        dirty = false;
        lastForceNanos = System.nanoTime();
    }

    /** Makes a new or deleted file name durable; not possible on every platform, so failures are ignored. */
    private void forceDirectory() {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException | RuntimeException ignored) {
            // e.g. Windows cannot open a directory as a channel
        }
    }

    private void fail(String what, Throwable e) {
        retryAtNanos = System.nanoTime() + retryNanos;
        if (active != null) {
            active.active = false; // never append after a failed write: start a new segment next time
            active = null;
            finishSegments();
        }
        if (!failing) {
            failing = true;
            status.warn("disk spool at " + dir + " " + what + ": " + SafeText.describe(e) + "; events the destination"
                    + " cannot take are kept in memory up to the queue bound, then dropped (counted); the disk is "
                    + "tried again every " + config.writeRetryInterval().toMillis() + " ms");
        }
    }

    private void recoveredFromFailure() {
        if (failing) {
            failing = false;
            status.info("disk spool at " + dir + " is writable again");
        }
    }

    /** Forces pending writes (unless {@link FsyncPolicy#NEVER}), records the replay position, releases the lock. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (lock == null) {
            return;
        }
        rewind();
        writeAck();
        if (config.fsyncPolicy() != FsyncPolicy.NEVER) {
            try {
                force();
            } catch (IOException | RuntimeException e) {
                status.warn("disk spool at " + dir + " could not be synced to disk on close: " + SafeText.describe(e));
            }
        }
        for (Segment s : segments) {
            s.closeChannel();
        }
        ack.close();
        lock.close();
        lock = null;
    }

    /** @return the spool directory (absolute) */
    public Path directory() {
        return dir;
    }

    /** @return bytes of the segment files */
    public long bytes() {
        return bytes;
    }

    /** @return events not yet acknowledged */
    public long events() {
        return events;
    }

    /** @return segment files */
    public long segments() {
        return segmentCount;
    }

    /** @return events (and damaged regions) found when the spool was opened */
    public long recovered() {
        return recovered;
    }
}
