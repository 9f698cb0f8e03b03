package uk.gov.justice.securityevents.transport.internal.spool;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The exclusive OS file lock ({@link FileChannel#tryLock()}) on {@code spool.lock} that keeps two processes from
 * sharing a spool directory. The holder writes its pid into the file so that the refusal can name it. The OS
 * releases the lock when the holder dies, even by {@code kill -9}.
 */
final class SpoolLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private SpoolLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * @param dir the spool directory (exists)
     * @return the lock, held
     * @throws SpoolInUseException if another process, or another pipeline in this one, holds it
     * @throws IOException         if the lock file cannot be opened or written
     */
    static SpoolLock acquire(Path dir) throws IOException {
        Path file = dir.resolve(SpoolFormat.LOCK_FILE);
        FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = ch.tryLock();
        } catch (OverlappingFileLockException e) {
            ch.close();
            throw new SpoolInUseException("disk spool directory " + dir + " is already used by another pipeline in "
                    + "this process (pid " + ProcessHandle.current().pid() + "); give each pipeline its own spool "
                    + "directory");
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
        if (lock == null) {
            String holder = holder(ch);
            ch.close();
            throw new SpoolInUseException("disk spool directory " + dir + " is locked by another process"
                    + (holder.isEmpty() ? "" : " (pid " + holder + ", from " + file + ")")
                    + "; two processes must not share a spool: give each one its own spool directory");
        }
        try {
            byte[] pid = (ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII);
            ch.truncate(0);
            ch.write(ByteBuffer.wrap(pid), 0);
            return new SpoolLock(ch, lock);
        } catch (IOException | RuntimeException e) {
            lock.release();
            ch.close();
            throw e;
        }
    }

    private static String holder(FileChannel ch) {
        try {
            ByteBuffer b = ByteBuffer.allocate(32);
            ch.read(b, 0);
            String s = new String(b.array(), 0, b.position(), StandardCharsets.US_ASCII).strip();
            return s.matches("\\d{1,19}") ? s : "";
        } catch (IOException e) {
            return "";
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel releases it too
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing more to release
        }
    }

    /** Another owner holds the spool directory: a configuration error, reported at build time. */
    static final class SpoolInUseException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        SpoolInUseException(String message) {
            super(message);
        }
    }
}
